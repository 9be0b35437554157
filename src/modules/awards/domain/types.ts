/** Commendation model (thi đua, khen thưởng): award codes, subject history, results. Pure data. */

/** Award type codes of LAW.md's table; the API, imports and exports use them. */
export const AWARD_CODES = [
  'LDTT', 'CSTT', 'CSTDCS', 'CSTD_TINH', 'CSTDTQ', 'TTLDTT', 'TTLDXS', 'CO_TINH', 'CO_CP',
  'GIA_DINH_VH', 'THON_VH', 'GK', 'BK_TINH', 'BK_TTG', 'HCLD3', 'HCLD2', 'HCLD1',
] as const;
export type AwardCode = (typeof AWARD_CODES)[number];

/** Annual performance ratings, best first. */
export const RATINGS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export type Rating = (typeof RATINGS)[number];

/** Scope of an initiative, a science work, or the level of an award; narrowest first. */
export const SCOPES = ['unit', 'province', 'national'] as const;
export type Scope = (typeof SCOPES)[number];

/** Law Art. 8. Only `regular` results are a basis for later merit (D152 Art 4.3 excludes thematic and ad-hoc). */
export const COMMENDATION_KINDS = ['regular', 'thematic', 'unscheduled', 'lifetime', 'service_years', 'foreign'] as const;
export type CommendationKind = (typeof COMMENDATION_KINDS)[number];

export const SUBJECT_KINDS = ['individual', 'collective', 'household'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** Disciplinary forms, lightest first (the order decides "at or above a threshold"). */
export const DISCIPLINE_FORMS = ['khien_trach', 'canh_cao', 'ha_bac_luong', 'giang_chuc', 'cach_chuc', 'buoc_thoi_viec'] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];

export const RULE_SET_IDS = ['law2003', 'law2022_d98', 'law2022_d152'] as const;
export type RuleSetId = (typeof RULE_SET_IDS)[number];

export interface YearRating {
  year: number;
  rating: Rating;
}

export interface TitleRecord {
  year: number;
  awardType: AwardCode;
  /** Absent means `regular`. */
  kind?: CommendationKind;
  /** Issuer as it was at issuance (e.g. "UBND huyện Đăk Hà"); kept for the record, never used to break a chain. */
  conferredBy?: string;
}

export interface InitiativeUse {
  year: number;
  awardType: AwardCode;
}

export interface Initiative {
  id: string;
  year: number;
  scope: Scope;
  usedFor?: InitiativeUse[];
}

export interface ScienceWork {
  year: number;
  scope: Scope;
}

export interface Discipline {
  form: DisciplineForm;
  /** ISO dates; `to` absent while the period is still running. */
  from: string;
  to?: string;
}

export interface Members {
  total: number;
  ldtt: number;
  cstdcs: number;
  completedDuties: number;
  disciplinedWarningOrAbove: number;
  women: number;
}

export interface SubjectHistory {
  kind: SubjectKind;
  gender?: 'female' | 'male';
  ratings: YearRating[];
  titles: TitleRecord[];
  initiatives: Initiative[];
  scienceWorks: ScienceWork[];
  disciplines: Discipline[];
  underReview?: boolean;
  monthsWorked?: number;
  maternityMonths?: number;
  registered?: boolean;
  members?: Members;
  clusterLeader?: boolean;
  exceededTargets?: boolean;
}

/** Body of POST /api/v1/eligibility/check. */
export interface EligibilityInput {
  awardType: AwardCode;
  /** The year under review (năm xét). */
  year: number;
  /** ISO date of the award decision; decides the base salary and the decree in force. */
  decisionDate?: string;
  subject: SubjectHistory;
}

/** The setting version a reason applied, so a stored result shows what it was judged by. */
export interface AppliedSetting {
  key: string;
  value: unknown;
  effectiveFrom: string;
}

export interface Reason {
  /** Stable key, e.g. `rating`, `cstdcs_chain`. */
  rule: string;
  /** Citation in Vietnamese legal style, e.g. "Luật TĐKT 2022, Điều 22, khoản 1, điểm a". */
  article: string;
  /** False blocks eligibility. A manual reason is always ok: it never blocks, but a person must check it. */
  ok: boolean;
  /** Vietnamese sentence for an officer. */
  message: string;
  /** Set when the criterion is not machine-checkable (local criteria, unverified law): "cần Hội đồng xem xét". */
  manual?: true;
  /** Short phrase for `missingPhrases`, e.g. "cần thêm 1 năm CSTĐCS liên tục (2024)". */
  missing?: string;
  setting?: AppliedSetting;
}

export type EligibilityStatus = 'eligible' | 'not_eligible' | 'deferred';

export interface Reward {
  amount: number;
  currency: 'VND';
  coefficient: number;
  baseSalary: number;
  /** The date whose base salary was used. */
  date: string;
}

export interface EligibilityResult {
  status: EligibilityStatus;
  eligible: boolean;
  ruleSet: RuleSetId;
  reasons: Reason[];
  /** True when some reason is manual: the council or the unit must still confirm it. */
  manualReview: boolean;
  reward?: Reward;
}

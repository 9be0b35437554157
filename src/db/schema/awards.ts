import type { Generated, Insertable, Selectable } from 'kysely';

/** Award registry (sổ vàng), its summary and imports, award settings, subject history. */

/** Award registry (sổ vàng): subject, unit, gender… are copied at write time for search and stats. */
export interface AwardTable {
  seq: Generated<number>;
  id: string;
  subject_kind: string;
  subject_id: string | null;
  subject_name: string;
  search: string;
  sort_key: string;
  unit_id: string;
  unit_path: string;
  gender: string | null;
  ethnicity: string | null;
  is_leader: number;
  award_type: string;
  level: string;
  kind: string;
  year: number;
  decision_number: string;
  decision_date: string | null;
  decision_issuer: string;
  issuer_unit_id: string | null;
  certificate_no: string | null;
  reward_amount: number | null;
  revoked: number;
  revoked_decision_number: string | null;
  revoked_decision_date: string | null;
  revoked_reason: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
  import_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** Award counts per unit and dimension, kept current in each award write's transaction. */
export interface AwardStatsTable {
  unit_id: string;
  year: number;
  award_type: string;
  gender: string;
  ethnicity: string;
  is_leader: number;
  revoked: number;
  count: number;
  /** The unit's current path (migration 0004): stats of a subtree are a range scan on it. */
  unit_path: string;
}

export interface AwardImportTable {
  id: string;
  file_name: string;
  state: string;
  processed: number;
  total: number;
  imported: number;
  errors_json: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export type AwardRow = Selectable<AwardTable>;
export type NewAward = Insertable<AwardTable>;
export type AwardImportRow = Selectable<AwardImportTable>;

/** Board versions of the [U] settings; the defaults of the code apply to keys and dates they do not cover. */
export interface AwardSettingTable {
  id: string;
  key: string;
  value_json: string;
  effective_from: string;
  reason: string;
  retroactive: number;
  created_by: string;
  created_at: string;
}

/** Subject history: `subject_kind` is 'individual' (a person) or 'collective' (a unit). */
export interface SubjectRatingTable {
  subject_kind: string;
  subject_id: string;
  year: number;
  rating: string;
  updated_by: string | null;
  updated_at: string;
}

export interface SubjectWorkTable {
  id: string;
  subject_kind: string;
  subject_id: string;
  kind: string;
  title: string;
  year: number;
  scope: string;
  decision_number: string | null;
  decision_date: string | null;
  decision_issuer: string | null;
  created_by: string | null;
  created_at: string;
}

export interface SubjectWorkUseTable {
  work_id: string;
  year: number;
  award_type: string;
}

export interface SubjectDisciplineTable {
  id: string;
  subject_kind: string;
  subject_id: string;
  form: string;
  date_from: string;
  date_to: string | null;
  decision_number: string | null;
  created_by: string | null;
  created_at: string;
}

export interface SubjectYearTable {
  subject_kind: string;
  subject_id: string;
  year: number;
  months_worked: number | null;
  maternity_months: number | null;
  members_total: number | null;
  members_ldtt: number | null;
  members_cstdcs: number | null;
  members_completed_duties: number | null;
  members_disciplined: number | null;
  members_women: number | null;
  /** Collectives (migration 0004): 0/1, NULL = not entered. */
  cluster_leader: number | null;
  exceeded_targets: number | null;
  updated_by: string | null;
  updated_at: string;
}

export interface SubjectRegistrationTable {
  subject_kind: string;
  subject_id: string;
  year: number;
  award_type: string;
  // 0006: set by the registration screens (the unit that registered, who, when, 'manual' | 'excel')
  unit_id: string | null;
  registered_by: string | null;
  registered_at: string | null;
  source: string | null;
}

export interface SubjectReviewTable {
  subject_kind: string;
  subject_id: string;
  under_review: number;
  note: string | null;
  updated_by: string | null;
  updated_at: string;
}

export type AwardSettingRow = Selectable<AwardSettingTable>;
export type SubjectWorkRow = Selectable<SubjectWorkTable>;
export type SubjectDisciplineRow = Selectable<SubjectDisciplineTable>;
export type SubjectYearRow = Selectable<SubjectYearTable>;

/** Catalogue of award types (LAW.md §2–4): names, subjects, authorities, ballots, dossiers, rewards. */
import { D152_FROM, assertIsoDate } from './rule-sets.js';
import { type Settings, settingOn } from './settings.js';
import type { AwardCode, Scope, SubjectKind } from './types.js';

export type AwardCategory = 'title' | 'form';
/** Which council threshold setting applies: `high` 90 %, `low` 80 % by default (D98 Art 30.7). */
export type CouncilBallot = 'high' | 'low';

export interface Authorities {
  /** Up to 30/06/2025 (district level still existed). */
  before: readonly string[];
  /** From 01/07/2025: district powers passed to the commune chairman (ND129 Art 59). */
  after: readonly string[];
}

export interface CatalogueEntry {
  code: AwardCode;
  name: string;
  category: AwardCategory;
  subjects: readonly SubjectKind[];
  level: Scope;
  /** Considered every year (D98 Art 34.1); the registration gate applies to these. */
  annual: boolean;
  conferredBy: Authorities;
  council: CouncilBallot | null;
  dossier: readonly string[];
  /** From this date the ministry or province sets the dossier (D152 Art 6.2.c); the list is the baseline. */
  dossierSetLocallyFrom?: string;
  /** × base salary; `individual: 'setting'` reads the [U] coefficient from settings. Household = 1.5 × individual. */
  coefficient: { individual: number | 'setting' | null; collective: number | null };
}

const COMMUNE = 'Chủ tịch Ủy ban nhân dân cấp xã';
const DISTRICT = 'Chủ tịch Ủy ban nhân dân cấp huyện';
const HEAD = 'Thủ trưởng cơ quan, đơn vị có tư cách pháp nhân';
const DEPARTMENT = 'Thủ trưởng cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh';
const DIRECTOR = 'Giám đốc doanh nghiệp';
const ARMED = 'Thủ trưởng đơn vị thuộc lực lượng vũ trang nhân dân';
const PROVINCE = ['Bộ trưởng, Thủ trưởng cơ quan ngang bộ, ban, ngành trung ương', 'Chủ tịch Ủy ban nhân dân cấp tỉnh'];
const PM = ['Thủ tướng Chính phủ'];
const PRESIDENT = ['Chủ tịch nước'];

const same = (who: readonly string[]): Authorities => ({ before: who, after: who });
/** The district chairman's power passes to the commune chairman on 01/07/2025. */
const districtToCommune = (others: readonly string[]): Authorities => ({
  before: [DISTRICT, ...others],
  after: [COMMUNE, ...others],
});

const SUBMISSION = 'Tờ trình đề nghị (Mẫu 01)';
const REPORT = 'Báo cáo thành tích (cá nhân: Mẫu 05)';
const MINUTES = 'Biên bản họp bình xét thi đua';
const BALLOT = 'Kết quả bỏ phiếu của Hội đồng Thi đua - Khen thưởng';
const PROOF = 'Giấy chứng nhận hoặc xác nhận của cấp có thẩm quyền về sáng kiến, đề tài khoa học, kết quả HTXSNV hoặc mưu trí sáng tạo';
const ANNUAL = [SUBMISSION, REPORT, MINUTES];
const ELECTRONIC = 'Tệp điện tử (Word và PDF) gửi qua Hệ thống quản lý hồ sơ khen thưởng điện tử Ngành Thi đua - Khen thưởng (trừ hồ sơ mật)';
const CENTRAL = [
  '01 bộ hồ sơ bản chính',
  'Tờ trình của bộ, ban, ngành, tỉnh',
  'Báo cáo thành tích có xác nhận của cấp trình',
  'Biên bản họp Hội đồng Thi đua - Khen thưởng bộ, ban, ngành, tỉnh',
];
const FORM = [SUBMISSION, REPORT, 'Biên bản họp Hội đồng Thi đua - Khen thưởng cấp trình'];

const t = (e: Omit<CatalogueEntry, 'category'>): CatalogueEntry => ({ ...e, category: 'title' });
const f = (e: Omit<CatalogueEntry, 'category' | 'annual'>): CatalogueEntry => ({ ...e, category: 'form', annual: false });
const I: readonly SubjectKind[] = ['individual'];
const C: readonly SubjectKind[] = ['collective'];

export const CATALOGUE: Record<AwardCode, CatalogueEntry> = {
  LDTT: t({
    code: 'LDTT', name: 'Lao động tiên tiến', subjects: I, level: 'unit', annual: true,
    conferredBy: same([COMMUNE, HEAD, DEPARTMENT, DIRECTOR]), council: null,
    dossier: ANNUAL, dossierSetLocallyFrom: D152_FROM, coefficient: { individual: 0.3, collective: null },
  }),
  CSTT: t({
    code: 'CSTT', name: 'Chiến sĩ tiên tiến', subjects: I, level: 'unit', annual: true,
    conferredBy: same([ARMED]), council: null,
    dossier: ANNUAL, dossierSetLocallyFrom: D152_FROM, coefficient: { individual: 0.3, collective: null },
  }),
  CSTDCS: t({
    code: 'CSTDCS', name: 'Chiến sĩ thi đua cơ sở', subjects: I, level: 'unit', annual: true,
    conferredBy: districtToCommune([HEAD, DEPARTMENT]), council: 'low',
    dossier: [...ANNUAL, BALLOT, PROOF], dossierSetLocallyFrom: D152_FROM, coefficient: { individual: 1, collective: null },
  }),
  CSTD_TINH: t({
    code: 'CSTD_TINH', name: 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', subjects: I, level: 'province', annual: true,
    conferredBy: same(PROVINCE), council: 'high', dossier: [...ANNUAL, BALLOT, PROOF], coefficient: { individual: 3, collective: null },
  }),
  CSTDTQ: t({
    code: 'CSTDTQ', name: 'Chiến sĩ thi đua toàn quốc', subjects: I, level: 'national', annual: false,
    conferredBy: same(PM), council: 'high',
    dossier: [
      ...CENTRAL, BALLOT,
      'Xác nhận của người đứng đầu bộ, ban, ngành, tỉnh về sáng kiến, đề tài có phạm vi ảnh hưởng toàn quốc',
      'Tài liệu liên quan khác',
    ],
    coefficient: { individual: 4.5, collective: null },
  }),
  TTLDTT: t({
    code: 'TTLDTT', name: 'Tập thể lao động tiên tiến', subjects: C, level: 'unit', annual: true,
    conferredBy: districtToCommune([HEAD, DEPARTMENT]), council: null,
    dossier: ANNUAL, dossierSetLocallyFrom: D152_FROM, coefficient: { individual: null, collective: 0.8 },
  }),
  TTLDXS: t({
    code: 'TTLDXS', name: 'Tập thể lao động xuất sắc', subjects: C, level: 'province', annual: true,
    conferredBy: same(PROVINCE), council: null, dossier: ANNUAL, coefficient: { individual: null, collective: 1.5 },
  }),
  CO_TINH: t({
    code: 'CO_TINH', name: 'Cờ thi đua cấp bộ, ban, ngành, tỉnh', subjects: C, level: 'province', annual: true,
    conferredBy: same(PROVINCE), council: 'low', dossier: [...ANNUAL, BALLOT], coefficient: { individual: null, collective: 8 },
  }),
  CO_CP: t({
    code: 'CO_CP', name: 'Cờ thi đua của Chính phủ', subjects: C, level: 'national', annual: false,
    conferredBy: same(PM), council: 'low', dossier: [...CENTRAL, BALLOT, ELECTRONIC],
    coefficient: { individual: null, collective: 12 },
  }),
  GIA_DINH_VH: t({
    code: 'GIA_DINH_VH', name: 'Gia đình văn hóa', subjects: ['household'], level: 'unit', annual: false,
    conferredBy: same([COMMUNE]), council: null,
    dossier: ANNUAL, dossierSetLocallyFrom: D152_FROM, coefficient: { individual: null, collective: null },
  }),
  THON_VH: t({
    code: 'THON_VH', name: 'Thôn, tổ dân phố văn hóa', subjects: C, level: 'unit', annual: false,
    conferredBy: districtToCommune([]), council: null,
    dossier: ANNUAL, dossierSetLocallyFrom: D152_FROM, coefficient: { individual: null, collective: 1.5 },
  }),
  GK: f({
    code: 'GK', name: 'Giấy khen', subjects: ['individual', 'collective', 'household'], level: 'unit',
    conferredBy: districtToCommune([COMMUNE, HEAD, DIRECTOR]), council: null,
    dossier: FORM, dossierSetLocallyFrom: D152_FROM, coefficient: { individual: 'setting', collective: 0.6 },
  }),
  BK_TINH: f({
    code: 'BK_TINH', name: 'Bằng khen cấp bộ, ban, ngành, tỉnh', subjects: ['individual', 'collective', 'household'],
    level: 'province', conferredBy: same(PROVINCE), council: null, dossier: FORM,
    coefficient: { individual: 'setting', collective: 3 },
  }),
  BK_TTG: f({
    code: 'BK_TTG', name: 'Bằng khen của Thủ tướng Chính phủ', subjects: ['individual', 'collective'], level: 'national',
    conferredBy: same(PM), council: null, dossier: [...CENTRAL, ELECTRONIC, 'Xác nhận thành tích (khen thưởng đột xuất)'],
    coefficient: { individual: 'setting', collective: 7 },
  }),
  HCLD3: f({
    code: 'HCLD3', name: 'Huân chương Lao động hạng Ba', subjects: ['individual', 'collective'], level: 'national',
    conferredBy: same(PRESIDENT), council: null, dossier: [...CENTRAL, ELECTRONIC],
    coefficient: { individual: 'setting', collective: 9 },
  }),
  HCLD2: f({
    code: 'HCLD2', name: 'Huân chương Lao động hạng Nhì', subjects: ['individual', 'collective'], level: 'national',
    conferredBy: same(PRESIDENT), council: null, dossier: [...CENTRAL, ELECTRONIC],
    coefficient: { individual: 'setting', collective: 15 },
  }),
  HCLD1: f({
    code: 'HCLD1', name: 'Huân chương Lao động hạng Nhất', subjects: ['individual', 'collective'], level: 'national',
    conferredBy: same(PRESIDENT), council: null, dossier: [...CENTRAL, ELECTRONIC],
    coefficient: { individual: 'setting', collective: 18 },
  }),
};

/** Who may confer the award on a date (the decision date). */
export function conferringAuthorities(code: AwardCode, date: string): readonly string[] {
  assertIsoDate(date);
  const who = CATALOGUE[code].conferredBy;
  return date >= D152_FROM ? who.after : who.before;
}

/** Base salary (lương cơ sở), VND/month; `from` is the first day in force. */
export const BASE_SALARIES: readonly { from: string; amount: number; source: string }[] = [
  { from: '2024-07-01', amount: 2_340_000, source: 'Nghị định 73/2024/NĐ-CP' },
  { from: '2023-07-01', amount: 1_800_000, source: 'Nghị định 24/2023/NĐ-CP' },
  { from: '2019-07-01', amount: 1_490_000, source: 'Nghị định 38/2019/NĐ-CP' },
];

/** Base salary in force on a date; null before the earliest value we hold. */
export function baseSalaryOn(date: string): number | null {
  assertIsoDate(date);
  return BASE_SALARIES.find((b) => b.from <= date)?.amount ?? null;
}

export const HOUSEHOLD_FACTOR = 1.5;
const ROUND_TO = 10_000;
/** Rounded UP to the nearest 10,000 VND (D152 Art 49); the 1e-6 keeps float noise from adding a step. */
export const roundUpReward = (x: number): number => Math.ceil(x / ROUND_TO - 1e-6) * ROUND_TO;

/** × base salary for the subject, or null when the award carries no money for it. Household is 1.5 × individual. */
export function rewardCoefficient(code: AwardCode, kind: SubjectKind, date: string, settings: Settings = []): number | null {
  const c = CATALOGUE[code].coefficient;
  if (kind === 'collective') return c.collective;
  const individual = c.individual === 'setting'
    ? settingOn(settings, 'individualFormCoefficients', date).value[code] ?? null
    : c.individual;
  if (individual === null) return null;
  return kind === 'household' ? individual * HOUSEHOLD_FACTOR : individual;
}

/**
 * Reward in VND on the decision date: coefficient × base salary, rounded up to 10,000. A household
 * gets 1.5 × the individual amount, taken after the individual's rounding (what a payer would pay).
 */
export function rewardAmount(code: AwardCode, kind: SubjectKind, decisionDate: string, settings: Settings = []): number | null {
  const base = baseSalaryOn(decisionDate);
  const coefficient = rewardCoefficient(code, kind === 'household' ? 'individual' : kind, decisionDate, settings);
  if (base === null || coefficient === null) return null;
  const amount = roundUpReward(coefficient * base);
  return kind === 'household' ? roundUpReward(amount * HOUSEHOLD_FACTOR) : amount;
}

/**
 * Board-editable settings for the [U] rules of LAW.md. Each key has dated versions; a result is
 * judged by the version in force on its reference date, so a new version never rewrites the past.
 */
import { formatDate, formatNumber } from '../../../lib/format.js';
import { assertIsoDate } from './rule-sets.js';
import type { AppliedSetting, AwardCode, DisciplineForm } from './types.js';

export interface SettingValues {
  /** Months worked in the year for an annual individual title (historically ≥ 10). */
  minMonthsWorked: number;
  /** "No registration ⇒ not considered" for annual titles. */
  registrationRequired: boolean;
  /** Cap on CSTĐCS as a percent of the unit's LĐTT holders; null = no cap (Law 2022). */
  cstdcsQuotaPercent: number | null;
  /** Lightest disciplinary form that bars a title in the year it overlaps. */
  individualDisciplineThreshold: DisciplineForm;
  /** TTLĐXS: no member disciplined at "cảnh cáo" or above (probably in the Law, missing in Bắc Ninh's text). */
  ttldxsNoDisciplinedMember: boolean;
  /** Units per cluster or block proposed for the Cờ thi đua tỉnh. */
  clusterFlagProposals: number;
  /** Further units per cluster or block proposed for the Bằng khen tỉnh. */
  clusterCertificateProposals: number;
  /** Council ballot: percent of ALL members for CSTĐTQ, CSTĐ tỉnh. */
  councilThresholdHigh: number;
  /** Council ballot: percent of ALL members for CSTĐCS, Cờ tỉnh, Cờ CP. */
  councilThresholdLow: number;
  /** Years between two CSTĐ tỉnh that still make them "liên tục" for CSTĐTQ (1 = back-to-back years). */
  cstdTinhChainStep: number;
  /** × base salary for individual forms LAW.md marks [U] (D152 Arts 51, 54.1 as reported by the press). */
  individualFormCoefficients: Partial<Record<AwardCode, number>>;
  /** "DD/MM" of the year under review by which year-end dossiers reach the board (LAW.md §4.3: before 10/12). */
  yearEndDueDay: string;
  /** Days before a thematic event by which its dossier is due. */
  thematicDaysBefore: number;
  /** Days before a due date when units are reminded. */
  reminderDaysBefore: number;
  /** Working days a public disclosure lasts unless the board says otherwise. */
  disclosureWorkingDays: number;
}

export type SettingKey = keyof SettingValues;

export interface SettingVersion<K extends SettingKey = SettingKey> {
  key: K;
  value: SettingValues[K];
  /** ISO date from which this version is in force. */
  effectiveFrom: string;
  note?: string;
}

export type AnySettingVersion = { [K in SettingKey]: SettingVersion<K> }[SettingKey];
export type Settings = readonly AnySettingVersion[];

/** Before any dated rule: the earliest version of every key starts here. */
export const SINCE_EVER = '0001-01-01';

export const DEFAULT_SETTINGS: Settings = [
  { key: 'minMonthsWorked', value: 10, effectiveFrom: SINCE_EVER },
  { key: 'registrationRequired', value: true, effectiveFrom: SINCE_EVER },
  { key: 'cstdcsQuotaPercent', value: 15, effectiveFrom: SINCE_EVER, note: 'Nghị định 91/2017/NĐ-CP, Điều 9, khoản 3' },
  { key: 'cstdcsQuotaPercent', value: null, effectiveFrom: '2024-01-01', note: 'Luật TĐKT 2022 không quy định tỷ lệ' },
  { key: 'individualDisciplineThreshold', value: 'khien_trach', effectiveFrom: SINCE_EVER },
  { key: 'ttldxsNoDisciplinedMember', value: true, effectiveFrom: SINCE_EVER },
  { key: 'clusterFlagProposals', value: 1, effectiveFrom: SINCE_EVER },
  { key: 'clusterCertificateProposals', value: 2, effectiveFrom: SINCE_EVER },
  { key: 'councilThresholdHigh', value: 90, effectiveFrom: SINCE_EVER },
  { key: 'councilThresholdLow', value: 80, effectiveFrom: SINCE_EVER },
  { key: 'cstdTinhChainStep', value: 1, effectiveFrom: SINCE_EVER },
  {
    key: 'individualFormCoefficients',
    value: { GK: 0.3, BK_TINH: 1.5, BK_TTG: 3.5, HCLD3: 4.5, HCLD2: 7.5, HCLD1: 9 },
    effectiveFrom: SINCE_EVER,
  },
  { key: 'yearEndDueDay', value: '10/12', effectiveFrom: SINCE_EVER },
  { key: 'thematicDaysBefore', value: 10, effectiveFrom: SINCE_EVER },
  { key: 'reminderDaysBefore', value: 7, effectiveFrom: SINCE_EVER },
  { key: 'disclosureWorkingDays', value: 10, effectiveFrom: SINCE_EVER },
];

function versionsOf<K extends SettingKey>(settings: Settings, key: K): SettingVersion<K>[] {
  return settings.filter((s): s is SettingVersion<K> & AnySettingVersion => s.key === key);
}

/** The version in force on `date`; keys the board never set fall back to the defaults. */
export function settingOn<K extends SettingKey>(settings: Settings, key: K, date: string): SettingVersion<K> {
  assertIsoDate(date);
  const pick = (list: SettingVersion<K>[]): SettingVersion<K> | undefined =>
    list.filter((v) => v.effectiveFrom <= date).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  const found = pick(versionsOf(settings, key)) ?? pick(versionsOf(DEFAULT_SETTINGS, key));
  if (!found) throw new Error(`No default for setting ${key}`);
  return found;
}

export const applied = (v: SettingVersion): AppliedSetting => ({ key: v.key, value: v.value, effectiveFrom: v.effectiveFrom });

const DISCIPLINE_LABELS: Record<DisciplineForm, string> = {
  khien_trach: 'khiển trách',
  canh_cao: 'cảnh cáo',
  ha_bac_luong: 'hạ bậc lương',
  giang_chuc: 'giáng chức',
  cach_chuc: 'cách chức',
  buoc_thoi_viec: 'buộc thôi việc',
};
export const disciplineLabel = (form: DisciplineForm): string => DISCIPLINE_LABELS[form];

/** The setting in words, as it appears in "(cài đặt: …)". */
export function describeSetting(v: AnySettingVersion): string {
  switch (v.key) {
    case 'minMonthsWorked':
      return `tối thiểu ${formatNumber(v.value)} tháng công tác`;
    case 'registrationRequired':
      return v.value ? 'bắt buộc đăng ký thi đua' : 'không bắt buộc đăng ký thi đua';
    case 'cstdcsQuotaPercent':
      return v.value === null ? 'không giới hạn tỷ lệ CSTĐCS' : `CSTĐCS không quá ${formatNumber(v.value)}% số LĐTT`;
    case 'individualDisciplineThreshold':
      return `kỷ luật từ ${disciplineLabel(v.value)} trở lên`;
    case 'ttldxsNoDisciplinedMember':
      return v.value ? 'TTLĐXS không có thành viên bị kỷ luật từ cảnh cáo trở lên' : 'không xét kỷ luật thành viên với TTLĐXS';
    case 'clusterFlagProposals':
      return `${formatNumber(v.value)} đơn vị đề nghị Cờ thi đua mỗi cụm, khối`;
    case 'clusterCertificateProposals':
      return `${formatNumber(v.value)} đơn vị đề nghị Bằng khen mỗi cụm, khối`;
    case 'councilThresholdHigh':
    case 'councilThresholdLow':
      return `tối thiểu ${formatNumber(v.value)}% tổng số thành viên Hội đồng đồng ý`;
    case 'cstdTinhChainStep':
      return v.value === 1 ? 'CSTĐ tỉnh liên tục là các năm liền nhau' : `CSTĐ tỉnh liên tục cách nhau ${formatNumber(v.value)} năm`;
    case 'individualFormCoefficients':
      return 'hệ số tiền thưởng hình thức khen thưởng cá nhân';
    case 'yearEndDueDay':
      return `hạn nộp hồ sơ khen thưởng tổng kết năm: hết ngày ${v.value}`;
    case 'thematicDaysBefore':
      return `hồ sơ chuyên đề nộp trước ngày tổ chức ${formatNumber(v.value)} ngày`;
    case 'reminderDaysBefore':
      return `nhắc đơn vị trước hạn ${formatNumber(v.value)} ngày`;
    case 'disclosureWorkingDays':
      return `công khai ${formatNumber(v.value)} ngày làm việc`;
  }
}

/** " (cài đặt: tối thiểu 10 tháng công tác, từ 01/01/2026)"; the date only when a board version applies. */
export function settingNote(v: AnySettingVersion): string {
  const since = v.effectiveFrom === SINCE_EVER ? '' : `, từ ${formatDate(v.effectiveFrom)}`;
  return ` (cài đặt: ${describeSetting(v)}${since})`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "DD/MM" naming a day that every year has (29/02 does not: a deadline must exist each year). */
export function isDayMonth(s: string): boolean {
  const m = /^(\d{2})\/(\d{2})$/.exec(s);
  if (!m) return false;
  const [day, month] = [Number(m[1]), Number(m[2])];
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!;
}

const PERCENT_KEYS: ReadonlySet<SettingKey> = new Set(['cstdcsQuotaPercent', 'councilThresholdHigh', 'councilThresholdLow']);

/** What is wrong with a value; empty when it can be saved. */
export function settingProblems(v: AnySettingVersion): string[] {
  const problems: string[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.effectiveFrom)) problems.push('effectiveFrom must be YYYY-MM-DD');
  const n = v.value;
  if (typeof n === 'number') {
    if (!Number.isFinite(n) || n < 0) problems.push('value must be a non-negative number');
    if (PERCENT_KEYS.has(v.key) && n > 100) problems.push('percent must not exceed 100');
    if (v.key === 'cstdTinhChainStep' && (!Number.isInteger(n) || n < 1)) problems.push('step must be a whole number ≥ 1');
  }
  if (v.key === 'yearEndDueDay' && !isDayMonth(v.value)) problems.push('day must be DD/MM of every year');
  return problems;
}

/**
 * Adds a version. One that starts before `today` would change results already given, so it is
 * refused unless the board says so explicitly (`retroactive`).
 */
export function addSettingVersion(
  settings: Settings,
  version: AnySettingVersion,
  today: string,
  retroactive = false,
): Settings {
  const problems = settingProblems(version);
  if (problems.length > 0) throw new RangeError(`${version.key}: ${problems.join('; ')}`);
  if (version.effectiveFrom < today && !retroactive) {
    throw new RangeError(`${version.key}: effectiveFrom ${version.effectiveFrom} is in the past; pass retroactive to confirm`);
  }
  return [...settings.filter((s) => !(s.key === version.key && s.effectiveFrom === version.effectiveFrom)), version];
}

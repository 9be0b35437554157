/**
 * Statistical form 0602.N/BNV-TĐKT "Số lượng khen thưởng cấp Nhà nước" (TT 02/2023/TT-BNV, LAW.md §6):
 * columns are the State-level forms of the catalogue, split collective / individual; rows are the
 * form's breakdowns that the registry can answer. Row codes ("Mã số") follow the form as implemented in
 * the open-source provincial app LAW.md cites (A17); the Circular's annex itself was not at hand. Pure.
 */
import { CATALOGUE } from '../../awards/domain/catalogue.js';
import type { AwardCode, CommendationKind } from '../../awards/domain/types.js';

export const FORM_CODE = '0602.N/BNV-TĐKT';

/** The catalogue's State-level forms in the form's column order: orders, Government flag, PM's certificate, national emulation fighter. */
export const FORM_AWARDS = ['HCLD1', 'HCLD2', 'HCLD3', 'CO_CP', 'BK_TTG', 'CSTDTQ'] as const satisfies readonly AwardCode[];

/** Columns of the form the catalogue cannot fill (no such award type is recorded): said on the form, never shown as 0. */
export const NOT_IN_CATALOGUE = ['Huy chương', 'Giải thưởng Hồ Chí Minh', 'Giải thưởng Nhà nước', 'Danh hiệu vinh dự Nhà nước'] as const;

export type FormSubject = 'collective' | 'individual';
export interface FormColumn { awardType: AwardCode; name: string; subject: FormSubject }

/** One column per form and subject it can be given to (a household never receives a State-level form). */
export const FORM_COLUMNS: readonly FormColumn[] = FORM_AWARDS.flatMap((code) =>
  (['collective', 'individual'] as const).filter((s) => CATALOGUE[code].subjects.includes(s)).map((subject) => ({ awardType: code, name: CATALOGUE[code].name, subject })));

/** Live awards of the period grouped by what the breakdowns look at. */
export interface AwardFact { awardType: string; subjectKind: string; kind: string; female: boolean; leader: boolean; count: number }

interface RowSpec { code: string; label: string; measure: string; section?: boolean; extra?: boolean; subject?: FormSubject; match?: (f: AwardFact) => boolean }

const kindRow = (code: string, label: string, kind: CommendationKind): RowSpec => ({ code, label, measure: '', match: (f) => f.kind === kind });

/**
 * Row 7 (of which enterprises), 8 (households), 21 (resistance) and section 1 (by the body that submitted
 * to the Prime Minister) are left out: the registry does not record them, or no State-level form reaches them.
 * Rows 10–13 split leaders by rank; the registry knows only "leader or not", so they are one row.
 */
const ROWS: readonly RowSpec[] = [
  { code: '1', label: 'Tổng số', measure: '', match: () => true },
  { code: '', label: '2. Chia theo đối tượng khen thưởng', measure: '', section: true },
  { code: '6', label: '- Tập thể', measure: 'Tập thể', subject: 'collective' },
  { code: '9', label: '- Cá nhân', measure: 'Người', subject: 'individual' },
  { code: '10–13', label: '+ Lãnh đạo, quản lý (các cấp)', measure: 'Người', subject: 'individual', match: (f) => f.leader },
  { code: '14', label: '+ Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu', measure: 'Người', subject: 'individual', match: (f) => !f.leader },
  { code: '', label: 'Trong đó: nữ', measure: 'Người', subject: 'individual', extra: true, match: (f) => f.female },
  { code: '', label: '3. Chia theo phương thức khen thưởng', measure: '', section: true },
  kindRow('15', '- Thường xuyên', 'regular'),
  kindRow('16', '- Chuyên đề', 'thematic'),
  kindRow('17', '- Đột xuất', 'unscheduled'),
  kindRow('18', '- Đối ngoại', 'foreign'),
  kindRow('19', '- Cống hiến', 'lifetime'),
  kindRow('20', '- Niên hạn', 'service_years'),
];

export interface FormRow {
  code: string; label: string; measure: string; section: boolean;
  /** Not a row of the official form: a breakdown the registry adds (women). */
  extra: boolean;
  /** Null on section headings. */
  total: number | null;
  /** One per FORM_COLUMNS; null where the column's subject is not the row's (blank on the form). */
  cells: Array<number | null>;
}

/** The form's rows from the period's facts. */
export function buildStateForm(facts: readonly AwardFact[]): FormRow[] {
  return ROWS.map((r) => {
    const base = { code: r.code, label: r.label, measure: r.measure, section: !!r.section, extra: !!r.extra };
    if (r.section) return { ...base, total: null, cells: FORM_COLUMNS.map(() => null) };
    const cells = FORM_COLUMNS.map((c) => {
      if (r.subject && r.subject !== c.subject) return null;
      return facts.filter((f) => f.awardType === c.awardType && f.subjectKind === c.subject && (r.match?.(f) ?? true))
        .reduce((n, f) => n + f.count, 0);
    });
    return { ...base, total: cells.reduce<number>((n, c) => n + (c ?? 0), 0), cells };
  });
}

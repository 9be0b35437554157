/**
 * Excel of subject history, one template per kind (an officer fills the sheet of what the unit's
 * records hold): ratings, initiatives and science works, discipline, yearly facts (months worked,
 * maternity; collectives' member counts). Sheet specs for excel-sheet.ts; pure.
 */
import type { ErrorDetail } from '../../../server/errors.js';
import { foldLabel, parseVietnameseNumber, readInteger, textOf, type Plain } from '../../files/excel-cells.js';
import { CATALOGUE } from '../domain/catalogue.js';
import { disciplineLabel } from '../domain/settings.js';
import { AWARD_CODES, DISCIPLINE_FORMS, RATINGS, SCOPES, type AwardCode, type DisciplineForm, type Members, type Rating, type Scope } from '../domain/types.js';
import { readDate } from '../registry/excel-import.js';
import type { Column, SheetSpec, SubjectRow } from './excel-sheet.js';
import { disciplineProblems, workProblems, yearProblems, type DisciplineInput, type WorkInput, type WorkKind, type YearInput } from './validate.js';

const thisYear = (): number => new Date().getUTCFullYear();

const SUBJECT_COLUMNS = {
  name: { header: 'Họ và tên', width: 28, aliases: ['Họ tên', 'Cá nhân'] },
  birthYear: { header: 'Năm sinh', width: 10, aliases: [] },
  unitCode: { header: 'Mã đơn vị', width: 14, aliases: [] },
} satisfies Record<string, Column>;
type SubjectColumn = keyof typeof SUBJECT_COLUMNS;

const SUBJECT_GUIDE = 'Người được nhận diện theo họ tên (không phân biệt dấu, hoa thường), năm sinh và mã đơn vị nơi đang công tác; phải có sẵn trong hệ thống. Ghi năm sinh khi đơn vị có người trùng tên.';
const COLLECTIVE_GUIDE = 'Để trống "Họ và tên" khi dòng là của chính tập thể đơn vị ghi ở "Mã đơn vị".';
const ALL_OR_NOTHING = 'Tệp chỉ được ghi nhận khi mọi dòng hợp lệ; mọi lỗi được báo cùng lúc theo trang, dòng và cột.';

/** Reads the subject cells; `nameRequired` for sheets that only concern people. */
function readSubject(row: number, get: (k: SubjectColumn) => Plain, problem: (k: SubjectColumn, m: string) => ErrorDetail, problems: ErrorDetail[]): SubjectRow {
  const name = textOf(get('name'));
  if (name.length > 200) problems.push(problem('name', 'dài quá 200 ký tự'));
  const birthYear = readInteger(get('birthYear'));
  if (birthYear === 'invalid' || (typeof birthYear === 'number' && (birthYear < 1900 || birthYear > thisYear()))) problems.push(problem('birthYear', `phải là năm từ 1900 đến ${thisYear()}`));
  if (!name && birthYear !== null) problems.push(problem('name', 'chưa nhập (có năm sinh nhưng không có họ tên)'));
  return { row, name: name || null, birthYear: typeof birthYear === 'number' ? birthYear : null, unitCode: textOf(get('unitCode')).toUpperCase() };
}

function readYear(get: () => Plain, problem: (m: string) => ErrorDetail, problems: ErrorDetail[]): number | null {
  const year = readInteger(get());
  if (year === 'invalid' || (typeof year === 'number' && (year < 1945 || year > thisYear()))) {
    problems.push(problem(`phải là năm từ 1945 đến ${thisYear()}`));
    return null;
  }
  return year;
}

const subjectKey = (r: SubjectRow): string => `${foldLabel(r.name ?? '')}|${r.birthYear ?? ''}|${r.unitCode}`;
const labelled = <T extends string>(entries: ReadonlyArray<readonly [T, string]>, extra: ReadonlyArray<readonly [string, T]> = []) =>
  new Map<string, T>([...entries.flatMap(([code, label]) => [[foldLabel(code), code], [foldLabel(label), code]] as const), ...extra.map(([l, c]) => [foldLabel(l), c] as const)]);

/** Maps a validation problem (JSON field path) of validate.ts to a cell of the sheet. */
function mapProblems<K extends string>(found: ErrorDetail[], columns: Record<string, K>, fallback: K, problem: (k: K, m: string) => ErrorDetail): ErrorDetail[] {
  return found.map((p) => problem(columns[p.path.replace(/\.\d+(\.\w+)?$/, '')] ?? fallback, p.message));
}

// ---- ratings ------------------------------------------------------------------------------

export const RATING_LABELS: Record<Rating, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ', HTTNV: 'Hoàn thành tốt nhiệm vụ', HTNV: 'Hoàn thành nhiệm vụ', KHTNV: 'Không hoàn thành nhiệm vụ',
};
const RATING_BY_LABEL = labelled(RATINGS.map((r) => [r, RATING_LABELS[r]] as const));
export interface RatingRow extends SubjectRow { year: number; rating: Rating }

export const RATINGS_SPEC: SheetSpec<SubjectColumn | 'year' | 'rating', RatingRow> = {
  sheet: 'Xếp loại',
  columns: {
    ...SUBJECT_COLUMNS,
    year: { header: 'Năm', width: 10, aliases: ['Năm đánh giá', 'Năm xếp loại'] },
    rating: { header: 'Xếp loại', width: 34, aliases: ['Mức xếp loại', 'Kết quả xếp loại', 'Xếp loại chất lượng'], list: RATINGS },
  },
  required: ['unitCode', 'year', 'rating'],
  guide: [
    'HƯỚNG DẪN NHẬP KẾT QUẢ XẾP LOẠI HẰNG NĂM',
    '1. Mỗi dòng là kết quả xếp loại của một người (hoặc của tập thể) trong một năm. Bắt buộc: "Mã đơn vị", "Năm", "Xếp loại".',
    `2. ${SUBJECT_GUIDE} ${COLLECTIVE_GUIDE}`,
    '3. "Xếp loại" ghi mã hoặc tên đầy đủ trong bảng dưới. Kết quả đã có của cùng người, cùng năm được thay bằng kết quả trong tệp.',
    `4. ${ALL_OR_NOTHING}`,
  ],
  codes: [{ title: ['Mã', 'Xếp loại'], rows: RATINGS.map((r) => [r, RATING_LABELS[r]] as const) }],
  read(row, get, problem) {
    const problems: ErrorDetail[] = [];
    const subject = readSubject(row, get, problem, problems);
    const year = readYear(() => get('year'), (m) => problem('year', m), problems);
    const text = textOf(get('rating'));
    const rating = RATING_BY_LABEL.get(foldLabel(text));
    if (text && !rating) problems.push(problem('rating', `"${text}" không hợp lệ; ghi ${RATINGS.join(', ')} hoặc tên đầy đủ (ví dụ "${RATING_LABELS.HTXSNV}")`));
    return problems.length || year === null || !rating ? problems : { ...subject, year, rating };
  },
  duplicate: { key: (r) => `${subjectKey(r)}|${r.year}`, column: 'year', message: (first) => `trùng với dòng ${first} (cùng đối tượng, cùng năm)` },
};

// ---- initiatives and science works ----------------------------------------------------------

const WORK_KINDS: ReadonlyArray<readonly [WorkKind, string]> = [['initiative', 'Sáng kiến'], ['science', 'Đề tài khoa học']];
const WORK_KIND_BY_LABEL = labelled(WORK_KINDS, [['Đề tài', 'science'], ['Công trình khoa học', 'science'], ['Đề tài, công trình khoa học', 'science'], ['Giải pháp', 'initiative']]);
const SCOPE_LABELS: Record<Scope, string> = { unit: 'Cơ sở', province: 'Tỉnh', national: 'Toàn quốc' };
const SCOPE_BY_LABEL = labelled(SCOPES.map((s) => [s, SCOPE_LABELS[s]] as const), [['Cấp cơ sở', 'unit'], ['Cấp tỉnh', 'province'], ['Bộ, ngành, tỉnh', 'province'], ['Tỉnh, bộ, ngành', 'province'], ['Toàn quốc, nhà nước', 'national'], ['Cấp toàn quốc', 'national']]);
const AWARD_BY_LABEL = labelled(AWARD_CODES.map((c) => [c, CATALOGUE[c].name] as const));

/** "2023 CSTDCS; 2024 Chiến sĩ thi đua cấp tỉnh": each use is a year and an award type. */
function readUses(text: string): Array<{ year: number; awardType: AwardCode }> | string {
  const uses: Array<{ year: number; awardType: AwardCode }> = [];
  for (const part of text.split(/[;\n]/).map((p) => p.trim()).filter(Boolean)) {
    const m = /^(\d{4})\s*[:\-–]?\s*(.+)$/.exec(part);
    const awardType = m ? AWARD_BY_LABEL.get(foldLabel(m[2]!)) : undefined;
    if (!m || !awardType) return `"${part}" không hợp lệ; ghi "năm mã danh hiệu", cách nhau bởi dấu chấm phẩy (ví dụ "2023 CSTDCS; 2024 CSTD_TINH")`;
    uses.push({ year: Number(m[1]), awardType });
  }
  return uses;
}

export interface WorkRow extends SubjectRow { kind: WorkKind; input: WorkInput }
type WorkColumn = SubjectColumn | 'kind' | 'title' | 'year' | 'scope' | 'decisionNumber' | 'decisionDate' | 'issuer' | 'usedFor';

export const WORKS_SPEC: SheetSpec<WorkColumn, WorkRow> = {
  sheet: 'Sáng kiến, đề tài',
  columns: {
    ...SUBJECT_COLUMNS,
    kind: { header: 'Loại', width: 16, aliases: ['Loại công trình'], list: WORK_KINDS.map(([, l]) => l) },
    title: { header: 'Tên sáng kiến, đề tài', width: 40, aliases: ['Tên sáng kiến', 'Tên đề tài', 'Tên công trình'] },
    year: { header: 'Năm công nhận', width: 12, aliases: ['Năm'] },
    scope: { header: 'Phạm vi ảnh hưởng', width: 18, aliases: ['Phạm vi', 'Cấp công nhận'], list: SCOPES.map((s) => SCOPE_LABELS[s]) },
    decisionNumber: { header: 'Số quyết định', width: 16, aliases: ['Số QĐ'] },
    decisionDate: { header: 'Ngày quyết định', width: 14, aliases: ['Ngày QĐ'] },
    issuer: { header: 'Cơ quan công nhận', width: 28, aliases: ['Cơ quan ban hành'] },
    usedFor: { header: 'Đã dùng để khen', width: 28, aliases: ['Đã sử dụng', 'Đã dùng cho'] },
  },
  required: ['unitCode', 'kind', 'title', 'year', 'scope'],
  guide: [
    'HƯỚNG DẪN NHẬP SÁNG KIẾN, ĐỀ TÀI KHOA HỌC',
    '1. Mỗi dòng là một sáng kiến hoặc đề tài, công trình khoa học đã được công nhận. Bắt buộc: "Mã đơn vị", "Loại", "Tên sáng kiến, đề tài", "Năm công nhận", "Phạm vi ảnh hưởng".',
    `2. ${SUBJECT_GUIDE} ${COLLECTIVE_GUIDE}`,
    '3. "Phạm vi ảnh hưởng": Cơ sở, Tỉnh hoặc Toàn quốc. "Ngày quyết định" dạng dd/mm/yyyy.',
    '4. "Đã dùng để khen": các lần sáng kiến đã được dùng làm căn cứ khen thưởng, dạng "2023 CSTDCS; 2024 CSTD_TINH" (mã hoặc tên danh hiệu); mỗi sáng kiến chỉ được dùng một lần cho một danh hiệu.',
    `5. ${ALL_OR_NOTHING} Các dòng được thêm vào hồ sơ (không thay thế sáng kiến đã có).`,
  ],
  codes: [{ title: ['Mã danh hiệu', 'Tên'], rows: AWARD_CODES.filter((c) => CATALOGUE[c].subjects.includes('individual')).map((c) => [c, CATALOGUE[c].name] as const) }],
  read(row, get, problem) {
    const problems: ErrorDetail[] = [];
    const subject = readSubject(row, get, problem, problems);
    const year = readYear(() => get('year'), (m) => problem('year', m), problems);
    const kindText = textOf(get('kind'));
    const kind = WORK_KIND_BY_LABEL.get(foldLabel(kindText));
    if (kindText && !kind) problems.push(problem('kind', `"${kindText}" không hợp lệ; ghi "Sáng kiến" hoặc "Đề tài khoa học"`));
    const scopeText = textOf(get('scope'));
    const scope = SCOPE_BY_LABEL.get(foldLabel(scopeText));
    if (scopeText && !scope) problems.push(problem('scope', `"${scopeText}" không hợp lệ; ghi Cơ sở, Tỉnh hoặc Toàn quốc`));
    const date = readDate(get('decisionDate'));
    if (date === 'invalid') problems.push(problem('decisionDate', 'ngày không hợp lệ (dd/mm/yyyy)'));
    const uses = readUses(textOf(get('usedFor')));
    if (typeof uses === 'string') problems.push(problem('usedFor', uses));
    if (problems.length || year === null || !kind || !scope || date === 'invalid' || typeof uses === 'string') return problems;
    const input: WorkInput = {
      title: textOf(get('title')), year, scope, usedFor: uses,
      decision: { number: textOf(get('decisionNumber')) || null, date, issuer: textOf(get('issuer')) || null },
    };
    const found = mapProblems(workProblems(input), { title: 'title', 'decision.date': 'decisionDate', usedFor: 'usedFor' }, 'usedFor', problem);
    return found.length ? found : { ...subject, kind, input };
  },
  duplicate: { key: (r) => `${subjectKey(r)}|${r.kind}|${foldLabel(r.input.title)}|${r.input.year}`, column: 'title', message: (first) => `trùng với dòng ${first} (cùng đối tượng, cùng tên, cùng năm)` },
};

// ---- discipline ---------------------------------------------------------------------------

const FORM_BY_LABEL = labelled(DISCIPLINE_FORMS.map((f) => [f, disciplineLabel(f)] as const));
export interface DisciplineRow extends SubjectRow { input: DisciplineInput }
type DisciplineColumn = SubjectColumn | 'form' | 'from' | 'to' | 'decisionNumber';

export const DISCIPLINES_SPEC: SheetSpec<DisciplineColumn, DisciplineRow> = {
  sheet: 'Kỷ luật',
  columns: {
    ...SUBJECT_COLUMNS,
    form: { header: 'Hình thức kỷ luật', width: 22, aliases: ['Hình thức'], list: DISCIPLINE_FORMS.map((f) => disciplineLabel(f)) },
    from: { header: 'Từ ngày', width: 14, aliases: ['Ngày bắt đầu', 'Ngày quyết định'] },
    to: { header: 'Đến ngày', width: 14, aliases: ['Ngày kết thúc', 'Hết thời hạn'] },
    decisionNumber: { header: 'Số quyết định', width: 16, aliases: ['Số QĐ'] },
  },
  required: ['unitCode', 'form', 'from'],
  guide: [
    'HƯỚNG DẪN NHẬP KỶ LUẬT',
    '1. Mỗi dòng là một quyết định kỷ luật. Bắt buộc: "Mã đơn vị", "Hình thức kỷ luật", "Từ ngày".',
    `2. ${SUBJECT_GUIDE} ${COLLECTIVE_GUIDE}`,
    '3. "Hình thức kỷ luật" ghi tên trong bảng dưới; ngày dạng dd/mm/yyyy; để trống "Đến ngày" khi chưa hết thời hạn.',
    `4. ${ALL_OR_NOTHING} Các dòng được thêm vào hồ sơ.`,
  ],
  codes: [{ title: ['Mã', 'Hình thức kỷ luật'], rows: DISCIPLINE_FORMS.map((f) => [f, disciplineLabel(f)] as const) }],
  read(row, get, problem) {
    const problems: ErrorDetail[] = [];
    const subject = readSubject(row, get, problem, problems);
    const formText = textOf(get('form'));
    const form = FORM_BY_LABEL.get(foldLabel(formText)) as DisciplineForm | undefined;
    if (formText && !form) problems.push(problem('form', `"${formText}" không hợp lệ; ghi một hình thức trong trang "Hướng dẫn"`));
    const from = readDate(get('from'));
    const to = readDate(get('to'));
    if (from === 'invalid') problems.push(problem('from', 'ngày không hợp lệ (dd/mm/yyyy)'));
    if (to === 'invalid') problems.push(problem('to', 'ngày không hợp lệ (dd/mm/yyyy)'));
    if (problems.length || !form || !from || from === 'invalid' || to === 'invalid') return problems;
    const input: DisciplineInput = { form, from, to, decisionNumber: textOf(get('decisionNumber')) || null };
    const found = mapProblems(disciplineProblems(input), { from: 'from', to: 'to' }, 'to', problem);
    return found.length ? found : { ...subject, input };
  },
  duplicate: { key: (r) => `${subjectKey(r)}|${r.input.form}|${r.input.from}`, column: 'from', message: (first) => `trùng với dòng ${first} (cùng đối tượng, cùng hình thức, cùng ngày)` },
};

// ---- yearly facts -------------------------------------------------------------------------

const MEMBER_KEYS = ['total', 'ldtt', 'cstdcs', 'completedDuties', 'disciplinedWarningOrAbove', 'women'] as const;
export interface YearRow extends SubjectRow { year: number; input: YearInput }
type YearColumn = SubjectColumn | 'year' | 'monthsWorked' | 'maternityMonths' | (typeof MEMBER_KEYS)[number];

export const YEARS_SPEC: SheetSpec<YearColumn, YearRow> = {
  sheet: 'Số liệu năm',
  columns: {
    ...SUBJECT_COLUMNS,
    year: { header: 'Năm', width: 8, aliases: [] },
    monthsWorked: { header: 'Số tháng công tác', width: 12, aliases: ['Số tháng làm việc'] },
    maternityMonths: { header: 'Số tháng nghỉ thai sản', width: 12, aliases: ['Nghỉ thai sản'] },
    total: { header: 'Tổng số thành viên', width: 12, aliases: ['Tổng số', 'Tổng số cán bộ'] },
    ldtt: { header: 'Số Lao động tiên tiến', width: 12, aliases: ['Số LĐTT'] },
    cstdcs: { header: 'Số Chiến sĩ thi đua cơ sở', width: 12, aliases: ['Số CSTĐCS'] },
    completedDuties: { header: 'Số hoàn thành nhiệm vụ', width: 12, aliases: ['Số HTNV trở lên'] },
    disciplinedWarningOrAbove: { header: 'Số bị kỷ luật từ cảnh cáo', width: 12, aliases: ['Số bị kỷ luật'] },
    women: { header: 'Số nữ', width: 10, aliases: [] },
  },
  required: ['unitCode', 'year'],
  guide: [
    'HƯỚNG DẪN NHẬP SỐ LIỆU HẰNG NĂM',
    '1. Mỗi dòng là số liệu của một người hoặc một tập thể trong một năm. Bắt buộc: "Mã đơn vị", "Năm".',
    `2. Cá nhân: ghi "Họ và tên" và "Số tháng công tác", "Số tháng nghỉ thai sản" (tổng không quá 12). ${SUBJECT_GUIDE}`,
    '3. Tập thể: để trống "Họ và tên"; ghi đủ sáu cột số thành viên (tổng số, LĐTT, CSTĐCS, hoàn thành nhiệm vụ, bị kỷ luật từ cảnh cáo trở lên, nữ).',
    `4. Số liệu trong tệp thay số liệu cùng loại đã có của cùng đối tượng, cùng năm; đăng ký thi đua và các xác nhận của Ban không đổi. ${ALL_OR_NOTHING}`,
  ],
  read(row, get, problem) {
    const problems: ErrorDetail[] = [];
    const subject = readSubject(row, get, problem, problems);
    const year = readYear(() => get('year'), (m) => problem('year', m), problems);
    const months = (k: 'monthsWorked' | 'maternityMonths'): number | null => {
      const text = textOf(get(k));
      if (!text) return null;
      const n = typeof get(k) === 'number' ? (get(k) as number) : parseVietnameseNumber(text);
      if (n === null || n < 0 || n > 12) problems.push(problem(k, 'phải là số tháng từ 0 đến 12'));
      return n;
    };
    const monthsWorked = months('monthsWorked');
    const maternityMonths = months('maternityMonths');
    const counts = MEMBER_KEYS.map((k) => {
      const n = readInteger(get(k));
      if (n === 'invalid' || (typeof n === 'number' && n < 0)) problems.push(problem(k, 'phải là số nguyên không âm'));
      return typeof n === 'number' ? n : null;
    });
    const given = counts.filter((n) => n !== null).length;
    if (subject.name && given > 0) problems.push(problem('total', 'số thành viên chỉ ghi cho tập thể (để trống "Họ và tên")'));
    else if (given > 0 && given < MEMBER_KEYS.length) MEMBER_KEYS.forEach((k, i) => { if (counts[i] === null) problems.push(problem(k, 'chưa nhập (ghi đủ sáu cột số thành viên)')); });
    if (!subject.name && (monthsWorked !== null || maternityMonths !== null)) problems.push(problem('monthsWorked', 'số tháng chỉ ghi cho cá nhân'));
    if (!problems.length && monthsWorked === null && maternityMonths === null && given === 0) problems.push(problem(subject.name ? 'monthsWorked' : 'total', 'dòng chưa có số liệu nào'));
    if (problems.length || year === null) return problems;
    const members = given ? Object.fromEntries(MEMBER_KEYS.map((k, i) => [k, counts[i]!])) as unknown as Members : null;
    const input: YearInput = subject.name ? { monthsWorked, maternityMonths } : { members };
    const columns: Record<string, YearColumn> = { maternityMonths: 'maternityMonths', members: 'total', ...Object.fromEntries(MEMBER_KEYS.map((k) => [`members.${k}`, k])) };
    const found = yearProblems(subject.name ? 'individual' : 'collective', input).map((p) => problem(columns[p.path] ?? 'year', p.message));
    return found.length ? found : { ...subject, year, input };
  },
  duplicate: { key: (r) => `${subjectKey(r)}|${r.year}`, column: 'year', message: (first) => `trùng với dòng ${first} (cùng đối tượng, cùng năm)` },
};

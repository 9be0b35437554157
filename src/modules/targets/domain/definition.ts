/**
 * What makes an indicator definition (chỉ tiêu) sound, before it is saved: every problem names its
 * field in Vietnamese. Pure: facts that need the database (unit exists, parent, values) are passed in.
 */
import { GROUP_COMPARATOR } from './group.js';
import { ACCUMULATIONS, COMPARATORS, FREQUENCIES } from './types.js';

export const DEFINABLE_COMPARATORS = [...COMPARATORS, GROUP_COMPARATOR] as const;
export type DefinableComparator = (typeof DEFINABLE_COMPARATORS)[number];

export interface IndicatorDefinition {
  code: string;
  name: string;
  unit: string;
  comparator: string;
  target: number;
  targetMax: number | null;
  baseline: number | null;
  baselineYear: number | null;
  baselineNote: string | null;
  accumulation: string;
  frequency: string;
  decimals: number;
  responsibleUnitId: string;
  parentId: string | null;
  sourceText: string;
}

export interface Problem {
  path: string;
  message: string;
}

/** Comparators measured from a baseline: without it nothing can be evaluated. */
const FROM_BASELINE = new Set<string>(['increase_by', 'decrease_by', 'rank_up_by']);

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,29}$/;

/** Problems of the definition itself; `movementYear` bounds the baseline year. */
export function definitionProblems(d: IndicatorDefinition, movementYear: number): Problem[] {
  const p: Problem[] = [];
  const add = (path: string, message: string) => p.push({ path, message });
  if (!d.code) add('code', 'Cần mã chỉ tiêu');
  else if (!CODE.test(d.code)) add('code', 'Mã chỉ tiêu chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch ngang (tối đa 30 ký tự), ví dụ CT01');
  if (!d.name) add('name', 'Cần tên chỉ tiêu');
  else if (d.name.length > 500) add('name', 'Tên chỉ tiêu không được dài quá 500 ký tự');
  if (d.unit.length > 50) add('unit', 'Đơn vị tính không được dài quá 50 ký tự');
  if (!(DEFINABLE_COMPARATORS as readonly string[]).includes(d.comparator)) add('comparator', 'Cách so sánh không nằm trong danh sách');
  if (!(ACCUMULATIONS as readonly string[]).includes(d.accumulation)) add('accumulation', 'Cách cộng dồn phải là "cộng các kỳ" hoặc "lấy kỳ mới nhất"');
  if (!(FREQUENCIES as readonly string[]).includes(d.frequency)) add('frequency', 'Tần suất báo cáo phải là tháng, quý, 6 tháng hoặc năm');
  if (!Number.isInteger(d.decimals) || d.decimals < 0 || d.decimals > 4) add('decimals', 'Số chữ số thập phân phải từ 0 đến 4');
  if (d.sourceText.length > 2000) add('sourceText', 'Nguyên văn chỉ tiêu không được dài quá 2.000 ký tự');
  if (d.baselineNote && d.baselineNote.length > 500) add('baselineNote', 'Ghi chú năm gốc không được dài quá 500 ký tự');
  if (d.comparator === GROUP_COMPARATOR) return p; // a group is judged by its parts: no target of its own
  if (!Number.isFinite(d.target)) add('target', 'Giá trị chỉ tiêu phải là một số');
  else if (d.target < 0) add('target', 'Giá trị chỉ tiêu không được âm');
  if (d.targetMax !== null && (!Number.isFinite(d.targetMax) || d.targetMax <= d.target)) add('targetMax', 'Cận trên phải lớn hơn giá trị chỉ tiêu');
  if (d.comparator === 'range' && d.targetMax === null) add('targetMax', 'Chỉ tiêu "trong khoảng" cần cận trên');
  if (FROM_BASELINE.has(d.comparator) && d.baseline === null) add('baseline', 'Chỉ tiêu tăng/giảm so với năm gốc cần giá trị năm gốc');
  if (d.baseline !== null && !Number.isFinite(d.baseline)) add('baseline', 'Giá trị năm gốc phải là một số');
  if (d.baselineYear !== null && (!Number.isInteger(d.baselineYear) || d.baselineYear < 1945 || d.baselineYear >= movementYear)) {
    add('baselineYear', `Năm gốc phải trước năm của phong trào (${movementYear})`);
  }
  if (d.comparator === 'rank_up_by') {
    if (!Number.isInteger(d.target) || d.target < 1) add('target', 'Số bậc cần tăng phải là số nguyên dương');
    if (d.baseline !== null && (!Number.isInteger(d.baseline) || d.baseline < 1)) add('baseline', 'Thứ hạng năm gốc phải là số nguyên dương (1 là cao nhất)');
  }
  return p;
}

/** What may not change once values are reported: they were checked against the frequency and summed by the accumulation. */
export function reportedChangeProblems(before: Pick<IndicatorDefinition, 'frequency' | 'accumulation' | 'comparator'>, after: IndicatorDefinition): Problem[] {
  const p: Problem[] = [];
  const why = 'chỉ tiêu đã có số liệu báo cáo';
  if (before.frequency !== after.frequency) p.push({ path: 'frequency', message: `Không đổi được tần suất báo cáo: ${why}` });
  if (before.accumulation !== after.accumulation) p.push({ path: 'accumulation', message: `Không đổi được cách cộng dồn: ${why}` });
  if (after.comparator === GROUP_COMPARATOR && before.comparator !== GROUP_COMPARATOR) p.push({ path: 'comparator', message: `Không chuyển thành nhóm chỉ tiêu được: ${why}` });
  return p;
}

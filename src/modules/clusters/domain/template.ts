/**
 * A scoring template (bảng chấm điểm): groups of criteria with maximum points. `standard` criteria
 * add to the base score, `bonus` items add extra points, `penalty` items subtract; a criterion with
 * `source: 'targets'` takes its points from the unit's own indicator results (see scoring.ts).
 */
export const CRITERION_KINDS = ['standard', 'bonus', 'penalty'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];
export const CRITERION_SOURCES = ['manual', 'targets'] as const;
export type CriterionSource = (typeof CRITERION_SOURCES)[number];

export interface Criterion {
  id: string;
  code: string;
  title: string;
  guidance: string;
  evidence: string;
  kind: CriterionKind;
  source: CriterionSource;
  maxPoints: number;
}

export interface CriteriaGroup {
  id: string;
  code: string;
  title: string;
  criteria: Criterion[];
}

export type Template = readonly CriteriaGroup[];

export interface Problem {
  path: string;
  message: string;
}

/** Points are kept to two decimals (officers score in halves and quarters at most). */
export const roundPoints = (n: number): number => Math.round(n * 100) / 100;

export function templateProblems(t: Template): Problem[] {
  const p: Problem[] = [];
  const codes = new Set<string>();
  const unique = (path: string, code: string) => {
    if (!code.trim()) p.push({ path, message: 'Cần mã' });
    else if (codes.has(code)) p.push({ path, message: `Mã "${code}" bị trùng` });
    codes.add(code);
  };
  if (t.length === 0) p.push({ path: 'groups', message: 'Bảng chấm điểm cần ít nhất một nhóm tiêu chí' });
  t.forEach((g, gi) => {
    unique(`groups.${gi}.code`, g.code);
    if (!g.title.trim()) p.push({ path: `groups.${gi}.title`, message: 'Cần tên nhóm tiêu chí' });
    if (g.criteria.length === 0) p.push({ path: `groups.${gi}.criteria`, message: 'Nhóm cần ít nhất một tiêu chí' });
    g.criteria.forEach((c, ci) => {
      const at = `groups.${gi}.criteria.${ci}`;
      unique(`${at}.code`, c.code);
      if (!c.title.trim()) p.push({ path: `${at}.title`, message: 'Cần tên tiêu chí' });
      if (!(c.maxPoints > 0) || roundPoints(c.maxPoints) !== c.maxPoints) p.push({ path: `${at}.maxPoints`, message: 'Điểm tối đa phải lớn hơn 0 (tối đa 2 chữ số thập phân)' });
      if (c.source === 'targets' && c.kind !== 'standard') p.push({ path: `${at}.source`, message: 'Chỉ tiêu chí chính mới lấy điểm từ kết quả chỉ tiêu' });
    });
  });
  return p;
}

export const criteriaOf = (t: Template): Criterion[] => t.flatMap((g) => g.criteria);

/** The most a unit can reach without bonus: the sum of standard criteria. */
export const baseMaximum = (t: Template): number => roundPoints(criteriaOf(t).filter((c) => c.kind === 'standard').reduce((s, c) => s + c.maxPoints, 0));

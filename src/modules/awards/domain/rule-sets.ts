/** Rule sets by date (LAW.md §Rule sets, §8.3) and the citation strings that depend on them. */
import type { RuleSetId } from './types.js';

export interface RuleSet {
  id: RuleSetId;
  /** Vietnamese name of the texts, for answers and documents. */
  name: string;
  law: string;
  decree: string;
}

export const RULE_SETS: Record<RuleSetId, RuleSet> = {
  law2003: {
    id: 'law2003',
    name: 'Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung 2005, 2009, 2013) và Nghị định 91/2017/NĐ-CP',
    law: 'Luật TĐKT 2003',
    decree: 'Nghị định 91/2017/NĐ-CP',
  },
  law2022_d98: {
    id: 'law2022_d98',
    name: 'Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định 98/2023/NĐ-CP',
    law: 'Luật TĐKT 2022',
    decree: 'Nghị định 98/2023/NĐ-CP',
  },
  law2022_d152: {
    id: 'law2022_d152',
    name: 'Luật Thi đua, khen thưởng số 06/2022/QH15 và Nghị định 152/2025/NĐ-CP',
    law: 'Luật TĐKT 2022',
    decree: 'Nghị định 152/2025/NĐ-CP',
  },
};

/** Decree 98/2023 was repealed and Decree 152/2025 took over on this date; district powers passed to communes. */
export const D152_FROM = '2025-07-01';
export const LAW2022_FROM_YEAR = 2024;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function assertIsoDate(date: string, what = 'date'): void {
  if (!ISO_DATE.test(date)) throw new RangeError(`${what} must be YYYY-MM-DD: ${date}`);
}

/** Last day of the year under review: the default reference date when no decision date is given. */
export const yearEnd = (year: number): string => `${year}-12-31`;

/**
 * The year under review picks the law (achievements up to 2023 stay under Law 2003); from 2024 the
 * decree is the one in force on the decision date, or on 31/12 of the year when none is given.
 */
export function ruleSetFor(year: number, decisionDate?: string): RuleSetId {
  if (year < LAW2022_FROM_YEAR) return 'law2003';
  const date = decisionDate ?? yearEnd(year);
  assertIsoDate(date, 'decisionDate');
  return date >= D152_FROM ? 'law2022_d152' : 'law2022_d98';
}

/** Decree in force on a date, for procedure (who confers, council thresholds), whatever the year reviewed. */
export function decreeOn(date: string): RuleSetId {
  assertIsoDate(date);
  if (date >= D152_FROM) return 'law2022_d152';
  return date >= `${LAW2022_FROM_YEAR}-01-01` ? 'law2022_d98' : 'law2003';
}

/**
 * "Luật TĐKT 2022, Điều 22, khoản 1, điểm a". The 2003 law has the same article numbers for the
 * titles (Arts 21–28) but other clause numbering, so only the article is cited; for the forms it
 * points at the 2022 article whose criteria the engine applies.
 */
export function lawCite(rs: RuleSetId, article: number, clause?: number, point?: string): string {
  const parts = [`Điều ${article}`];
  if (clause !== undefined) parts.push(`khoản ${clause}`);
  if (point !== undefined) parts.push(`điểm ${point}`);
  if (rs !== 'law2003') return `Luật TĐKT 2022, ${parts.join(', ')}`;
  if (article >= 21 && article <= 28) return `Luật TĐKT 2003, Điều ${article}`;
  return `Luật TĐKT 2003 (đối chiếu Luật TĐKT 2022, ${parts.join(', ')})`;
}

/** Principles of Decree 152/2025 Art 4; earlier rule sets apply the same principle, cited by reference. */
export function principleCite(rs: RuleSetId, clause: number): string {
  const cite = `Nghị định 152/2025/NĐ-CP, Điều 4, khoản ${clause}`;
  return rs === 'law2022_d152' ? cite : `${RULE_SETS[rs].decree} (đối chiếu ${cite})`;
}

/** Council ballot thresholds (D98 Art 30.7); after 01/07/2025 they are board settings. */
export const COUNCIL_CITE = 'Nghị định 98/2023/NĐ-CP, Điều 30, khoản 7';

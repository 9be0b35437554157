/** Builders for the awards tests: a subject with a clean record, and history rows by year. */
import { checkEligibility } from './eligibility.js';
import type { Settings } from './settings.js';
import type {
  AwardCode, CommendationKind, EligibilityInput, EligibilityResult, Members, Rating, Reason, SubjectHistory, TitleRecord,
  YearRating,
} from './types.js';

export function person(over: Partial<SubjectHistory> = {}): SubjectHistory {
  return { kind: 'individual', ratings: [], titles: [], initiatives: [], scienceWorks: [], disciplines: [], monthsWorked: 12, registered: true, ...over };
}

export const MEMBERS: Members = { total: 10, ldtt: 8, cstdcs: 1, completedDuties: 10, disciplinedWarningOrAbove: 0, women: 4 };

export function collective(over: Partial<SubjectHistory> = {}): SubjectHistory {
  return person({ kind: 'collective', members: MEMBERS, ...over });
}

export function ratings(from: number, to: number, rating: Rating): YearRating[] {
  const out: YearRating[] = [];
  for (let y = from; y <= to; y++) out.push({ year: y, rating });
  return out;
}

export function titles(awardType: AwardCode, years: readonly number[], kind?: CommendationKind): TitleRecord[] {
  return years.map((year) => (kind === undefined ? { year, awardType } : { year, awardType, kind }));
}

export function check(
  awardType: AwardCode, year: number, subject: SubjectHistory, extra: Partial<EligibilityInput> = {}, settings: Settings = [],
): EligibilityResult {
  return checkEligibility({ awardType, year, subject, ...extra }, settings);
}

export function reason(result: EligibilityResult, rule: string): Reason {
  const r = result.reasons.find((x) => x.rule === rule);
  if (!r) throw new Error(`no reason ${rule} in ${result.reasons.map((x) => x.rule).join(', ')}`);
  return r;
}

export const failing = (result: EligibilityResult): string[] => result.reasons.filter((r) => !r.ok).map((r) => r.rule);

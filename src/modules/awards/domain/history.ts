/** Reading a subject's history: chains, ratings, initiatives, discipline, months worked. Pure helpers. */
import { CATALOGUE } from './catalogue.js';
import {
  type AwardCode, DISCIPLINE_FORMS, type Discipline, type DisciplineForm, type Initiative, RATINGS, type Rating,
  SCOPES, type Scope, type SubjectHistory, type TitleRecord,
} from './types.js';

export const ratingAtLeast = (r: Rating, min: Rating): boolean => RATINGS.indexOf(r) <= RATINGS.indexOf(min);
export const scopeAtLeast = (s: Scope, min: Scope): boolean => SCOPES.indexOf(s) >= SCOPES.indexOf(min);
export const disciplineAtLeast = (d: DisciplineForm, min: DisciplineForm): boolean =>
  DISCIPLINE_FORMS.indexOf(d) >= DISCIPLINE_FORMS.indexOf(min);

export const ratingIn = (s: SubjectHistory, year: number): Rating | undefined => s.ratings.find((r) => r.year === year)?.rating;

/** Ad-hoc and thematic results are no basis for merit proposals (D152 Art 4.3). */
export const isMeritBasis = (t: TitleRecord): boolean => t.kind !== 'thematic' && t.kind !== 'unscheduled';
/** Annual title chains count regular titles only. */
export const isRegular = (t: TitleRecord): boolean => t.kind === undefined || t.kind === 'regular';

/** Years holding one of `codes`, regular only; the issuer is ignored, so unit mergers are bridged. */
export function titleYears(s: SubjectHistory, codes: readonly AwardCode[], regularOnly = true): Set<number> {
  return new Set(
    s.titles.filter((t) => codes.includes(t.awardType) && (regularOnly ? isRegular(t) : isMeritBasis(t))).map((t) => t.year),
  );
}

/**
 * Years of the chain ending at `endYear` (ascending): each year `step` after the previous, none
 * before `fromYear`. Empty when `endYear` itself is missing; a gap resets the chain.
 */
export function chainEndingAt(years: ReadonlySet<number>, endYear: number, step = 1, fromYear = -Infinity): number[] {
  const chain: number[] = [];
  for (let y = endYear; y >= fromYear && years.has(y); y -= step) chain.unshift(y);
  return chain;
}

/** Years of `[endYear - need + 1, endYear]` (stepped) that a chain of `need` still lacks. */
export function missingChainYears(years: ReadonlySet<number>, endYear: number, need: number, step = 1, fromYear = -Infinity): number[] {
  const missing: number[] = [];
  for (let i = need - 1; i >= 0; i--) {
    const y = endYear - i * step;
    if (!years.has(y) || y < fromYear) missing.push(y);
  }
  return missing;
}

/** Consecutive years ending at `endYear` rated at least `min`, counted from `fromYear`. */
export function ratingChain(s: SubjectHistory, endYear: number, min: Rating, fromYear = -Infinity): number[] {
  const years = new Set(s.ratings.filter((r) => ratingAtLeast(r.rating, min)).map((r) => r.year));
  return chainEndingAt(years, endYear, 1, fromYear);
}

const yearOf = (iso: string): number => Number(iso.slice(0, 4));

/** Disciplines at or above `min` whose period overlaps the year (a running one overlaps every later year). */
export function disciplinesOverlapping(list: readonly Discipline[], year: number, min: DisciplineForm): Discipline[] {
  return list.filter(
    (d) => disciplineAtLeast(d.form, min) && yearOf(d.from) <= year && (d.to === undefined || yearOf(d.to) >= year),
  );
}

/**
 * First year whose achievements count: achievements count from the end of a disciplinary period
 * (D152 Art 4.4), and a year partly under discipline is not a full year of achievement.
 */
export function countableFromYear(list: readonly Discipline[], reviewYear: number, min: DisciplineForm): number {
  let from = -Infinity;
  for (const d of list) {
    if (!disciplineAtLeast(d.form, min) || yearOf(d.from) > reviewYear) continue;
    from = Math.max(from, d.to === undefined ? Infinity : yearOf(d.to) + 1);
  }
  return from;
}

export type InitiativeUseStatus = 'free' | 'blocked' | 'title_reuse';

/**
 * An initiative is used once (Law Art 5.2.c; CV 5007/BNV-TĐKT): used for a title it cannot serve a
 * form and vice versa; a second title is the ambiguous case the council decides. Re-checking the
 * same award and year is not a reuse.
 */
export function initiativeUse(i: Initiative, awardType: AwardCode, year: number): InitiativeUseStatus {
  const others = (i.usedFor ?? []).filter((u) => !(u.awardType === awardType && u.year === year));
  if (others.length === 0) return 'free';
  const isTitle = (c: AwardCode): boolean => CATALOGUE[c].category === 'title';
  return isTitle(awardType) && others.every((u) => isTitle(u.awardType)) ? 'title_reuse' : 'blocked';
}

export interface InitiativeSelection {
  free: Initiative[];
  titleReuse: Initiative[];
  blocked: Initiative[];
}

/** Initiatives of scope ≥ `minScope` recognised within `[fromYear, toYear]`, sorted by use status. */
export function selectInitiatives(
  s: SubjectHistory, minScope: Scope, fromYear: number, toYear: number, awardType: AwardCode, year: number,
): InitiativeSelection {
  const sel: InitiativeSelection = { free: [], titleReuse: [], blocked: [] };
  for (const i of s.initiatives) {
    if (!scopeAtLeast(i.scope, minScope) || i.year < fromYear || i.year > toYear) continue;
    const use = initiativeUse(i, awardType, year);
    (use === 'free' ? sel.free : use === 'title_reuse' ? sel.titleReuse : sel.blocked).push(i);
  }
  return sel;
}

export const scienceWorksIn = (s: SubjectHistory, minScope: Scope, fromYear: number, toYear: number): number =>
  s.scienceWorks.filter((w) => scopeAtLeast(w.scope, minScope) && w.year >= fromYear && w.year <= toYear).length;

/** Maternity leave counts as working time (D152 Art 4.5); a year has at most 12 months. */
export function monthsCounted(s: SubjectHistory): number | undefined {
  if (s.monthsWorked === undefined) return undefined;
  return Math.min(12, s.monthsWorked + (s.maternityMonths ?? 0));
}

/** "2022, 2023 và 2024". */
export function joinYears(years: readonly number[]): string {
  const parts = years.map(String);
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

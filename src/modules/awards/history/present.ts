/** Stored history → the API's shape, and → the `EligibilityInput` the rules judge. Pure. */
import type { AwardListRow } from '../registry/repo.js';
import { CATALOGUE } from '../domain/catalogue.js';
import {
  AWARD_CODES, COMMENDATION_KINDS, type AwardCode, type CommendationKind, type DisciplineForm, type EligibilityInput, type Members,
  type Rating, type Scope, type SubjectHistory, type TitleRecord,
} from '../domain/types.js';
import type { StoredHistory, SubjectKey } from './repo.js';

const isAwardCode = (c: string): c is AwardCode => (AWARD_CODES as readonly string[]).includes(c);
const isKind = (k: string): k is CommendationKind => (COMMENDATION_KINDS as readonly string[]).includes(k);

/** Live registry awards as titles, kind preserved (thematic and ad-hoc never join a chain); revoked ones are gone. */
export function titlesOf(awards: readonly AwardListRow[]): Array<TitleRecord & { awardId: string; decisionNumber: string }> {
  return awards.filter((a) => a.revoked === 0 && isAwardCode(a.award_type)).map((a) => ({
    awardId: a.id, year: a.year, awardType: a.award_type as AwardCode, kind: isKind(a.kind) ? a.kind : 'regular',
    conferredBy: a.decision_issuer, decisionNumber: a.decision_number,
  }));
}

function membersOf(y: StoredHistory['years'][number]): Members | null {
  const { members_total: total, members_ldtt: ldtt, members_cstdcs: cstdcs, members_completed_duties: completedDuties, members_disciplined: disciplinedWarningOrAbove, members_women: women } = y;
  if (total === null || ldtt === null || cstdcs === null || completedDuties === null || disciplinedWarningOrAbove === null || women === null) return null;
  return { total, ldtt, cstdcs, completedDuties, disciplinedWarningOrAbove, women };
}

/** Years with facts entered or with registrations, in order. */
const yearsOf = (h: StoredHistory): number[] => [...new Set([...h.years.map((y) => y.year), ...h.registrations.map((r) => r.year)])].sort((a, b) => a - b);
const registeredIn = (h: StoredHistory, year: number): string[] => h.registrations.filter((r) => r.year === year).map((r) => r.award_type);

const flag = (v: number | null): boolean | null => (v === null ? null : v === 1);

const presentWork = (w: StoredHistory['works'][number]) => ({
  id: w.id, title: w.title, year: w.year, scope: w.scope,
  decision: { number: w.decision_number, date: w.decision_date, issuer: w.decision_issuer },
  usedFor: w.uses.map((u) => ({ year: u.year, awardType: u.award_type })),
});

export interface SubjectInfo extends SubjectKey {
  name: string;
  unit: { id: string; name: string };
  gender?: 'female' | 'male';
}

export function presentHistory(subject: SubjectInfo, h: StoredHistory, awards: readonly AwardListRow[]) {
  return {
    subject: { kind: subject.kind, id: subject.id, name: subject.name, unit: subject.unit },
    ratings: h.ratings,
    titles: titlesOf(awards).map((t) => ({ ...t, awardTypeName: CATALOGUE[t.awardType].name })),
    initiatives: h.works.filter((w) => w.kind === 'initiative').map(presentWork),
    scienceWorks: h.works.filter((w) => w.kind === 'science').map(presentWork),
    disciplines: h.disciplines.map((d) => ({ id: d.id, form: d.form, from: d.date_from, to: d.date_to, decisionNumber: d.decision_number })),
    years: yearsOf(h).map((year) => {
      const y = h.years.find((r) => r.year === year);
      return {
        year, monthsWorked: y?.months_worked ?? null, maternityMonths: y?.maternity_months ?? null, registered: registeredIn(h, year), members: y ? membersOf(y) : null,
        ...(subject.kind === 'collective' ? { clusterLeader: flag(y?.cluster_leader ?? null), exceededTargets: flag(y?.exceeded_targets ?? null) } : {}),
      };
    }),
    review: { underReview: h.review?.under_review === 1, note: h.review?.note ?? null, updatedAt: h.review?.updated_at ?? null },
  };
}

/**
 * The rules' input for one award and year. Facts not entered stay undefined, which the rules read
 * as "chưa có …" (not met). Registration is per award type: a year entered without this type is false.
 */
export function eligibilityInputOf(
  subject: SubjectInfo, h: StoredHistory, awards: readonly AwardListRow[], q: { awardType: AwardCode; year: number; decisionDate?: string },
): EligibilityInput {
  const y = h.years.find((r) => r.year === q.year);
  const members = y ? membersOf(y) : null;
  const history: SubjectHistory = {
    kind: subject.kind,
    ...(subject.gender ? { gender: subject.gender } : {}),
    ratings: h.ratings.map((r) => ({ year: r.year, rating: r.rating as Rating })),
    titles: titlesOf(awards).map(({ year, awardType, kind, conferredBy }) => ({ year, awardType, kind, conferredBy })),
    initiatives: h.works.filter((w) => w.kind === 'initiative').map((w) => ({
      id: w.id, year: w.year, scope: w.scope as Scope, usedFor: w.uses.map((u) => ({ year: u.year, awardType: u.award_type as AwardCode })),
    })),
    scienceWorks: h.works.filter((w) => w.kind === 'science').map((w) => ({ year: w.year, scope: w.scope as Scope })),
    disciplines: h.disciplines.map((d) => ({ form: d.form as DisciplineForm, from: d.date_from, ...(d.date_to ? { to: d.date_to } : {}) })),
    underReview: h.review?.under_review === 1,
    ...(y?.months_worked != null ? { monthsWorked: y.months_worked } : {}),
    ...(y?.maternity_months != null ? { maternityMonths: y.maternity_months } : {}),
    // A year with facts or registrations entered answers the question; a year with nothing stays unknown.
    ...(y || registeredIn(h, q.year).length ? { registered: registeredIn(h, q.year).includes(q.awardType) } : {}),
    ...(members ? { members } : {}),
    // The board's findings for the year; not established → left out (the rules then say "not met").
    ...(y && y.cluster_leader !== null ? { clusterLeader: y.cluster_leader === 1 } : {}),
    ...(y && y.exceeded_targets !== null ? { exceededTargets: y.exceeded_targets === 1 } : {}),
  };
  return { awardType: q.awardType, year: q.year, ...(q.decisionDate ? { decisionDate: q.decisionDate } : {}), subject: history };
}

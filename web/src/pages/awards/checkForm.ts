/** The eligibility form's values, the request built from them, and server errors mapped back onto fields. */
import type { FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import type {
  DisciplineForm, EligibilityRequest, Members, Rating, Scope, SubjectHistory, SubjectKind, TitleKind,
} from '../../api/awards.js';
import { ApiError } from '../../api/client.js';

/** The per-year grid covers the year under review and the five before it. */
export const GRID_YEARS = 6;

export interface YearEntry {
  rating?: Rating;
  titles?: string[];
  /** Award code → kind; absent means regular. */
  kinds?: Record<string, TitleKind | undefined>;
}

export interface CheckValues {
  awardType?: string;
  year: number;
  decisionDate?: Dayjs | null;
  kind: SubjectKind;
  gender?: 'female' | 'male';
  /** Keyed `y2024` so a year's entries stay with it when the year under review changes. */
  history?: Record<string, YearEntry | undefined>;
  initiatives?: ({ year?: number; scope?: Scope } | undefined)[];
  scienceWorks?: ({ year?: number; scope?: Scope } | undefined)[];
  disciplines?: ({ form?: DisciplineForm; from?: Dayjs | null; to?: Dayjs | null } | undefined)[];
  underReview?: boolean;
  registered?: boolean;
  clusterLeader?: boolean;
  exceededTargets?: boolean;
  monthsWorked?: number | null;
  maternityMonths?: number | null;
  members?: Partial<Members>;
}

export const yearKey = (year: number) => `y${year}`;
export const gridYears = (year: number) => Array.from({ length: GRID_YEARS }, (_, i) => year - GRID_YEARS + 1 + i);

export const defaultValues = (): CheckValues => ({
  year: new Date().getFullYear() - 1,
  kind: 'individual',
  registered: true,
  monthsWorked: 12,
  initiatives: [],
  scienceWorks: [],
  disciplines: [],
});

const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);
const num = (n: number | null | undefined) => (n === null || n === undefined ? undefined : n);

/** Builds the request; `ratingYears`/`titleYears` remember which grid year each array item came from. */
export function toRequest(v: CheckValues): { body: EligibilityRequest; ratingYears: number[]; titleYears: number[] } {
  const years = gridYears(v.year);
  const ratings: SubjectHistory['ratings'] = [];
  const titles: SubjectHistory['titles'] = [];
  const ratingYears: number[] = [];
  const titleYears: number[] = [];
  for (const year of years) {
    const e = v.history?.[yearKey(year)];
    if (e?.rating) {
      ratings.push({ year, rating: e.rating });
      ratingYears.push(year);
    }
    for (const code of e?.titles ?? []) {
      const kind = e?.kinds?.[code];
      titles.push(kind && kind !== 'regular' ? { year, awardType: code, kind } : { year, awardType: code });
      titleYears.push(year);
    }
  }
  const individual = v.kind === 'individual';
  const collective = v.kind === 'collective';
  const subject: SubjectHistory = {
    kind: v.kind,
    gender: individual ? v.gender : undefined,
    ratings,
    titles,
    initiatives: individual
      ? (v.initiatives ?? []).flatMap((i, n) => (i?.year && i.scope ? [{ id: `SK${n + 1}`, year: i.year, scope: i.scope }] : []))
      : [],
    scienceWorks: individual ? (v.scienceWorks ?? []).flatMap((w) => (w?.year && w.scope ? [{ year: w.year, scope: w.scope }] : [])) : [],
    disciplines: (v.disciplines ?? []).flatMap((d) => (d?.form && d.from ? [{ form: d.form, from: iso(d.from) as string, to: iso(d.to) }] : [])),
    underReview: v.underReview ?? false,
    registered: v.registered ?? false,
    monthsWorked: individual ? num(v.monthsWorked) : undefined,
    maternityMonths: individual ? num(v.maternityMonths) : undefined,
    members: collective && v.members?.total !== undefined && v.members.total !== null ? {
      total: v.members.total,
      ldtt: v.members.ldtt ?? 0,
      cstdcs: v.members.cstdcs ?? 0,
      completedDuties: v.members.completedDuties ?? 0,
      disciplinedWarningOrAbove: v.members.disciplinedWarningOrAbove ?? 0,
      women: v.members.women ?? 0,
    } : undefined,
    clusterLeader: collective ? v.clusterLeader ?? false : undefined,
    exceededTargets: collective ? v.exceededTargets ?? false : undefined,
  };
  return {
    body: { awardType: v.awardType ?? '', year: v.year, decisionDate: iso(v.decisionDate), subject },
    ratingYears,
    titleYears,
  };
}

type NamePath = (string | number)[];

/** "subject.members.total" → ["members","total"]; a rating or title index → its grid year's field. */
function fieldOf(path: string, ratingYears: number[], titleYears: number[]): NamePath | null {
  const parts = path.replace(/^\/?(body[./])?/, '').split(/[/.]/).filter(Boolean);
  if (parts[0] === 'subject') parts.shift();
  const [head, index, leaf] = parts;
  if (head === undefined) return null;
  if (head === 'ratings' || head === 'titles') {
    const year = (head === 'ratings' ? ratingYears : titleYears)[Number(index)];
    return year === undefined ? null : ['history', yearKey(year), head === 'ratings' ? 'rating' : 'titles'];
  }
  if (['initiatives', 'scienceWorks', 'disciplines'].includes(head)) {
    return index === undefined || leaf === undefined ? null : [head, Number(index), leaf];
  }
  if (head === 'members') return index === undefined ? ['members', 'total'] : ['members', index];
  if (head === 'kind') return ['kind'];
  const top = ['awardType', 'year', 'decisionDate', 'gender', 'monthsWorked', 'maternityMonths'];
  return top.includes(head) ? [head] : null;
}

/** Puts each detail on its field; returns the text for the alert above the form, or null when all landed. */
export function applyCheckErrors(form: FormInstance, error: unknown, ratingYears: number[], titleYears: number[]): string | null {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const placed: { name: NamePath; errors: string[] }[] = [];
  const unplaced: string[] = [];
  for (const d of error.details) {
    const name = fieldOf(d.path, ratingYears, titleYears);
    if (name) placed.push({ name, errors: [d.message] });
    else unplaced.push(d.message);
  }
  form.setFields(placed);
  if (placed.length > 0 && unplaced.length === 0) return null;
  return [error.message, ...unplaced].join(' ');
}

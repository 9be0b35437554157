/** Subject history (hồ sơ thi đua) of a person or a unit, its edits, and eligibility judged on it. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl } from './client.js';
import type { DisciplineForm, EligibilityResult, Members, Rating, Scope } from './awards.js';
import type { Person, Unit } from './types.js';

/** Route segment of the subject: a person (individual) or a unit (as a collective). */
export type HistoryBase = 'people' | 'units';

export interface Work {
  id: string;
  title: string;
  year: number;
  scope: Scope;
  decision: { number: string | null; date: string | null; issuer: string | null };
  usedFor: { year: number; awardType: string }[];
}

export interface DisciplineEntry {
  id: string;
  form: DisciplineForm;
  from: string;
  to: string | null;
  decisionNumber: string | null;
}

export interface YearEntry {
  year: number;
  monthsWorked: number | null;
  maternityMonths: number | null;
  registered: string[];
  members: Members | null;
  /** Collectives: the board's findings for the year (null = not established). */
  clusterLeader?: boolean | null;
  exceededTargets?: boolean | null;
}

export interface BoardFacts {
  clusterLeader: boolean | null;
  exceededTargets: boolean | null;
}

export interface History {
  subject: { kind: 'individual' | 'collective'; id: string; name: string; unit: { id: string; name: string } };
  ratings: { year: number; rating: Rating }[];
  titles: { awardId: string; year: number; awardType: string; awardTypeName: string; kind: string }[];
  initiatives: Work[];
  scienceWorks: Work[];
  disciplines: DisciplineEntry[];
  years: YearEntry[];
  review: { underReview: boolean; note: string | null; updatedAt: string | null };
}

export interface WorkBody {
  title: string;
  year: number;
  scope: Scope;
  decision?: { number?: string | null; date?: string | null; issuer?: string | null };
}

export interface DisciplineBody {
  form: DisciplineForm;
  from: string;
  to?: string | null;
  decisionNumber?: string | null;
}

export interface YearBody {
  monthsWorked?: number | null;
  maternityMonths?: number | null;
  registered?: string[];
  members?: Members | null;
}

export type WorkList = 'initiatives' | 'science-works';

const historyKey = (base: HistoryBase, id: string) => ['history', base, id] as const;

export const useHistory = (base: HistoryBase, id: string) =>
  useQuery({ queryKey: historyKey(base, id), queryFn: () => api.get<History>(`/${base}/${id}/history`) });

/** The person or unit record itself (position, code) for the page header. */
export const useSubjectRecord = (base: HistoryBase, id: string) =>
  useQuery({ queryKey: [base, 'one', id], queryFn: () => api.get<Person | Unit>(`/${base}/${id}`) });

/** Every history write answers with the whole History: it replaces the cached one. */
function useHistoryWrite<V>(base: HistoryBase, id: string, call: (h: string, v: V) => Promise<History>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: V) => call(`/${base}/${id}/history`, v),
    onSuccess: (h) => qc.setQueryData(historyKey(base, id), h),
  });
}

export function useHistoryActions(base: HistoryBase, id: string) {
  return {
    putRating: useHistoryWrite(base, id, (h, v: { year: number; rating: Rating | null }) =>
      v.rating ? api.put<History>(`${h}/ratings/${v.year}`, { rating: v.rating }) : api.del<History>(`${h}/ratings/${v.year}`)),
    addWork: useHistoryWrite(base, id, (h, v: { list: WorkList; body: WorkBody }) => api.post<History>(`${h}/${v.list}`, v.body)),
    deleteWork: useHistoryWrite(base, id, (h, v: { list: WorkList; itemId: string }) => api.del<History>(`${h}/${v.list}/${v.itemId}`)),
    addDiscipline: useHistoryWrite(base, id, (h, v: DisciplineBody) => api.post<History>(`${h}/disciplines`, v)),
    deleteDiscipline: useHistoryWrite(base, id, (h, itemId: string) => api.del<History>(`${h}/disciplines/${itemId}`)),
    putYear: useHistoryWrite(base, id, (h, v: { year: number; body: YearBody }) => api.put<History>(`${h}/years/${v.year}`, v.body)),
    putBoardFacts: useHistoryWrite(base, id, (h, v: { year: number; body: BoardFacts }) => api.put<History>(`${h}/years/${v.year}/board-facts`, v.body)),
    putReview: useHistoryWrite(base, id, (h, v: { underReview: boolean; note: string | null }) => api.put<History>(`${h}/review`, v)),
  };
}

export type StoredEligibility = EligibilityResult & { subject: { kind: string; id: string; name: string } };

export const useStoredEligibility = (base: HistoryBase, id: string) =>
  useMutation({
    mutationFn: (q: { year: number; awardType: string; decisionDate?: string }) =>
      api.get<StoredEligibility>(`/${base}/${id}/eligibility`, q),
  });

/** The Excel sheets of subject history, one template each. */
export const HISTORY_SHEETS = ['ratings', 'works', 'disciplines', 'years'] as const;
export type HistorySheet = (typeof HISTORY_SHEETS)[number];
export const historyTemplateUrl = (sheet: HistorySheet) => apiUrl(`/history/${sheet}/import-template.xlsx`);

/** All or nothing; every history in the cache may have changed. */
export function useImportHistory() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { sheet: HistorySheet; file: File }) =>
      api.upload<{ imported: number; people: number; units: number }>(`/history/${v.sheet}/imports`, v.file),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['history'] }),
  });
}

/** Award registry (sổ vàng): search with cursor paging, stats, record, revoke, history, Excel in/out. */
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl, type ApiErrorDetail } from './client.js';
import type { Scope, SubjectKind } from './awards.js';

export const COMMENDATION_KINDS = ['regular', 'thematic', 'unscheduled', 'lifetime', 'service_years', 'foreign'] as const;
export type CommendationKind = (typeof COMMENDATION_KINDS)[number];
export const STATS_GROUPS = ['awardType', 'unit', 'year', 'gender', 'ethnicity', 'leader'] as const;
export type StatsGroup = (typeof STATS_GROUPS)[number];

export interface Award {
  id: string;
  subject: { kind: SubjectKind; id: string | null; name: string };
  unit: { id: string; name: string };
  awardType: string;
  awardTypeName: string;
  level: Scope;
  kind: CommendationKind;
  year: number;
  decision: { number: string; date: string | null; issuer: string; issuerUnitId: string | null };
  certificateNo: string | null;
  rewardAmount: number | null;
  revoked: boolean;
  revocation: { decisionNumber: string; decisionDate: string; reason: string } | null;
}

/** Filters of GET /awards (and of its Excel export); the stats read unitId, years and level only. */
export interface AwardFilters {
  q?: string;
  unitId?: string;
  yearFrom?: number;
  yearTo?: number;
  awardType?: string;
  level?: Scope;
  gender?: 'male' | 'female';
  ethnicity?: string;
}

export interface StatsRow {
  key: string | number | null;
  label: string | null;
  count: number;
}

export type ImportState = 'validating' | 'importing' | 'succeeded' | 'failed';

export interface ImportJob {
  id: string;
  fileName: string;
  state: ImportState;
  processed: number;
  total: number;
  imported: number;
  errors: ApiErrorDetail[];
}

export interface RecordAwardBody {
  subject: { kind: SubjectKind; personId?: string; unitId?: string; name?: string };
  awardType: string;
  kind: CommendationKind;
  year: number;
  decision: { number: string; date: string | null; issuer: string };
  certificateNo: string | null;
  rewardAmount: number | null;
}

export interface RevokeBody {
  decisionNumber: string;
  decisionDate: string;
  reason: string;
}

const PAGE_SIZE = 50;
const IMPORT_POLL_MS = 800;

export const useAwards = (filters: AwardFilters) =>
  useInfiniteQuery({
    queryKey: ['awards', 'list', filters],
    // The first page also asks how many awards match (the server stops counting past 10,000).
    queryFn: ({ pageParam }) =>
      api.get<{ items: Award[]; nextCursor: string | null; total?: { count: number; more: boolean } }>('/awards', {
        ...filters, limit: PAGE_SIZE, cursor: pageParam, ...(pageParam ? {} : { count: true }),
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

export const useAwardStats = (groupBy: StatsGroup, f: Pick<AwardFilters, 'unitId' | 'yearFrom' | 'yearTo' | 'level' | 'awardType' | 'gender'>) =>
  useQuery({
    queryKey: ['awards', 'stats', groupBy, f],
    queryFn: () => api.get<{ groups: StatsRow[] }>('/awards/stats', { groupBy, ...f }),
    select: (d) => d.groups,
    placeholderData: keepPreviousData,
  });

export const awardsXlsxUrl = (filters: AwardFilters) => apiUrl('/awards/export.xlsx', { ...filters });
export const importTemplateUrl = () => apiUrl('/awards/import-template.xlsx');

export const useSubjectAwards = (subject: { kind: 'person' | 'unit'; id: string } | null) =>
  useQuery({
    queryKey: ['awards', 'history', subject?.kind, subject?.id],
    queryFn: () => api.get<{ items: Award[] }>(`/${subject?.kind === 'unit' ? 'units' : 'people'}/${subject?.id}/awards`),
    select: (d) => d.items,
    enabled: Boolean(subject),
  });

export function useRecordAward() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordAwardBody) => api.post<Award>('/awards', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['awards'] }),
  });
}

export function useRevokeAward() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RevokeBody }) => api.post<Award>(`/awards/${id}/revoke`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['awards'] }),
  });
}

export const useStartImport = () => useMutation({ mutationFn: (file: File) => api.upload<ImportJob>('/awards/imports', file) });

const finished = (s: ImportState | undefined) => s === 'succeeded' || s === 'failed';

/** Follows an import until it has succeeded or failed; the registry reloads once it succeeds. */
export function useImportJob(id: string | undefined) {
  const qc = useQueryClient();
  return useQuery({
    queryKey: ['award-import', id],
    queryFn: async () => {
      const job = await api.get<ImportJob>(`/awards/imports/${id}`);
      if (job.state === 'succeeded') void qc.invalidateQueries({ queryKey: ['awards'] });
      return job;
    },
    enabled: Boolean(id),
    refetchInterval: (q) => (finished(q.state.data?.state) ? false : IMPORT_POLL_MS),
  });
}

/** Movements (editing, launch, registration, reports), title registrations, clusters and blocks, notifications. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Totals } from '../../../src/modules/clusters/domain/scoring.js';
import type { CriteriaGroup } from '../../../src/modules/clusters/domain/template.js';
import type { ScorecardAction, ScorecardStatus } from '../../../src/modules/clusters/domain/scorecard.js';
import type { MovementAction } from '../../../src/modules/movements/domain/status.js';
import { api } from './client.js';
import type { MovementDetail } from './types.js';

export type { CriteriaGroup, MovementAction, ScorecardAction, ScorecardStatus, Totals };

export interface MovementDocumentFull {
  id: string; kind: string; number: string; date: string; issuer: string; signer: string | null; title: string; url: string | null; fileUrl: string | null;
}
export interface MovementFull extends Omit<MovementDetail, 'documents'> {
  registrationDeadline: string | null;
  midTermDeadline: string | null;
  finalDeadline: string | null;
  launchedAt: string | null;
  documents: MovementDocumentFull[];
  scope: Array<{ id: string; code: string; name: string }>;
  indicatorCount: number;
}
export interface MovementBody {
  code: string; title: string; theme: string; kind: string; year: number;
  directive: { number: string; date: string; signer: string };
  periodStart: string; periodEnd: string; contents: string[];
  documents: Array<{ kind: string; number: string; date: string; issuer: string; signer?: string | null; title: string; url?: string | null; fileId?: string | null }>;
  scopeUnitIds: string[]; registrationDeadline?: string | null; midTermDeadline?: string | null; finalDeadline?: string | null;
}
export type SubmissionState = 'on_time' | 'late' | 'missing';
export interface RegistrationRow { unit: { id: string; name: string }; state: SubmissionState; registeredAt: string | null; commitments: string | null; targets: Array<{ name: string; target: string }> }
/** A page of a roll-up: counts of the reader's whole scope, how many match the filters, the page, and the officer's own row. */
export interface Rollup<R> { total: number; onTime: number; late: number; missing: number; deadline: string | null; matched: number; limit: number; offset: number; own: R | null; rows: R[] }
export type RollupFilter = 'submitted' | 'on_time' | 'late' | 'missing';
export interface RollupQuery { q?: string; state?: RollupFilter; limit: number; offset: number }
export interface ReportRow { unit: { id: string; name: string }; state: SubmissionState; submittedAt: string | null; body: string | null; files: Array<{ name: string; url: string }> }
export type ReportKind = 'mid_term' | 'final';

export const useMovementFull = (id: string | undefined) =>
  useQuery({ queryKey: ['movement', id], queryFn: () => api.get<MovementFull>(`/movements/${id}`), enabled: Boolean(id) });
export const useRegistrations = (id: string | undefined, query: RollupQuery) =>
  useQuery({ queryKey: ['movement', id, 'registrations', query], queryFn: () => api.get<Rollup<RegistrationRow>>(`/movements/${id}/registrations`, { ...query }), enabled: Boolean(id), placeholderData: keepPreviousData });
export const useReports = (id: string | undefined, kind: ReportKind, query: RollupQuery) =>
  useQuery({ queryKey: ['movement', id, 'reports', kind, query], queryFn: () => api.get<Rollup<ReportRow>>(`/movements/${id}/reports`, { kind, ...query }), enabled: Boolean(id), placeholderData: keepPreviousData });

/** Every mutation refreshes what it may have changed, including the bell. */
function useInvalidating<A, R>(fn: (a: A) => Promise<R>, keys: string[][]) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => Promise.all([...keys, ['notifications']].map((queryKey) => qc.invalidateQueries({ queryKey }))) });
}

export const useSaveMovement = () => useInvalidating(({ id, body }: { id?: string; body: MovementBody }) =>
  id ? api.put<MovementFull>(`/movements/${id}`, body) : api.post<MovementFull>('/movements', body), [['movements'], ['movement']]);
export const useMovementAction = (id: string) => useInvalidating((action: MovementAction) => api.post<MovementFull>(`/movements/${id}/transitions`, { action }), [['movements'], ['movement', id]]);
export const useRegisterUnit = (id: string) => useInvalidating(({ unitId, commitments, targets }: { unitId: string; commitments: string; targets: Array<{ name: string; target: string }> }) =>
  api.put<RegistrationRow>(`/movements/${id}/registrations/${unitId}`, { commitments, targets }), [['movement', id]]);
export const useSubmitReport = (id: string) => useInvalidating(({ unitId, kind, body, fileIds }: { unitId: string; kind: ReportKind; body: string; fileIds: string[] }) =>
  api.put<ReportRow>(`/movements/${id}/reports/${unitId}/${kind}`, { body, fileIds }), [['movement', id]]);
export const uploadFile = (file: File) => api.upload<{ id: string; name: string; size: number }>('/uploads', file);

export interface TitleRegistration { subject: { kind: 'individual' | 'collective'; id: string; name: string }; unit: { id: string; name: string }; awardType: string; awardName: string; year: number; registeredAt: string | null; source: string | null }
export const useTitleRegistrations = (year: number, unitId?: string) =>
  useQuery({ queryKey: ['title-registrations', year, unitId], queryFn: () => api.get<{ items: TitleRegistration[] }>('/title-registrations', { year, unitId }).then((d) => d.items) });
export const useRegisterTitle = () => useInvalidating((b: { subjectKind: string; subjectId: string; awardType: string; year: number }) => api.post('/title-registrations', b), [['title-registrations']]);
export const useWithdrawTitle = () => useInvalidating((b: { subjectKind: string; subjectId: string; awardType: string; year: number }) =>
  api.del(`/title-registrations?${new URLSearchParams({ ...b, year: String(b.year) }).toString()}`), [['title-registrations']]);
export const useImportTitles = () => useInvalidating((file: File) => api.upload<{ imported: number }>('/title-registrations/import', file), [['title-registrations']]);

export interface ClusterSummary {
  id: string; year: number; kind: 'cluster' | 'block'; name: string; isDemo: boolean; memberCount: number;
  leader: { id: string; name: string } | null; deputy: { id: string; name: string } | null;
  pact: { number: string | null; date: string | null }; publishedAt: string | null; me: { leads: boolean; member: boolean };
}
export interface ClusterDetail {
  id: string; year: number; kind: 'cluster' | 'block'; name: string; isDemo: boolean; leaderUnitId: string | null; deputyUnitId: string | null;
  pact: { number: string | null; date: string | null; fileUrl: string | null }; publishedAt: string | null;
  members: Array<{ id: string; code: string; name: string }>; certificateQuota: number;
  me: { leads: boolean; member: boolean; board: boolean }; template: CriteriaGroup[];
}
export interface ClusterBody { year: number; kind: string; name: string; memberUnitIds: string[]; leaderUnitId?: string | null; deputyUnitId?: string | null }
export interface ScoreView { criterionId: string; self: number | null; selfNote: string | null; evidenceUrl: string | null; evidenceFileUrl: string | null; assessed: number | null; assessedNote: string | null; fromTargets: number | null }
export interface Scorecard {
  cluster: { id: string; name: string; year: number; publishedAt: string | null }; unit: { id: string; name: string };
  status: ScorecardStatus; returnReason: string | null; submittedAt: string | null; assessedAt: string | null; approvedAt: string | null;
  template: CriteriaGroup[]; maximum: number; scores: ScoreView[]; selfTotals: Totals; totals: Totals;
  can: { score: boolean; assess: boolean; approve: boolean; return: boolean };
}
export interface RankingRow { rank: number | null; decidedBy: string; unit: { id: string; name: string }; status: ScorecardStatus; totals: Totals | null }
export interface Results { cluster: { id: string; name: string; year: number; kind: string; publishedAt: string | null }; maximum: number; complete: boolean; rows: RankingRow[]; canPublish: boolean }
export interface Votes {
  open: boolean; quota: number; members: number; cast: number; done: boolean;
  voted: Array<{ unit: { id: string; name: string }; voted: boolean }>;
  tallies: Array<{ unit: { id: string; name: string }; leading: number; certificates: number }> | null;
  result: { leading: { id: string; name: string } | null; certificates: Array<{ id: string; name: string }> } | null;
  /** The proposal drawn up from this vote; shown to whoever may draw it up. */
  proposal: { id: string; title: string; state: string } | null;
  mayDraftProposal: boolean;
}

export const useClusters = (year: number) => useQuery({ queryKey: ['clusters', year], queryFn: () => api.get<{ items: ClusterSummary[] }>('/clusters', { year }).then((d) => d.items) });
export const useCluster = (id: string | undefined) => useQuery({ queryKey: ['cluster', id], queryFn: () => api.get<ClusterDetail>(`/clusters/${id}`), enabled: Boolean(id) });
export const useSaveCluster = () => useInvalidating(({ id, body }: { id?: string; body: ClusterBody }) =>
  id ? api.put<ClusterDetail>(`/clusters/${id}`, body) : api.post<ClusterDetail>('/clusters', body), [['clusters'], ['cluster']]);
export const useSavePact = (id: string) => useInvalidating((b: { number: string; date: string; fileId?: string | null }) => api.put<ClusterDetail>(`/clusters/${id}/pact`, b), [['cluster', id], ['clusters']]);
export const useSaveTemplate = (id: string) => useInvalidating((groups: CriteriaGroup[]) => api.put<CriteriaGroup[]>(`/clusters/${id}/template`, { groups }), [['cluster', id]]);
export const useCopyTemplate = (id: string) => useInvalidating((fromClusterId: string) => api.post(`/clusters/${id}/template/copy`, { fromClusterId }), [['cluster', id]]);
export const useScorecard = (id: string | undefined, unitId: string | undefined, enabled = true) =>
  useQuery({ queryKey: ['cluster', id, 'scorecard', unitId], queryFn: () => api.get<Scorecard>(`/clusters/${id}/scorecards/${unitId}`), enabled: Boolean(id && unitId) && enabled, retry: false });
export const useSaveScores = (id: string, unitId: string) => useInvalidating(({ side, scores }: { side: 'self' | 'assessment'; scores: Array<{ criterionId: string; points: number | null; note?: string | null; evidenceUrl?: string | null }> }) =>
  api.put<Scorecard>(`/clusters/${id}/scorecards/${unitId}/${side}`, { scores }), [['cluster', id]]);
export const useScorecardAction = (id: string, unitId: string) => useInvalidating(({ action, reason }: { action: ScorecardAction; reason?: string }) =>
  api.post<Scorecard>(`/clusters/${id}/scorecards/${unitId}/actions`, { action, reason }), [['cluster', id]]);
export const useResults = (id: string | undefined, enabled: boolean) =>
  useQuery({ queryKey: ['cluster', id, 'results'], queryFn: () => api.get<Results>(`/clusters/${id}/results`), enabled: Boolean(id) && enabled, retry: false });
export const usePublish = (id: string) => useInvalidating(() => api.post<Results>(`/clusters/${id}/publish`), [['cluster', id], ['clusters']]);
export const useVotes = (id: string | undefined, enabled: boolean) =>
  useQuery({ queryKey: ['cluster', id, 'votes'], queryFn: () => api.get<Votes>(`/clusters/${id}/votes`), enabled: Boolean(id) && enabled, retry: false });
export const useDraftClusterProposal = (id: string) => useInvalidating(() => api.post<{ id: string }>(`/clusters/${id}/proposal`, {}), [['cluster', id, 'votes'], ['proposals']]);
export const useCastBallot = (id: string) => useInvalidating((b: { unitId: string; leading: string; certificates: string[] }) => api.post<Votes>(`/clusters/${id}/votes`, b), [['cluster', id]]);

export interface Notification { id: string; title: string; body: string; link: string | null; createdAt: string; read: boolean }
export const useNotifications = () =>
  useQuery({ queryKey: ['notifications'], queryFn: () => api.get<{ unread: number; items: Notification[] }>('/notifications', { limit: 20 }), refetchInterval: 60_000 });
export const useMarkRead = () => useInvalidating((ids: string[] | undefined) => api.post<{ unread: number }>('/notifications/read', ids ? { ids } : {}), []);

export interface TodoItem { kind: 'register' | 'score' | 'assess' | 'approve'; title: string; detail: string; link: string; deadline: string | null }
export const useEmulationTodo = () => useQuery({ queryKey: ['cluster', 'todo'], queryFn: () => api.get<{ items: TodoItem[] }>('/emulation/todo').then((d) => d.items) });

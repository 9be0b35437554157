/** Reports: awards grouped (within the caller's scope), targets per year, movements; Excel and Word links. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, apiUrl } from './client.js';

export const REPORT_GROUPS = ['year', 'unit', 'awardType', 'level', 'gender', 'ethnicity', 'leader'] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];

export interface AwardReport { title: string; subtitle: string; total: number; groups: Array<{ key: string | number | null; label: string | null; count: number }> }
export interface TargetYear { year: number; movement: string; total: number; counts: Record<string, number> }
export interface MovementReportRow { year: number; code: string; title: string; status: string; directive: string; indicators: number; news: number; practices: number }

export interface AwardReportQuery { groupBy: ReportGroup; yearFrom?: number; yearTo?: number }

export const useAwardReport = (q: AwardReportQuery) =>
  useQuery({ queryKey: ['reports', 'awards', q], queryFn: () => api.get<AwardReport>('/reports/awards', { ...q }), placeholderData: keepPreviousData });
export const useTargetsReport = () => useQuery({ queryKey: ['reports', 'targets'], queryFn: () => api.get<{ items: TargetYear[] }>('/reports/targets') });
export const useMovementsReport = () => useQuery({ queryKey: ['reports', 'movements'], queryFn: () => api.get<{ items: MovementReportRow[] }>('/reports/movements') });

/** A cluster's or block's published ranks per year (a year missing from `ranks`: not a member then). */
export interface RankingSeries { kind: string; name: string; years: number[]; units: Array<{ unitId: string; unitName: string; ranks: Record<string, number | null> }> }
export interface YearRange { yearFrom?: number; yearTo?: number }
export const useClusterRankings = (q: YearRange) =>
  useQuery({ queryKey: ['reports', 'cluster-rankings', q], queryFn: () => api.get<{ items: RankingSeries[] }>('/reports/cluster-rankings', { ...q }), placeholderData: keepPreviousData });
export const clusterRankingsXlsx = (q: YearRange) => apiUrl('/reports/cluster-rankings.xlsx', { ...q });

export const awardReportXlsx = (q: AwardReportQuery) => apiUrl('/reports/awards.xlsx', { ...q });
export const targetsXlsx = () => apiUrl('/reports/targets.xlsx');
export const movementsXlsx = () => apiUrl('/reports/movements.xlsx');
export const yearlyDocx = (year: number) => apiUrl(`/reports/yearly/${year}.docx`);

/** Form 0602.N/BNV-TĐKT: State-level awards of a year for a reporting unit (the caller's own by default). */
export interface StateFormQuery { year: number; unitId?: string }
export interface StateForm {
  formCode: string; year: number; reportingUnit: { id: string; name: string }; receivingUnit: string;
  columns: Array<{ awardType: string; name: string; subject: 'collective' | 'individual' }>;
  rows: Array<{ code: string; label: string; measure: string; section: boolean; extra: boolean; total: number | null; cells: Array<number | null> }>;
  notInCatalogue: string[];
}
export const useStateForm = (q: StateFormQuery) =>
  useQuery({ queryKey: ['reports', 'state-awards', q], queryFn: () => api.get<StateForm>('/reports/state-awards', { ...q }), placeholderData: keepPreviousData });
export const stateFormXlsx = (q: StateFormQuery) => apiUrl('/reports/state-awards.xlsx', { ...q });

/** Queries and mutations of the movements and targets module. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl } from './client.js';
import type {
  Dashboard, Evaluation, IndicatorDetail, IndicatorValue, Movement, MovementDetail, ValueKind,
} from './types.js';

/** `q`: searched in name, theme and directive number on the server, without diacritics or đ. */
export const useMovements = (q?: string) =>
  useQuery({
    queryKey: ['movements', q ?? ''],
    queryFn: () => api.get<{ items: Movement[] }>('/movements', { q }),
    select: (d) => [...d.items].sort((a, b) => b.year - a.year),
    placeholderData: keepPreviousData,
  });

export const useMovement = (id: string | undefined) =>
  useQuery({
    queryKey: ['movement', id],
    queryFn: () => api.get<MovementDetail>(`/movements/${id}`),
    enabled: Boolean(id),
  });

export const useDashboard = (movementId: string | undefined, asOf?: string) =>
  useQuery({
    queryKey: ['dashboard', movementId, asOf ?? null],
    queryFn: () => api.get<Dashboard>(`/movements/${movementId}/dashboard`, { asOf }),
    enabled: Boolean(movementId),
    placeholderData: keepPreviousData,
  });

export const usePublicDashboard = (year: string | undefined) =>
  useQuery({
    queryKey: ['public-dashboard', year],
    queryFn: () => api.get<Dashboard>(`/public/dashboard/${year}`),
    enabled: Boolean(year),
  });

export const useIndicator = (id: string | undefined) =>
  useQuery({
    queryKey: ['indicator', id],
    queryFn: () => api.get<IndicatorDetail>(`/indicators/${id}`),
    enabled: Boolean(id),
  });

export const indicatorValuesQuery = (id: string) => ({
  queryKey: ['indicator-values', id],
  queryFn: () => api.get<{ items: IndicatorValue[] }>(`/indicators/${id}/values`),
});

export const useIndicatorValues = (id: string | undefined) =>
  useQuery({ ...indicatorValuesQuery(id ?? ''), enabled: Boolean(id) });

export interface QueuedValue extends IndicatorValue {
  indicator: { id: string; code: string; name: string; unit: string };
  responsibleUnit: { id: string; name: string };
}

/** Values waiting for the board's review, oldest first. */
export const useReviewQueue = () =>
  useQuery({ queryKey: ['indicator-values', 'queue'], queryFn: () => api.get<{ items: QueuedValue[] }>('/review-queue') });

export const useEvaluation = (id: string | undefined, asOf?: string) =>
  useQuery({
    queryKey: ['evaluation', id, asOf ?? null],
    queryFn: () => api.get<Evaluation>(`/indicators/${id}/evaluation`, { asOf }),
    enabled: Boolean(id),
  });

/** After any value change, everything derived from values is refetched. */
function useInvalidateValues() {
  const qc = useQueryClient();
  return () =>
    Promise.all(
      ['indicator-values', 'evaluation', 'dashboard', 'public-dashboard'].map((k) =>
        qc.invalidateQueries({ queryKey: [k] }),
      ),
    );
}

export interface NewValue {
  period: string;
  value: number;
  kind: ValueKind;
  note?: string;
  evidenceUrl?: string;
  file?: File;
}

export function useReportValue(indicatorId: string) {
  const invalidate = useInvalidateValues();
  return useMutation({
    mutationFn: async ({ file, ...body }: NewValue) => {
      const value = await api.post<IndicatorValue>(`/indicators/${indicatorId}/values`, body);
      if (file) await api.upload(`/indicator-values/${value.id}/evidence`, file);
      return value;
    },
    onSettled: invalidate,
  });
}

export function useReviewValue() {
  const invalidate = useInvalidateValues();
  return useMutation({
    mutationFn: ({ id, decision, note }: { id: string; decision: 'accept' | 'return'; note?: string }) =>
      api.post<IndicatorValue>(`/indicator-values/${id}/review`, { decision, note }),
    // Not awaited: the refetch removes the reviewed row, and its own onSuccess (the confirmation) must still run.
    onSuccess: () => {
      void invalidate();
    },
  });
}

export function useImportValues(movementId: string) {
  const invalidate = useInvalidateValues();
  return useMutation({
    mutationFn: (file: File) => api.upload<{ imported: number }>(`/movements/${movementId}/values-import`, file),
    onSuccess: invalidate,
  });
}

export const evidenceFileUrl = (valueId: string) => apiUrl(`/indicator-values/${valueId}/evidence`);
export const dashboardXlsxUrl = (movementId: string, asOf?: string) =>
  apiUrl(`/movements/${movementId}/dashboard.xlsx`, { asOf });
export const templateXlsxUrl = (movementId: string) => apiUrl(`/movements/${movementId}/values-template.xlsx`);

/** The board's definitions of a movement's indicators (chỉ tiêu): list, save, remove, copy. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.js';
import type { Indicator } from './types.js';

export interface DefinedIndicator extends Indicator {
  decimals: number;
  responsibleUnitName: string;
  updatedAt: string;
  /** Absent on a leaf, so tables show no expander there. */
  children?: DefinedIndicator[];
}

export interface IndicatorBody {
  code: string; name: string; unit: string; comparator: string; target: number; targetMax: number | null;
  baseline: number | null; baselineYear: number | null; accumulation: string; frequency: string;
  responsibleUnitId: string; parentId: string | null; sourceText: string;
}

export interface CopyReport {
  copied: Array<{ code: string; name: string }>;
  skipped: Array<{ code: string; name: string; reason: string }>;
}

/** Only groups keep `children`: an empty list would give every leaf an expander. */
function trimLeaves(i: DefinedIndicator): DefinedIndicator {
  const { children, ...rest } = i;
  return children?.length ? { ...rest, children: children.map(trimLeaves) } : rest;
}

const key = (movementId: string) => ['movement-indicators', movementId];

export const useMovementIndicators = (movementId: string) =>
  useQuery({
    queryKey: key(movementId),
    queryFn: () => api.get<{ items: DefinedIndicator[] }>(`/movements/${movementId}/indicators`),
    select: (d) => d.items.map(trimLeaves),
  });

/** Every change refreshes the list, the movement (its indicator count) and the dashboards. */
function useChange<A, R>(movementId: string, fn: (a: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => Promise.all([key(movementId), ['movement', movementId], ['dashboard']].map((queryKey) => qc.invalidateQueries({ queryKey }))) });
}

export const useSaveIndicator = (movementId: string) => useChange(movementId, ({ id, updatedAt, body }: { id?: string; updatedAt?: string; body: IndicatorBody }) =>
  id ? api.put<DefinedIndicator>(`/indicators/${id}`, { ...body, updatedAt }) : api.post<DefinedIndicator>(`/movements/${movementId}/indicators`, body));
export const useDeleteIndicator = (movementId: string) => useChange(movementId, (id: string) => api.del(`/indicators/${id}`));
export const useCopyIndicators = (movementId: string) => useChange(movementId, (fromMovementId: string) => api.post<CopyReport>(`/movements/${movementId}/indicators/copy`, { fromMovementId }));
export const useReorderIndicators = (movementId: string) => useChange(movementId, (ids: string[]) => api.put(`/movements/${movementId}/indicators/order`, { ids }));

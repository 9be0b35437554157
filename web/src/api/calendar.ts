/** The working-day calendar: a year's public holidays, swapped days and make-up working days; the board keeps it. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.js';

export type DayKind = 'off' | 'work';
export interface Holiday { date: string; name: string; kind: DayKind }

export const useHolidays = (year: number) =>
  useQuery({ queryKey: ['holidays', year], queryFn: () => api.get<{ items: Holiday[] }>('/holidays', { year }) });

/** Adds a day (no `original`) or edits the day stored at `original` (its date may change). */
export function useSaveHoliday() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ original, day }: { original?: string; day: Holiday }) =>
      (original ? api.patch<Holiday>(`/holidays/${original}`, day) : api.post<Holiday>('/holidays', day)),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['holidays'] }),
  });
}

export function useRemoveHoliday() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (date: string) => api.del<void>(`/holidays/${date}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['holidays'] }),
  });
}

/** Board-editable award settings (the [U] rules): versions by effective date. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.js';

export interface SettingVersion {
  id?: string;
  value: unknown;
  effectiveFrom: string;
  text: string;
  source: 'default' | 'board';
  reason: string | null;
  retroactive: boolean;
  createdBy: { id: string; name: string } | null;
  createdAt: string | null;
  superseded: boolean;
}

export interface Setting {
  key: string;
  description: string;
  current: SettingVersion;
  upcoming: SettingVersion[];
  history: SettingVersion[];
}

export interface SettingBody {
  key: string;
  value: unknown;
  effectiveFrom: string;
  reason: string;
  retroactive?: boolean;
}

export const useAwardSettings = () =>
  useQuery({ queryKey: ['award-settings'], queryFn: () => api.get<{ today: string; items: Setting[] }>('/award-settings') });

export function useAddSetting() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: SettingBody) => api.post<unknown>('/award-settings', body),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['award-settings'] });
      await qc.invalidateQueries({ queryKey: ['award-types'] });
    },
  });
}

/** One's own e-mail address, and the deadline reminders sent to units. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.js';

export const useOwnEmail = (enabled: boolean) =>
  useQuery({ queryKey: ['me', 'email'], queryFn: () => api.get<{ email: string | null }>('/me/email'), enabled });

export function useSetOwnEmail() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (email: string | null) => api.put<{ email: string | null }>('/me/email', { email }),
    onSuccess: (r) => qc.setQueryData(['me', 'email'], r),
  });
}

export type ReminderKind = 'due_soon' | 'overdue' | 'year_end';
export type MailStatus = 'off' | 'no_address' | 'pending' | 'sent' | 'failed';

export interface Reminder {
  id: string;
  kind: ReminderKind;
  unit: { id: string; name: string };
  proposalId: string | null;
  title: string;
  year: number;
  dueDate: string;
  sentOn: string;
  notified: number;
  mail: { status: MailStatus; to: string | null; error: string | null; at: string | null };
}

export const useReminders = () => useQuery({ queryKey: ['reminders'], queryFn: () => api.get<{ items: Reminder[] }>('/reminders?limit=200') });

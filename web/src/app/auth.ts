/** The signed-in user, kept in the query cache under ME_KEY (null when signed out). */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchMe, login as apiLogin, logout as apiLogout } from '../api/auth.js';
import type { Role, User } from '../api/types.js';

export const ME_KEY = ['me'] as const;

export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: Infinity, retry: false });
}

export function useAuthActions() {
  const qc = useQueryClient();
  return {
    login: async (username: string, password: string) => {
      const user = await apiLogin(username, password);
      qc.setQueryData(ME_KEY, user);
      return user;
    },
    logout: async () => {
      await apiLogout().catch(() => undefined);
      qc.clear();
      qc.setQueryData(ME_KEY, null);
    },
  };
}

export const hasRole = (user: User | null | undefined, ...roles: Role[]) =>
  Boolean(user?.roles.some((r) => roles.includes(r)));

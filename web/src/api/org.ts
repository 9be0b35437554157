/** Queries and mutations of the organisation (admin) screens. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Query } from './client.js';
import type { AuditEntry, Page, Person, Unit, UserAccount } from './types.js';

export interface PageQuery extends Query {
  limit: number;
  offset: number;
}

const pageQuery = <T>(key: string, path: string, query: PageQuery) => ({
  queryKey: [key, query],
  queryFn: () => api.get<Page<T>>(path, query),
  placeholderData: keepPreviousData,
});

export const useUnitsPage = (q: PageQuery) => useQuery(pageQuery<Unit>('units', '/units', q));
export const usePeoplePage = (q: PageQuery) => useQuery(pageQuery<Person>('people', '/people', q));
export const useUsersPage = (q: PageQuery) => useQuery(pageQuery<UserAccount>('users', '/users', q));
export const useAuditPage = (q: PageQuery) => useQuery(pageQuery<AuditEntry>('audit', '/audit', q));

const ALL_UNITS_PAGE = 200;

/** Every unit the caller may see (paged through), for tree pickers and name look-ups. */
export const useAllUnits = () =>
  useQuery({
    queryKey: ['units', 'all'],
    queryFn: async () => {
      const all: Unit[] = [];
      for (let offset = 0; ; offset += ALL_UNITS_PAGE) {
        const page = await api.get<Page<Unit>>('/units', { limit: ALL_UNITS_PAGE, offset, includeInactive: true });
        all.push(...page.items);
        if (page.items.length < ALL_UNITS_PAGE || all.length >= page.total) return all;
      }
    },
    staleTime: 5 * 60_000,
  });

/** Create (no id) or update (id) a record of one of the admin collections. */
export function useSave<TBody>(collection: 'units' | 'people' | 'users') {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: TBody }) =>
      id ? api.patch<unknown>(`/${collection}/${id}`, body) : api.post<unknown>(`/${collection}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: [collection] }),
  });
}

export const useResetPassword = () =>
  useMutation({
    mutationFn: (userId: string) => api.post<{ password: string }>(`/users/${userId}/reset-password`),
  });

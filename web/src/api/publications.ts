/** Exemplary models / good practices and news: lists, details, the review steps, uploads. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client.js';

export const PUBLICATION_STATUSES = ['draft', 'submitted', 'published', 'returned'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];
export type ReviewAction = 'submit' | 'publish' | 'return';

export const PRACTICE_KINDS = ['exemplary_person', 'exemplary_collective', 'model', 'good_practice'] as const;
export const PRACTICE_FIELDS = ['economy', 'agriculture', 'education', 'health', 'culture', 'environment', 'social', 'security', 'administration', 'other'] as const;
export const NEWS_CATEGORIES = ['movement', 'award', 'model', 'cluster', 'announcement', 'other'] as const;

interface Reviewed {
  id: string;
  slug: string;
  title: string;
  summary: string;
  unit: { id: string; name: string };
  status: PublicationStatus;
  statusLabel: string;
  reviewNote: string | null;
  updatedAt: string;
}

export interface Practice extends Reviewed {
  kind: (typeof PRACTICE_KINDS)[number];
  kindLabel: string;
  field: (typeof PRACTICE_FIELDS)[number];
  fieldLabel: string;
  location: string | null;
  movementId: string | null;
  featured: boolean;
  publishedAt: string | null;
  tags: string[];
}

export interface PracticeDetail extends Practice {
  contentHtml: string;
  awards: Array<{ id: string; subjectName: string; awardType: string; year: number; decisionNumber: string }>;
  files: Array<{ id: string; kind: 'image' | 'attachment'; caption: string | null; name: string; size: number; url: string }>;
  related: Practice[];
  canEdit: boolean;
}

export interface News extends Reviewed {
  category: (typeof NEWS_CATEGORIES)[number];
  categoryLabel: string;
  source: string | null;
  movementId: string | null;
  publishAt: string | null;
  cover: { url: string; alt: string | null } | null;
}

export interface NewsDetail extends News {
  contentHtml: string;
  canEdit: boolean;
}

export type Kind = 'practices' | 'news';

export interface ListFilters {
  q?: string;
  status?: PublicationStatus;
  kind?: string;
  field?: string;
  category?: string;
}

export function usePublications<T>(kind: Kind, filters: ListFilters) {
  return useQuery({
    queryKey: [kind, 'list', filters],
    queryFn: () => api.get<{ items: T[]; total: number }>(`/${kind}`, { ...filters, limit: 200 }),
    placeholderData: keepPreviousData,
  });
}

export function usePublication<T>(kind: Kind, id: string | null) {
  return useQuery({ queryKey: [kind, 'one', id], queryFn: () => api.get<T>(`/${kind}/${id}`), enabled: id !== null });
}

/** Create, edit, review steps and uploads; every success refreshes the lists and the item. */
export function usePublicationMutations(kind: Kind) {
  const qc = useQueryClient();
  const done = () => qc.invalidateQueries({ queryKey: [kind] });
  return {
    create: useMutation({ mutationFn: (body: object) => api.post<{ id: string }>(`/${kind}`, body), onSuccess: done }),
    update: useMutation({ mutationFn: ({ id, body }: { id: string; body: object }) => api.patch(`/${kind}/${id}`, body), onSuccess: done }),
    review: useMutation({
      mutationFn: ({ id, action, note, publishAt }: { id: string; action: ReviewAction; note?: string; publishAt?: string }) => api.post(`/${kind}/${id}/${action}`, { note, publishAt }),
      onSuccess: done,
    }),
    feature: useMutation({ mutationFn: ({ id, featured }: { id: string; featured: boolean }) => api.post(`/practices/${id}/feature`, { featured }), onSuccess: done }),
    upload: useMutation({
      mutationFn: ({ path, file }: { path: string; file: File }) => {
        const form = new FormData();
        form.append('file', file);
        return api.post(path, form);
      },
      onSuccess: done,
    }),
  };
}

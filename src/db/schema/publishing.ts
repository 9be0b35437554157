import type { Selectable } from 'kysely';

/** Exemplary models and good practices, and news (migration 0007): reviewed before the portal shows them. */

export interface PracticeTable {
  id: string;
  slug: string;
  kind: string;
  title: string;
  summary: string;
  content_html: string;
  field: string;
  location: string | null;
  search: string;
  unit_id: string;
  unit_path: string;
  movement_id: string | null;
  status: string;
  review_note: string | null;
  featured: number;
  published_at: string | null;
  reviewed_by: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface PracticeTagTable {
  practice_id: string;
  tag: string;
}

export interface PracticeAwardTable {
  practice_id: string;
  award_id: string;
}

export interface PracticeFileTable {
  practice_id: string;
  file_id: string;
  kind: string;
  caption: string | null;
  order_no: number;
}

export interface NewsTable {
  id: string;
  slug: string;
  title: string;
  summary: string;
  content_html: string;
  search: string;
  category: string;
  source: string | null;
  movement_id: string | null;
  document_id: string | null;
  cover_file_id: string | null;
  cover_alt: string | null;
  unit_id: string;
  unit_path: string;
  status: string;
  review_note: string | null;
  publish_at: string | null;
  reviewed_by: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export type PracticeRow = Selectable<PracticeTable>;
export type NewsRow = Selectable<NewsTable>;

/** The registry's list filter and its conditions, shared by the list, the count and the name search. */
import type { Kysely } from 'kysely';
import { inSubtree } from '../../../db/dialect.js';
import type { DB } from '../../../db/schema.js';

export const AWARDS_FTS = 'awards_fts';
/** SQLite's trigram index of the folded text after its first character (migration 0010; a GIN index on PostgreSQL). */
export const AWARDS_FTS_REST = 'awards_fts_rest';

export interface AwardFilter {
  /** Subtree (materialized path) the awards' units must lie in; null for the whole tree. */
  path: string | null;
  folded?: string;
  year?: number;
  yearFrom?: number;
  yearTo?: number;
  awardType?: string;
  level?: string;
  gender?: string;
  ethnicity?: string;
  revoked?: boolean;
  /** Keyset cursor: the last row of the previous page. */
  after?: { sortKey: string; id: string };
  limit: number;
}

/** Awards the filter keeps, the cursor included but not the text (`folded`); nothing selected yet. */
export function filtered(db: Kysely<DB>, f: Omit<AwardFilter, 'limit' | 'folded'>) {
  let q = db.selectFrom('awards');
  if (f.path) q = q.where((eb) => inSubtree(eb.ref('awards.unit_path'), f.path!));
  if (f.year !== undefined) q = q.where('awards.year', '=', f.year);
  if (f.yearFrom !== undefined) q = q.where('awards.year', '>=', f.yearFrom);
  if (f.yearTo !== undefined) q = q.where('awards.year', '<=', f.yearTo);
  if (f.awardType) q = q.where('awards.award_type', '=', f.awardType);
  if (f.level) q = q.where('awards.level', '=', f.level);
  if (f.gender) q = q.where('awards.gender', '=', f.gender);
  if (f.ethnicity) q = q.where('awards.ethnicity', '=', f.ethnicity);
  if (f.revoked !== undefined) q = q.where('awards.revoked', '=', f.revoked ? 1 : 0);
  if (f.after) {
    const { sortKey, id } = f.after;
    q = q.where((eb) => eb(eb.refTuple('awards.sort_key', 'awards.id'), '>', eb.tuple(sortKey, id)));
  }
  return q;
}

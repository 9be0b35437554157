/**
 * A page of a text search in (sort key, id) order that does not read every match (bench/README.md,
 * "Award registry"). The general search reads every match from the trigram index and sorts them:
 * ~200 000 for "nguyen van" at 5 M awards. Here, each step either proves the page or hands over:
 * 1. the next `dense` rows in page order, tested row by row: a text found all over the register
 *    ("van", "qd-ubnd") fills the page there;
 * 2. the matches that start the folded text lie, in page order, in the run of the index on its first
 *    10, 6 or 3 characters (a name: "Nguyễn Văn …" sorts as one block after "Hộ", "Lê" …): the first
 *    `prefix` entries of that run, read from the index; plus the matches after the first character (trigram
 *    index on that rest: "hộ ông nguyễn văn …", few for a name). Every match is one or the other,
 *    so the first `limit` of both, merged, is the page.
 * When neither step proves the page, `namePage` answers null and the caller runs the general search:
 * the results and their order are the same whichever step answers.
 */
import { sql, type ExpressionBuilder, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { containsPlain, countAll, searchFolded, startsWithFolded } from '../../../db/dialect.js';
import type { DB } from '../../../db/schema.js';
import { AWARDS_FTS_REST, filtered, type AwardFilter } from './award-filter.js';

/** How far each walk may read; tests make them small to reach every branch on a small register. */
export interface Windows { dense: number; prefix: number }
export const WINDOWS: Windows = { dense: 2000, prefix: 20_000 };
/** Lengths of the indexed prefix runs (migration 0010), longest first; a query shorter than 3 takes the general search. */
const PREFIX_LENGTHS = [10, 6, 3];
const MIN_CHARS = 3;

export interface PageKey { sort_key: string; id: string }
type NameFilter = AwardFilter & { folded: string };

/** The indexed expression exactly as created, so that both planners match it with `awards_prefix{k}_sort`. */
const prefixOf = (k: number) => sql<string>`substr(awards.search, 1, ${sql.lit(k)})`;
/** The folded text after its first character; `afterFirst` is the same in the application. */
const restOf = sql<string>`substr(awards.search, 2)`;
export const afterFirst = (text: string): string => [...text].slice(1).join('');

const byKey = (a: PageKey, b: PageKey): number =>
  Buffer.compare(Buffer.from(a.sort_key), Buffer.from(b.sort_key)) || Buffer.compare(Buffer.from(a.id), Buffer.from(b.id));

/**
 * The first `f.limit` matches among the next `window` entries of the sort index (of the prefix run
 * `bucket` when given), or null when that window ended before the page was full.
 */
async function walk(db: Kysely<DB>, f: NameFilter, window: number, bucket: string | null, test: RawBuilder<SqlBool>): Promise<PageKey[] | null> {
  const run = bucket === null ? null : prefixOf([...bucket].length);
  let bound = db.selectFrom('awards').select(['awards.sort_key', 'awards.id']);
  if (run) bound = bound.where(run, '=', bucket);
  if (f.after) bound = bound.where((eb) => eb(eb.refTuple('awards.sort_key', 'awards.id'), '>', eb.tuple(f.after!.sortKey, f.after!.id)));
  // The window's last entry, read from the index alone; none when fewer entries are left.
  const end = await bound.orderBy('awards.sort_key').orderBy('awards.id').limit(1).offset(window - 1).executeTakeFirst();
  let q = filtered(db, f).select(['awards.sort_key', 'awards.id']).where(test);
  if (run) q = q.where(run, '=', bucket);
  if (end) q = q.where((eb) => eb(eb.refTuple('awards.sort_key', 'awards.id'), '<=', eb.tuple(end.sort_key, end.id)));
  const rows = await q.orderBy('awards.sort_key').orderBy('awards.id').limit(f.limit).execute();
  return rows.length === f.limit || !end ? rows : null;
}

/** Matches after the first character of the folded text: the trigram index of that rest. */
const inRest = (db: Kysely<DB>, folded: string) => (eb: ExpressionBuilder<DB, 'awards'>) =>
  searchFolded(db, { column: restOf, rowid: eb.ref('awards.seq'), ftsTable: AWARDS_FTS_REST }, folded);

/** The page's keys, in order, or null when the bounded walks cannot prove it. */
export async function namePage(db: Kysely<DB>, f: NameFilter, windows: Windows = WINDOWS): Promise<PageKey[] | null> {
  const folded = f.folded;
  if ([...folded].length < MIN_CHARS) return null;
  const dense = await walk(db, f, windows.dense, null, containsPlain(db, sql.ref('awards.search'), folded));
  if (dense) return dense;
  const chars = [...folded];
  const k = PREFIX_LENGTHS.find((n) => n <= chars.length) ?? MIN_CHARS;
  const atStart = await walk(db, f, windows.prefix, chars.slice(0, k).join(''), startsWithFolded(db, sql.ref('awards.search'), folded));
  if (!atStart) return null;
  // Materialized: given ORDER BY … LIMIT, PostgreSQL may walk the sort index hoping to meet matches
  // soon, but these ("hộ ông nguyễn …") sit in one block of it; read them from the trigram index.
  const later = await db.with((cte) => cte('later').materialized(), () => filtered(db, f).select(['awards.sort_key', 'awards.id']).where(inRest(db, folded)))
    .selectFrom('later').select(['later.sort_key', 'later.id'])
    .orderBy('later.sort_key').orderBy('later.id').limit(f.limit).execute();
  const seen = new Set(atStart.map((r) => r.id));
  return [...atStart, ...later.filter((r) => !seen.has(r.id))].sort(byKey).slice(0, f.limit);
}

/**
 * Matches counted up to `cap + 1` from the same two indexes: those at the start of the text (a range
 * of `awards_search_prefix`, index only), then the others through the trigram index of the rest.
 * Null for a query too short for them.
 */
export async function countNameMatches(db: Kysely<DB>, f: Omit<NameFilter, 'limit' | 'after'>, cap: number): Promise<number | null> {
  const folded = f.folded;
  if ([...folded].length < MIN_CHARS) return null;
  const capped = async (q: ReturnType<typeof filtered>): Promise<number> =>
    (await db.selectFrom(q.select('awards.id').limit(cap + 1).as('m')).select(countAll.as('n')).executeTakeFirstOrThrow()).n;
  const atStart = await capped(filtered(db, f).where(startsWithFolded(db, sql.ref('awards.search'), folded)));
  if (atStart > cap) return atStart;
  const later = await capped(filtered(db, f)
    .where(inRest(db, folded))
    .where((eb) => eb.not(startsWithFolded(db, sql.ref('awards.search'), folded))));
  return Math.min(cap + 1, atStart + later);
}

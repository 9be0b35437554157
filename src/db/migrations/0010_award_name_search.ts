import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

/**
 * Name search that does not grow with the matches (bench/README.md, "Award registry"): the sort key
 * begins with the family name, so a common name's matches are one block of the sort order, far
 * from its start. A match either starts the folded text or lies after its first character:
 * - `awards_prefix{3,6,10}_sort` (the first 3, 6 or 10 folded characters, sort key, id, text): the
 *   matches at the start, in page order, read from the index alone ("nguyen van" is one run of the
 *   10-character index; with 3 characters it would lie behind every "Nguyễn A…" to "Nguyễn T…");
 * - `awards_search_prefix` (the folded text, bytewise): the same matches counted on the index alone;
 * - a trigram index on the text after its first character (`awards_fts_rest` on SQLite, GIN on
 *   PostgreSQL): the other matches, few for a name.
 * Migrations are immutable once merged: change the schema with a new file.
 */
/** The prefix runs indexed (name-search.ts picks the longest one the query covers); fixed here, as migrations are. */
const PREFIX_LENGTHS = [3, 6, 10];

export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  for (const k of PREFIX_LENGTHS) {
    await sql`create index ${sql.id(`awards_prefix${k}_sort`)} on awards (substr(search, 1, ${sql.lit(k)}), sort_key, id, search)`.execute(db);
  }
  await sql`create index awards_search_prefix on awards (search${pg ? sql` collate "C"` : sql``})`.execute(db);
  if (pg) {
    // Only where 0002 could install pg_trgm; without it both searches fall back to a plain scan.
    const { rows } = await sql<{ ok: number }>`select 1 as ok from pg_extension where extname = 'pg_trgm'`.execute(db);
    if (rows.length) await sql`create index awards_rest_trgm on awards using gin ((substr(search, 2)) gin_trgm_ops)`.execute(db);
    return;
  }
  // Contentless: awards are never deleted and their search text never changes; the repository feeds it.
  await sql`create virtual table awards_fts_rest using fts5(search, content='', tokenize='trigram')`.execute(db);
  await sql`insert into awards_fts_rest (rowid, search) select seq, substr(search, 2) from awards`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) await sql`drop index if exists awards_rest_trgm`.execute(db);
  else await sql`drop table if exists awards_fts_rest`.execute(db);
  await sql`drop index awards_search_prefix`.execute(db);
  for (const k of PREFIX_LENGTHS) await sql`drop index ${sql.id(`awards_prefix${k}_sort`)}`.execute(db);
}

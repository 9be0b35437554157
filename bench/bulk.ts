/**
 * Bulk loading for benchmarks: the indexes of the loaded tables are dropped during the load and
 * rebuilt afterwards (one sort per index instead of millions of random inserts), the FTS5 tables are
 * rebuilt (from the content table; the contentless one from the awards' text), and `award_stats` is
 * summed from the awards in one statement.
 * Index definitions are read back from the catalog, so nothing here repeats the migrations.
 */
import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../src/db/dialect.js';
import type { DB } from '../src/db/schema.js';
import { AWARDS_FTS, AWARDS_FTS_REST } from '../src/modules/awards/registry/award-filter.js';

/** Secondary indexes of `tables` that are not constraints, as `[name, create statement]`. */
async function secondaryIndexes(db: Kysely<DB>, tables: readonly string[]): Promise<Array<[string, string]>> {
  if (isPostgres(db)) {
    const { rows } = await sql<{ indexname: string; indexdef: string }>`
      select i.indexname, i.indexdef from pg_indexes i
      where i.schemaname = current_schema() and i.tablename in (${sql.join(tables)})
        and not exists (select 1 from pg_constraint c where c.conindid = (quote_ident(i.indexname))::regclass)`.execute(db);
    return rows.map((r) => [r.indexname, r.indexdef]);
  }
  const { rows } = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${sql.join(tables)})`.execute(db);
  return rows.map((r) => [r.name, r.sql]);
}

/** Runs `load` with the secondary indexes of `tables` dropped, then rebuilds them. */
export async function withoutIndexes(db: Kysely<DB>, tables: readonly string[], load: () => Promise<void>): Promise<void> {
  const saved = await secondaryIndexes(db, tables);
  for (const [name] of saved) await sql`drop index ${sql.id(name)}`.execute(db);
  await load();
  await db.transaction().execute(async (trx) => {
    if (isPostgres(trx)) await sql`set local maintenance_work_mem = '1GB'`.execute(trx);
    for (const [, ddl] of saved) await sql.raw(ddl).execute(trx);
  });
}

/** After a bulk load of awards: the SQLite trigram index and the summary counts, as the write path would have left them. */
export async function finishAwards(db: Kysely<DB>): Promise<void> {
  if (!isPostgres(db)) {
    await sql`insert into ${sql.table(AWARDS_FTS)} (${sql.table(AWARDS_FTS)}) values ('rebuild')`.execute(db);
    // Contentless (no 'rebuild'): the text after its first character, as `insertAwards` writes it.
    await sql`insert into ${sql.table(AWARDS_FTS_REST)} (rowid, search) select seq, substr(search, 2) from awards`.execute(db);
  }
  // The summary key of `statsKeyOf` (award-row.ts): '' for a missing gender or ethnicity. Summed
  // again from every award, so rows written before the load (the demo's) are counted once.
  await sql`delete from award_stats`.execute(db);
  await sql`insert into award_stats (unit_id, unit_path, year, award_type, gender, ethnicity, is_leader, revoked, count)
    select unit_id, unit_path, year, award_type, coalesce(gender, ''), coalesce(ethnicity, ''), is_leader, revoked, count(*)
    from awards group by unit_id, unit_path, year, award_type, coalesce(gender, ''), coalesce(ethnicity, ''), is_leader, revoked`.execute(db);
}

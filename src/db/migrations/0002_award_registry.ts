import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

/**
 * Award registry (sổ vàng): awards, their pre-aggregated counts and import jobs.
 * Migrations are immutable once merged: change the schema with a new file.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const pg = isPostgres(db);
  // Bytewise comparison on both engines: paths for subtree ranges, sort keys for Vietnamese order.
  const bytewise = pg ? sql`text collate "C"` : sql`text`;

  await db.schema
    .createTable('awards')
    // An integer key that never changes: the FTS5 external-content table is keyed by it (a plain
    // SQLite rowid may be renumbered by VACUUM). On PostgreSQL an identity column plays the same role.
    .addColumn('seq', 'integer', (c) => (pg ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey()))
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text')
    .addColumn('subject_name', 'text', (c) => c.notNull())
    .addColumn('search', 'text', (c) => c.notNull())
    .addColumn('sort_key', bytewise, (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('unit_path', bytewise, (c) => c.notNull())
    .addColumn('gender', 'text')
    .addColumn('ethnicity', 'text')
    .addColumn('is_leader', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('award_type', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('decision_number', 'text', (c) => c.notNull())
    .addColumn('decision_date', 'text')
    .addColumn('decision_issuer', 'text', (c) => c.notNull())
    .addColumn('issuer_unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('certificate_no', 'text')
    .addColumn('reward_amount', 'integer')
    .addColumn('revoked', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('revoked_decision_number', 'text')
    .addColumn('revoked_decision_date', 'text')
    .addColumn('revoked_reason', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text', (c) => c.references('users.id'))
    .addColumn('import_id', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Keyset paging walks (sort_key, id); each equality filter leads an index that keeps that order,
  // so a filtered page reads only its rows even at 5 million awards.
  await db.schema.createIndex('awards_sort').on('awards').columns(['sort_key', 'id']).execute();
  for (const col of ['year', 'award_type', 'level', 'gender', 'ethnicity']) {
    await db.schema.createIndex(`awards_${col}_sort`).on('awards').columns([col, 'sort_key', 'id']).execute();
  }
  await db.schema.createIndex('awards_unit_path').on('awards').columns(['unit_path', 'year']).execute();
  await db.schema.createIndex('awards_subject').on('awards').columns(['subject_id', 'year']).execute();
  await db.schema.createIndex('awards_import').on('awards').column('import_id').execute();
  // A subject holds one live award of a type per year (revoking frees the slot for a re-issue).
  await db.schema
    .createIndex('awards_subject_type_year')
    .on('awards')
    .columns(['subject_id', 'award_type', 'year'])
    .unique()
    .where(sql.ref('revoked'), '=', 0)
    .where(sql.ref('subject_id'), 'is not', null)
    .execute();

  if (pg) {
    // pg_trgm makes `search like '%…%'` an index scan. Creating an extension needs privileges a
    // hosted database may refuse: then the search falls back to a plain scan of `search` (correct, slower).
    await sql`savepoint award_trgm`.execute(db);
    try {
      await sql`create extension if not exists pg_trgm`.execute(db);
      await sql`release savepoint award_trgm`.execute(db);
    } catch {
      await sql`rollback to savepoint award_trgm`.execute(db);
    }
    const { rows } = await sql<{ ok: number }>`select 1 as ok from pg_extension where extname = 'pg_trgm'`.execute(db);
    if (rows.length) await sql`create index awards_search_trgm on awards using gin (search gin_trgm_ops)`.execute(db);
  } else {
    // Trigram (not unicode61) so that a query matches any substring, as LIKE does on PostgreSQL:
    // "van duc" and "163/qd" find the same rows on both engines. The text is already folded by the
    // app (đ → d, no marks), so the tokenizer needs no diacritics option.
    await sql`create virtual table awards_fts using fts5(search, content='awards', content_rowid='seq', tokenize='trigram')`.execute(db);
  }

  await db.schema
    .createTable('award_stats')
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('award_type', 'text', (c) => c.notNull())
    // '' for "not applicable" (collectives, unknown): a NULL would break the primary key's upserts.
    .addColumn('gender', 'text', (c) => c.notNull())
    .addColumn('ethnicity', 'text', (c) => c.notNull())
    .addColumn('is_leader', 'integer', (c) => c.notNull())
    .addColumn('revoked', 'integer', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('award_stats_pk', ['unit_id', 'year', 'award_type', 'gender', 'ethnicity', 'is_leader', 'revoked'])
    .execute();
  await db.schema.createIndex('award_stats_year').on('award_stats').columns(['year', 'award_type']).execute();

  await db.schema
    .createTable('award_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('processed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('imported', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('errors_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('award_imports_creator').on('award_imports').columns(['created_by', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!isPostgres(db)) await sql`drop table if exists awards_fts`.execute(db);
  for (const t of ['award_imports', 'award_stats', 'awards']) await db.schema.dropTable(t).execute();
}

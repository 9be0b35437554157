import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

/**
 * Registry stats by path, and the collective flags the eligibility rules read.
 * - `award_stats.unit_path`: a subtree's summary rows are then a range scan on one index; joining
 *   `units` made PostgreSQL hash-join every summary row of the country (bench/README.md).
 * - `awards.unit_path` is re-synchronised with the units' current paths (a unit moved before this
 *   migration left its awards under the old path).
 * - `subject_years.cluster_leader` / `exceeded_targets`: per unit and year, NULL = not entered.
 * Migrations are immutable once merged: change the schema with a new file.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const bytewise = isPostgres(db) ? sql`text collate "C"` : sql`text`;
  await db.schema.alterTable('award_stats').addColumn('unit_path', bytewise, (c) => c.notNull().defaultTo('')).execute();
  await sql`update award_stats set unit_path = (select path from units where units.id = award_stats.unit_id)`.execute(db);
  await sql`update awards set unit_path = (select path from units where units.id = awards.unit_id)
    where unit_path <> (select path from units where units.id = awards.unit_id)`.execute(db);
  // Covering: a subtree's counts are read from the index alone (PostgreSQL's heap rows of one
  // province are scattered: at 5 M awards the heap reads made stats take ~1 s, bench/README.md).
  await db.schema.createIndex('award_stats_path').on('award_stats')
    .columns(['unit_path', 'revoked', 'year', 'award_type', 'gender', 'ethnicity', 'is_leader', 'count']).execute();

  await db.schema.alterTable('subject_years').addColumn('cluster_leader', 'integer').execute();
  await db.schema.alterTable('subject_years').addColumn('exceeded_targets', 'integer').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('subject_years').dropColumn('exceeded_targets').execute();
  await db.schema.alterTable('subject_years').dropColumn('cluster_leader').execute();
  await db.schema.dropIndex('award_stats_path').execute();
  await db.schema.alterTable('award_stats').dropColumn('unit_path').execute();
}

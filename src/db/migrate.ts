import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './database.js';
import * as m0001 from './migrations/0001_foundation.js';
import * as m0002 from './migrations/0002_award_registry.js';
import * as m0003 from './migrations/0003_subject_history.js';
import * as m0004 from './migrations/0004_stats_path_unit_flags.js';
import * as m0005 from './migrations/0005_commendation_workflow.js';
import * as m0006 from './migrations/0006_movements_clusters.js';
import * as m0007 from './migrations/0007_practices_news.js';
import * as m0008 from './migrations/0008_holidays.js';
import * as m0009 from './migrations/0009_reminders.js';
import * as m0010 from './migrations/0010_award_name_search.js';
import * as m0011 from './migrations/0011_movement_search.js';
import * as m0012 from './migrations/0012_default_holidays.js';

/** Every migration, in order. Listed statically so that the bundle and tsx agree. */
const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_award_registry': m0002,
  '0003_subject_history': m0003,
  '0004_stats_path_unit_flags': m0004,
  '0005_commendation_workflow': m0005,
  '0006_movements_clusters': m0006,
  '0007_practices_news': m0007,
  '0008_holidays': m0008,
  '0009_reminders': m0009,
  '0010_award_name_search': m0010,
  '0011_movement_search': m0011,
  '0012_default_holidays': m0012,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

export class DatabaseNewerError extends Error {}

export async function migrateToLatest(database: Database): Promise<string[]> {
  const migrator = new Migrator({ db: database.db, provider });
  const known = new Set(Object.keys(migrations));
  // Kysely lists only the migrations it knows; a newer database has rows it does not list.
  const executed = await appliedNames(database);
  const unknown = executed.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw new DatabaseNewerError(
      `Cơ sở dữ liệu đã được nâng cấp bởi một phiên bản thidua mới hơn (migration ${unknown.join(', ')}). ` +
        'Hãy cài phiên bản mới hơn của thidua; không chạy phiên bản cũ trên dữ liệu này.',
    );
  }
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

async function appliedNames(database: Database): Promise<string[]> {
  try {
    const rows = await database.db
      .withoutPlugins()
      .selectFrom('kysely_migration' as never)
      .select('name' as never)
      .execute();
    return rows.map((r) => (r as { name: string }).name);
  } catch {
    return []; // fresh database: the migration table does not exist yet
  }
}

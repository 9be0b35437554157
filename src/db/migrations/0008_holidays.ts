import type { Kysely } from 'kysely';

/**
 * The working-day calendar: public holidays and swapped weekdays ('off'), and the Saturdays worked
 * to make up for them ('work'). One row per date. Migrations are immutable once merged.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('holidays')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('off'))
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('holidays').execute();
}

import type { Kysely } from 'kysely';

/**
 * Users get an e-mail address (optional), and every deadline reminder sent to a unit is recorded
 * once: the unique `key` lets a sweep that runs many times, or on two servers at once, send each
 * reminder exactly once; the row also shows whether its e-mail went out. Migrations are immutable
 * once merged: change the schema with a new file.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('email', 'text').execute();

  await db.schema
    .createTable('reminders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('proposal_id', 'text', (c) => c.references('proposals.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('sent_on', 'text', (c) => c.notNull())
    .addColumn('notified', 'integer', (c) => c.notNull())
    // off: no SMTP configured; no_address: nobody of the unit has an address; pending → sent | failed.
    .addColumn('mail_status', 'text', (c) => c.notNull())
    .addColumn('mail_to', 'text')
    .addColumn('mail_error', 'text')
    .addColumn('mailed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reminders_unit').on('reminders').columns(['unit_id', 'created_at']).execute();
  await db.schema.createIndex('reminders_created').on('reminders').column('created_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('reminders').execute();
  await db.schema.alterTable('users').dropColumn('email').execute();
}

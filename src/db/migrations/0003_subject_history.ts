import type { Kysely } from 'kysely';

/**
 * Board-edited settings and the history a subject's eligibility is judged on (ratings, initiatives,
 * science works, discipline, months worked, registration, collectives' members). Titles are not
 * stored here: they come from the award registry, so a revocation there breaks a chain at once.
 * A subject is `(subject_kind, subject_id)`: a person ('individual') or a unit ('collective').
 * Migrations are immutable once merged: change the schema with a new file.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('award_settings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value_json', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('retroactive', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('award_settings_key').on('award_settings').columns(['key', 'effective_from']).execute();

  await db.schema
    .createTable('subject_ratings')
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('rating', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('subject_ratings_pk', ['subject_kind', 'subject_id', 'year'])
    .execute();

  // Initiatives (sáng kiến) and science works (đề tài, công trình) share their shape; `kind` tells them apart.
  await db.schema
    .createTable('subject_works')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('decision_number', 'text')
    .addColumn('decision_date', 'text')
    .addColumn('decision_issuer', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('subject_works_subject').on('subject_works').columns(['subject_kind', 'subject_id', 'year']).execute();

  // "One initiative, one reward": each use is a row, so a second use is visible to the rules.
  await db.schema
    .createTable('subject_work_uses')
    .addColumn('work_id', 'text', (c) => c.notNull().references('subject_works.id').onDelete('cascade'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('award_type', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('subject_work_uses_pk', ['work_id', 'year', 'award_type'])
    .execute();

  await db.schema
    .createTable('subject_disciplines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('date_from', 'text', (c) => c.notNull())
    .addColumn('date_to', 'text')
    .addColumn('decision_number', 'text')
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('subject_disciplines_subject').on('subject_disciplines').columns(['subject_kind', 'subject_id']).execute();

  // Per subject and year; NULL is "not entered", which the rules treat as not met.
  await db.schema
    .createTable('subject_years')
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('months_worked', 'double precision')
    .addColumn('maternity_months', 'double precision')
    .addColumn('members_total', 'integer')
    .addColumn('members_ldtt', 'integer')
    .addColumn('members_cstdcs', 'integer')
    .addColumn('members_completed_duties', 'integer')
    .addColumn('members_disciplined', 'integer')
    .addColumn('members_women', 'integer')
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('subject_years_pk', ['subject_kind', 'subject_id', 'year'])
    .execute();

  // Registration for the year (đăng ký thi đua) is per award type: one row per title registered for.
  await db.schema
    .createTable('subject_registrations')
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('award_type', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('subject_registrations_pk', ['subject_kind', 'subject_id', 'year', 'award_type'])
    .execute();

  // A pending review (D152 Art 4.4) suspends every proposal while it lasts, whatever the year under review.
  await db.schema
    .createTable('subject_reviews')
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('under_review', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('subject_reviews_pk', ['subject_kind', 'subject_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['subject_reviews', 'subject_registrations', 'subject_years', 'subject_disciplines', 'subject_work_uses', 'subject_works', 'subject_ratings', 'award_settings']) {
    await db.schema.dropTable(t).execute();
  }
}

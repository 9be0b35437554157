import type { Kysely } from 'kysely';

/**
 * Movements become editable and launchable (deadlines, scope, documents with a signer and a file),
 * units register and report, people and collectives register for titles (in the table the
 * eligibility engine already reads), clusters and blocks score their members, and users receive
 * in-app notifications. Migrations are immutable once merged: change the schema with a new file.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const col of ['registration_deadline', 'mid_term_deadline', 'final_deadline', 'launched_at']) {
    await db.schema.alterTable('movements').addColumn(col, 'text').execute();
  }
  await db.schema.alterTable('movement_documents').addColumn('signer', 'text').execute();
  await db.schema.alterTable('movement_documents').addColumn('file_id', 'text', (c) => c.references('stored_files.id')).execute();

  await db.schema
    .createTable('movement_units')
    .addColumn('movement_id', 'text', (c) => c.notNull().references('movements.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addPrimaryKeyConstraint('movement_units_pk', ['movement_id', 'unit_id'])
    .execute();

  await db.schema
    .createTable('movement_registrations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('movement_id', 'text', (c) => c.notNull().references('movements.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('commitments', 'text', (c) => c.notNull())
    .addColumn('targets_json', 'text', (c) => c.notNull())
    .addColumn('registered_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('movement_registrations_unit', ['movement_id', 'unit_id'])
    .execute();

  await db.schema
    .createTable('movement_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('movement_id', 'text', (c) => c.notNull().references('movements.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('file_ids_json', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('movement_reports_unit', ['movement_id', 'unit_id', 'kind'])
    .execute();

  // Title registrations written by the registration screens carry who registered them and when;
  // rows written by the subject-history screen leave these empty.
  for (const col of ['unit_id', 'registered_by', 'registered_at', 'source']) {
    await db.schema.alterTable('subject_registrations').addColumn(col, 'text').execute();
  }
  await db.schema.createIndex('subject_registrations_unit').on('subject_registrations').columns(['unit_id', 'year']).execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('notifications_user').on('notifications').columns(['user_id', 'created_at']).execute();

  await db.schema
    .createTable('clusters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search', 'text', (c) => c.notNull())
    .addColumn('leader_unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('deputy_unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('pact_number', 'text')
    .addColumn('pact_date', 'text')
    .addColumn('pact_file_id', 'text', (c) => c.references('stored_files.id'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('clusters_year_name', ['year', 'name'])
    .execute();

  await db.schema
    .createTable('cluster_members')
    .addColumn('cluster_id', 'text', (c) => c.notNull().references('clusters.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addPrimaryKeyConstraint('cluster_members_pk', ['cluster_id', 'unit_id'])
    .execute();
  await db.schema.createIndex('cluster_members_unit').on('cluster_members').column('unit_id').execute();

  // The template: groups (kind 'group') and their criteria (kind standard/bonus/penalty, group_id set).
  await db.schema
    .createTable('cluster_criteria')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cluster_id', 'text', (c) => c.notNull().references('clusters.id').onDelete('cascade'))
    .addColumn('group_id', 'text')
    .addColumn('order_no', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('guidance', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('max_points', 'double precision', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('cluster_criteria_cluster').on('cluster_criteria').columns(['cluster_id', 'order_no']).execute();

  await db.schema
    .createTable('scorecards')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cluster_id', 'text', (c) => c.notNull().references('clusters.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('return_reason', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('assessed_by', 'text', (c) => c.references('users.id'))
    .addColumn('assessed_at', 'text')
    .addColumn('approved_by', 'text', (c) => c.references('users.id'))
    .addColumn('approved_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('scorecards_unit', ['cluster_id', 'unit_id'])
    .execute();

  await db.schema
    .createTable('scorecard_scores')
    .addColumn('scorecard_id', 'text', (c) => c.notNull().references('scorecards.id').onDelete('cascade'))
    .addColumn('criterion_id', 'text', (c) => c.notNull().references('cluster_criteria.id').onDelete('cascade'))
    .addColumn('self_points', 'double precision')
    .addColumn('self_note', 'text')
    .addColumn('evidence_url', 'text')
    .addColumn('evidence_file_id', 'text', (c) => c.references('stored_files.id'))
    .addColumn('assessed_points', 'double precision')
    .addColumn('assessed_note', 'text')
    .addPrimaryKeyConstraint('scorecard_scores_pk', ['scorecard_id', 'criterion_id'])
    .execute();

  // A secret ballot: who voted, and the counts, never who chose whom.
  await db.schema
    .createTable('cluster_ballots')
    .addColumn('cluster_id', 'text', (c) => c.notNull().references('clusters.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('cast_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('cast_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('cluster_ballots_pk', ['cluster_id', 'unit_id'])
    .execute();
  await db.schema
    .createTable('cluster_vote_tallies')
    .addColumn('cluster_id', 'text', (c) => c.notNull().references('clusters.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('leading', 'integer', (c) => c.notNull())
    .addColumn('certificates', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('cluster_vote_tallies_pk', ['cluster_id', 'unit_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['cluster_vote_tallies', 'cluster_ballots', 'scorecard_scores', 'scorecards', 'cluster_criteria', 'cluster_members', 'clusters', 'notifications', 'movement_reports', 'movement_registrations', 'movement_units']) {
    await db.schema.dropTable(t).execute();
  }
}

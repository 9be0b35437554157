import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

/**
 * Commendation workflow: proposals (hồ sơ đề nghị) with nominees, documents and the history of
 * transitions; the council's terms, sessions, agenda and secret ballot (who voted, never how);
 * public disclosures and citizens' feedback; decisions and their items.
 * Migrations are immutable once merged: change the schema with a new file.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const bytewise = isPostgres(db) ? sql`text collate "C"` : sql`text`;

  await db.schema
    .createTable('proposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('unit_path', bytewise, (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('search', 'text', (c) => c.notNull())
    .addColumn('round', 'text', (c) => c.notNull())
    .addColumn('procedure', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('event_date', 'text')
    .addColumn('due_date', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('late', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('submitted_at', 'text')
    .addColumn('note', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('proposals_path').on('proposals').columns(['unit_path', 'state']).execute();
  await db.schema.createIndex('proposals_state').on('proposals').columns(['state', 'updated_at']).execute();

  await db.schema
    .createTable('proposal_nominees')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id').onDelete('cascade'))
    .addColumn('order_no', 'integer', (c) => c.notNull())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.references('people.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'text')
    .addColumn('award_type', 'text', (c) => c.notNull())
    .addColumn('achievements', 'text', (c) => c.notNull())
    .addColumn('eligible', 'integer')
    .addColumn('eligibility_json', 'text')
    .addColumn('checked_at', 'text')
    .addColumn('override_reason', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('outcome_reason', 'text')
    .addColumn('lowered_to', 'text')
    .addColumn('award_id', 'text')
    .execute();
  await db.schema.createIndex('proposal_nominees_proposal').on('proposal_nominees').columns(['proposal_id', 'order_no']).execute();

  await db.schema
    .createTable('proposal_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id').onDelete('cascade'))
    .addColumn('requirement', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.notNull().references('stored_files.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('proposal_documents_proposal').on('proposal_documents').column('proposal_id').execute();

  await db.schema
    .createTable('proposal_transitions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id').onDelete('cascade'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text', (c) => c.notNull())
    .addColumn('to_state', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('proposal_transitions_proposal').on('proposal_transitions').columns(['proposal_id', 'at']).execute();

  await db.schema
    .createTable('council_terms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('secretary_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('council_members')
    .addColumn('term_id', 'text', (c) => c.notNull().references('council_terms.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('order_no', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('council_members_pk', ['term_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('council_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('term_id', 'text', (c) => c.notNull().references('council_terms.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('meets_on', 'text', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('quorum_percent', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('council_attendance')
    .addColumn('session_id', 'text', (c) => c.notNull().references('council_sessions.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('present', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('council_attendance_pk', ['session_id', 'user_id'])
    .execute();

  // Counts only: the choice of a member is never written anywhere (secret ballot).
  await db.schema
    .createTable('council_agenda')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('council_sessions.id').onDelete('cascade'))
    .addColumn('nominee_id', 'text', (c) => c.notNull().references('proposal_nominees.id'))
    .addColumn('order_no', 'integer', (c) => c.notNull())
    .addColumn('threshold_percent', 'integer', (c) => c.notNull())
    .addColumn('threshold_mode', 'text', (c) => c.notNull())
    .addColumn('yes_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('no_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('written_yes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('written_no', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('result', 'text')
    .addUniqueConstraint('council_agenda_nominee', ['session_id', 'nominee_id'])
    .execute();

  // That a member took part in an item's ballot (to vote once), by ballot or written opinion.
  await db.schema
    .createTable('council_ballot_casts')
    .addColumn('agenda_id', 'text', (c) => c.notNull().references('council_agenda.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('council_ballot_casts_pk', ['agenda_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('disclosures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('opens_on', 'text', (c) => c.notNull())
    .addColumn('closes_on', 'text', (c) => c.notNull())
    .addColumn('working_days', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('published_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('disclosures_open').on('disclosures').columns(['state', 'opens_on']).execute();

  await db.schema
    .createTable('disclosure_feedback')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('disclosure_id', 'text', (c) => c.notNull().references('disclosures.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('contact', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('sender_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('handling', 'text')
    .addColumn('handled_by', 'text', (c) => c.references('users.id'))
    .addColumn('handled_at', 'text')
    .execute();
  await db.schema.createIndex('disclosure_feedback_sender').on('disclosure_feedback').columns(['sender_hash', 'created_at']).execute();
  await db.schema.createIndex('disclosure_feedback_disclosure').on('disclosure_feedback').columns(['disclosure_id', 'created_at']).execute();

  await db.schema
    .createTable('decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('proposals.id'))
    .addColumn('issuer_name', 'text', (c) => c.notNull())
    .addColumn('issuer_symbol', 'text', (c) => c.notNull())
    .addColumn('issuer_unit_id', 'text', (c) => c.references('units.id'))
    .addColumn('number', 'text')
    .addColumn('number_year', 'integer')
    .addColumn('decision_date', 'text')
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('authority', 'text', (c) => c.notNull())
    .addColumn('bases_json', 'text', (c) => c.notNull())
    .addColumn('sign_form', 'text', (c) => c.notNull())
    .addColumn('signer_title', 'text', (c) => c.notNull())
    .addColumn('signer_name', 'text', (c) => c.notNull())
    .addColumn('funding_source', 'text', (c) => c.notNull())
    .addColumn('recipients_json', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('docx_file_id', 'text', (c) => c.references('stored_files.id'))
    .addColumn('issued_by', 'text', (c) => c.references('users.id'))
    .addColumn('issued_at', 'text')
    .addColumn('revoked_number', 'text')
    .addColumn('revoked_date', 'text')
    .addColumn('revoked_reason', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    // A number + symbol is unique per issuer within the calendar year (Decree 30, Art 15).
    .addUniqueConstraint('decisions_number', ['issuer_name', 'number_year', 'number'])
    .execute();
  await db.schema.createIndex('decisions_proposal').on('decisions').column('proposal_id').execute();

  await db.schema
    .createTable('decision_items')
    .addColumn('decision_id', 'text', (c) => c.notNull().references('decisions.id').onDelete('cascade'))
    .addColumn('nominee_id', 'text', (c) => c.notNull().references('proposal_nominees.id'))
    .addColumn('award_type', 'text', (c) => c.notNull())
    .addColumn('amount', 'integer')
    .addColumn('award_id', 'text')
    .addPrimaryKeyConstraint('decision_items_pk', ['decision_id', 'nominee_id'])
    .execute();
  await db.schema.createIndex('decision_items_nominee').on('decision_items').column('nominee_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of [
    'decision_items', 'decisions', 'disclosure_feedback', 'disclosures', 'council_ballot_casts', 'council_agenda',
    'council_attendance', 'council_sessions', 'council_members', 'council_terms', 'proposal_transitions',
    'proposal_documents', 'proposal_nominees', 'proposals',
  ]) await db.schema.dropTable(t).execute();
}

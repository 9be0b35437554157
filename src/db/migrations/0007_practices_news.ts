import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.js';

/**
 * Exemplary models and good practices (điển hình tiên tiến, mô hình hay, cách làm hay) and news
 * (tin tức): both go through the same review (submitted → published | returned) before the public
 * portal shows them. Content is stored already sanitized; files live in `stored_files`.
 * Migrations are immutable once merged: change the schema with a new file.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const pathType = isPostgres(db) ? sql`text collate "C"` : sql`text`;

  await db.schema
    .createTable('practices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('content_html', 'text', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('search', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('unit_path', pathType, (c) => c.notNull())
    .addColumn('movement_id', 'text', (c) => c.references('movements.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('review_note', 'text')
    .addColumn('featured', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_at', 'text')
    .addColumn('reviewed_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('practices_status').on('practices').columns(['status', 'published_at']).execute();
  await db.schema.createIndex('practices_unit_path').on('practices').column('unit_path').execute();

  await db.schema
    .createTable('practice_tags')
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('practice_tags_pk', ['practice_id', 'tag'])
    .execute();
  await db.schema.createIndex('practice_tags_tag').on('practice_tags').column('tag').execute();

  await db.schema
    .createTable('practice_awards')
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('award_id', 'text', (c) => c.notNull().references('awards.id'))
    .addPrimaryKeyConstraint('practice_awards_pk', ['practice_id', 'award_id'])
    .execute();

  // Images (resized, metadata stripped) and attachments of an item; `kind` tells them apart.
  await db.schema
    .createTable('practice_files')
    .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
    .addColumn('file_id', 'text', (c) => c.notNull().references('stored_files.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('caption', 'text')
    .addColumn('order_no', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('practice_files_pk', ['practice_id', 'file_id'])
    .execute();
  await db.schema.createIndex('practice_files_file').on('practice_files').column('file_id').execute();

  await db.schema
    .createTable('news')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('content_html', 'text', (c) => c.notNull())
    .addColumn('search', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('movement_id', 'text', (c) => c.references('movements.id'))
    .addColumn('document_id', 'text', (c) => c.references('movement_documents.id'))
    .addColumn('cover_file_id', 'text', (c) => c.references('stored_files.id'))
    .addColumn('cover_alt', 'text')
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('unit_path', pathType, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('review_note', 'text')
    // When the post appears on the portal ("Ngày đăng"): may lie in the future (scheduled).
    .addColumn('publish_at', 'text')
    .addColumn('reviewed_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('news_public').on('news').columns(['status', 'publish_at']).execute();
  await db.schema.createIndex('news_movement').on('news').columns(['movement_id', 'publish_at']).execute();
  await db.schema.createIndex('news_cover').on('news').column('cover_file_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['news', 'practice_files', 'practice_awards', 'practice_tags', 'practices']) await db.schema.dropTable(t).execute();
}

import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { newId, nowIso } from '../../lib/ids.js';

/** Uploaded files live in the database, so every app process sees them and a backup has them. */
export async function insertFile(db: Kysely<DB>, f: { name: string; mime: string; content: Buffer; createdBy: string }): Promise<string> {
  const id = newId();
  await db.insertInto('stored_files').values({
    id, name: f.name, mime: f.mime, size: f.content.length, sha256: createHash('sha256').update(f.content).digest('hex'),
    content: f.content, created_by: f.createdBy, created_at: nowIso(),
  }).execute();
  return id;
}

export const findFile = (db: Kysely<DB>, id: string) => db.selectFrom('stored_files').selectAll().where('id', '=', id).executeTakeFirst();

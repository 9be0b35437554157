import { sql, type Kysely, type Transaction } from 'kysely';
import { isPostgres } from '../../db/dialect.js';
import type { DB } from '../../db/schema.js';
import { newId, nowIso } from '../../lib/ids.js';
import { createChainVerifier, entryHash, GENESIS_HASH, type ChainBreak } from './chain.js';

export interface AuditWho {
  actorId: string | null;
  actorName: string;
  ip?: string | null;
}

export interface AuditWhat {
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

// Any constant: serializes appends to the chain across PostgreSQL processes.
const AUDIT_LOCK_KEY = 7_342_001;

/**
 * Appends one entry to the hash-chained audit log. Must run inside the transaction that makes the
 * change, so the change and its record commit together.
 */
export async function recordAudit(trx: Transaction<DB>, who: AuditWho, what: AuditWhat): Promise<void> {
  if (isPostgres(trx)) await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
  const last = await trx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const content = {
    seq: (last?.seq ?? 0) + 1,
    id: newId(),
    at: nowIso(),
    actor_id: who.actorId,
    actor_name: who.actorName,
    action: what.action,
    entity: what.entity,
    entity_id: what.entityId,
    before_json: what.before === undefined ? null : JSON.stringify(what.before),
    after_json: what.after === undefined ? null : JSON.stringify(what.after),
    ip: who.ip ?? null,
  };
  const prev = last?.hash ?? GENESIS_HASH;
  await trx.insertInto('audit_log').values({ ...content, prev_hash: prev, hash: entryHash(prev, content) }).execute();
}

export interface AuditVerification {
  entries: number;
  break: ChainBreak | null;
}

/** Re-computes the whole chain, page by page so a long history does not fill memory. */
export async function verifyAudit(db: Kysely<DB>): Promise<AuditVerification> {
  const pageSize = 5000;
  const check = createChainVerifier();
  let after = 0;
  let entries = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(pageSize).execute();
    for (const row of rows) {
      entries += 1;
      const brk = check(row);
      if (brk) return { entries, break: brk };
    }
    if (rows.length < pageSize) return { entries, break: null };
    after = rows[rows.length - 1]!.seq;
  }
}

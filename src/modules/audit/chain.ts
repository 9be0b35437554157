import { createHash } from 'node:crypto';
import type { AuditLogTable } from '../../db/schema.js';

/** Pure hash chain of the audit log: each entry's hash covers its content and the previous hash. */
export type AuditContent = Omit<AuditLogTable, 'prev_hash' | 'hash'>;

export const GENESIS_HASH = '0'.repeat(64);

export function entryHash(prevHash: string, e: AuditContent): string {
  const canonical = JSON.stringify([
    e.seq, e.id, e.at, e.actor_id, e.actor_name, e.action, e.entity, e.entity_id, e.before_json, e.after_json, e.ip,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

export interface ChainBreak {
  seq: number;
  reason: 'hash_mismatch' | 'prev_hash_mismatch' | 'gap';
}

type ChainedEntry = AuditContent & { prev_hash: string; hash: string };

/** Checks entries one by one in seq order; returns the first break found, or null so far. */
export function createChainVerifier(): (e: ChainedEntry) => ChainBreak | null {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  return (e) => {
    if (e.seq !== expectedSeq) return { seq: e.seq, reason: 'gap' };
    if (e.prev_hash !== prev) return { seq: e.seq, reason: 'prev_hash_mismatch' };
    if (entryHash(prev, e) !== e.hash) return { seq: e.seq, reason: 'hash_mismatch' };
    prev = e.hash;
    expectedSeq += 1;
    return null;
  };
}

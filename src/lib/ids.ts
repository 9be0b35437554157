import { v7 } from 'uuid';

/** Time-ordered text ids (UUIDv7): the same type on both engines, mergeable across provinces. */
export const newId = (): string => v7();

export const nowIso = (): string => new Date().toISOString();

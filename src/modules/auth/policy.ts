import { forbidden } from '../../server/errors.js';
import type { Actor, Role } from './actor.js';

/**
 * Authorization, decided here and only here. Role-level permissions say what kind of action a
 * user may take; scope checks say for which units (a unit officer: its own unit's subtree).
 */
export type Permission =
  | 'org.read'
  | 'org.manageUnits'
  | 'people.write'
  | 'users.manage'
  | 'audit.read'
  | 'targets.report'
  | 'targets.review'
  // Award registry (sổ vàng): reading is scoped by subtree; recording, revoking and importing are the board's.
  | 'awards.read'
  | 'awards.record'
  // Models, good practices and news: units draft and submit, the board reviews; reports read in scope.
  | 'publications.write'
  | 'publications.review'
  | 'reports.read'
  // Working-day calendar: everyone signed in reads it; the board keeps it.
  | 'holidays.manage';

const grants: Record<Permission, readonly Role[]> = {
  'org.read': ['admin', 'board', 'viewer', 'unit_officer', 'cluster_leader', 'council_member'],
  'org.manageUnits': ['admin', 'board'],
  'people.write': ['admin', 'board', 'unit_officer'],
  'users.manage': ['admin'],
  'audit.read': ['admin', 'board'],
  'targets.report': ['admin', 'board', 'unit_officer'],
  'targets.review': ['admin', 'board'],
  // Award registry (sổ vàng)
  'awards.read': ['admin', 'board', 'viewer', 'unit_officer', 'cluster_leader', 'council_member'],
  'awards.record': ['admin', 'board'],
  // Models, good practices, news (public items) and reports
  'publications.write': ['admin', 'board', 'unit_officer'],
  'publications.review': ['admin', 'board'],
  'reports.read': ['admin', 'board', 'viewer', 'unit_officer', 'cluster_leader', 'council_member'],
  // Working-day calendar
  'holidays.manage': ['admin', 'board'],
};

/** Roles that see the whole tree (read-only for viewers). */
const WHOLE_TREE: readonly Role[] = ['admin', 'board', 'viewer'];

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return actor.roles.some((r) => grants[permission].includes(r));
}

export function requirePermission(actor: Actor, permission: Permission): void {
  if (!hasPermission(actor, permission)) throw forbidden();
}

export function seesWholeTree(actor: Actor): boolean {
  return actor.roles.some((r) => WHOLE_TREE.includes(r));
}

/** Path prefix the actor's reads are limited to, or null for the whole tree. */
export function readScope(actor: Actor): string | null {
  return seesWholeTree(actor) ? null : actor.unitPath;
}

export function inActorSubtree(actor: Actor, unitPath: string): boolean {
  return unitPath.startsWith(actor.unitPath);
}

export function canRead(actor: Actor, unitPath: string): boolean {
  return seesWholeTree(actor) || inActorSubtree(actor, unitPath);
}

export function requireRead(actor: Actor, unitPath: string): void {
  if (!canRead(actor, unitPath)) throw forbidden();
}

/** Writes: admin and board anywhere; others with the permission only within their subtree. */
export function requireWrite(actor: Actor, permission: Permission, unitPath: string): void {
  requirePermission(actor, permission);
  const anywhere = actor.roles.includes('admin') || actor.roles.includes('board');
  if (!anywhere && !inActorSubtree(actor, unitPath)) throw forbidden();
}

export function canWrite(actor: Actor, permission: Permission, unitPath: string): boolean {
  try {
    requireWrite(actor, permission, unitPath);
    return true;
  } catch {
    return false;
  }
}

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
  // Defining a movement's indicators (chỉ tiêu): the board sets the targets units report against.
  | 'targets.define'
  // Award registry (sổ vàng): reading is scoped by subtree; recording, revoking and importing are the board's.
  | 'awards.read'
  | 'awards.record'
  // Commendation workflow: units propose within their subtree; the board reviews, runs the council's
  // paperwork, discloses and decides; council members see the agenda and vote, nothing else.
  | 'proposals.read'
  | 'proposals.write'
  | 'proposals.review'
  | 'council.read'
  | 'council.vote'
  | 'council.manage'
  | 'decisions.issue'
  // Models, good practices and news: units draft and submit, the board reviews; reports read in scope.
  | 'publications.write'
  | 'publications.review'
  | 'reports.read'
  // Working-day calendar: everyone signed in reads it; the board keeps it.
  | 'holidays.manage'
  // Facts about a collective's year that the board establishes (cluster leader, exceeded targets).
  | 'history.boardFacts'
  // Movements, registration, clusters and blocks: the board runs them; units act for their own unit;
  // a cluster leader assesses only the cluster its unit leads that year (leadsCluster).
  | 'movements.manage'
  | 'movements.register'
  | 'clusters.manage'
  | 'clusters.score'
  | 'clusters.assess'
  | 'clusters.approve';

const grants: Record<Permission, readonly Role[]> = {
  'org.read': ['admin', 'board', 'viewer', 'unit_officer', 'cluster_leader', 'council_member'],
  'org.manageUnits': ['admin', 'board'],
  'people.write': ['admin', 'board', 'unit_officer'],
  'users.manage': ['admin'],
  'audit.read': ['admin', 'board'],
  'targets.report': ['admin', 'board', 'unit_officer'],
  'targets.review': ['admin', 'board'],
  'targets.define': ['admin', 'board'],
  // Award registry (sổ vàng)
  'awards.read': ['admin', 'board', 'viewer', 'unit_officer', 'cluster_leader', 'council_member'],
  'awards.record': ['admin', 'board'],
  // Commendation workflow
  'proposals.read': ['admin', 'board', 'viewer', 'unit_officer'],
  'proposals.write': ['admin', 'board', 'unit_officer'],
  'proposals.review': ['admin', 'board'],
  'council.read': ['admin', 'board', 'viewer', 'council_member'],
  'council.vote': ['council_member'],
  'council.manage': ['admin', 'board'],
  'decisions.issue': ['admin', 'board'],
  // Models, good practices, news (public items) and reports
  'publications.write': ['admin', 'board', 'unit_officer'],
  'publications.review': ['admin', 'board'],
  'reports.read': ['admin', 'board', 'viewer', 'unit_officer', 'cluster_leader', 'council_member'],
  // Working-day calendar
  'holidays.manage': ['admin', 'board'],
  'history.boardFacts': ['admin', 'board'],
  // Movements, registration, clusters and blocks
  'movements.manage': ['admin', 'board'],
  'movements.register': ['admin', 'board', 'unit_officer'],
  'clusters.manage': ['admin', 'board'],
  'clusters.score': ['admin', 'board', 'unit_officer'],
  'clusters.assess': ['admin', 'board', 'cluster_leader'],
  'clusters.approve': ['admin', 'board'],
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

/**
 * Sides of the commendation workflow the actor takes on a proposal of the unit at `unitPath`: the
 * proposing unit (its officers, in their subtree) and the board. Admins take both.
 */
export function proposalSides(actor: Actor, unitPath: string): Array<'unit' | 'board'> {
  const sides: Array<'unit' | 'board'> = [];
  const admin = actor.roles.includes('admin');
  if (admin || (actor.roles.includes('unit_officer') && inActorSubtree(actor, unitPath))) sides.push('unit');
  if (hasPermission(actor, 'proposals.review')) sides.push('board');
  return sides;
}

/** Proposers of the whole tree (the board, for the province) may propose national awards. */
export const proposesForProvince = (actor: Actor): boolean => hasPermission(actor, 'proposals.review');
/** Board-level roles that act on every cluster and movement. */
export const actsForBoard = (actor: Actor): boolean => actor.roles.includes('admin') || actor.roles.includes('board');

/**
 * A cluster leader acts only on the cluster (of that year) its own unit leads; the board on every
 * cluster. `leaderUnitId` is the cluster's leader of the year in question.
 */
export function leadsCluster(actor: Actor, leaderUnitId: string | null): boolean {
  if (actsForBoard(actor)) return true;
  return actor.roles.includes('cluster_leader') && leaderUnitId !== null && actor.unitId === leaderUnitId;
}

/**
 * A unit's own officer (or the board) acts for the unit as a cluster member: scoring its scorecard,
 * casting its ballot. Exactly its own unit: a province-level officer does not score a department.
 */
export function actsForUnit(actor: Actor, permission: Permission, unitId: string): boolean {
  return hasPermission(actor, permission) && (actsForBoard(actor) || actor.unitId === unitId);
}

/**
 * The one widening of a proposal's nominee scope: the dossier of a cluster's leader unit, drawn up by
 * whoever leads that cluster (its leader's officer, or the board), may name the cluster's member units
 * (outside the leader's subtree) as collective nominees, and read their history to judge eligibility.
 */
export function proposesForClusterMember(actor: Actor, cluster: { leaderUnitId: string | null; memberUnitIds: readonly string[] }, proposalUnitId: string, nomineeUnitId: string): boolean {
  return cluster.leaderUnitId === proposalUnitId && leadsCluster(actor, cluster.leaderUnitId) && cluster.memberUnitIds.includes(nomineeUnitId);
}

/**
 * The pact (giao ước thi đua) of a cluster is recorded by the board, or by the unit that leads the
 * cluster that year (it organizes the signing); no other cluster's leader, no member.
 */
export function requirePactWrite(actor: Actor, leaderUnitId: string | null): void {
  if (!leadsCluster(actor, leaderUnitId)) throw forbidden();
}

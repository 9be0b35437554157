/** SQL of the reminders: what the sweep reads to decide, the record that makes each reminder once, mail bookkeeping. */
import type { Kysely, Transaction } from 'kysely';
import { inSubtree } from '../../db/dialect.js';
import type { DB, ReminderTable } from '../../db/schema.js';
import { EDITABLE_STATES } from '../proposals/domain/workflow.js';
import type { DossierDeadline, ExpectedUnit } from './domain/due.js';

type Db = Kysely<DB>;

/** Active unit officers, who prepare dossiers: the people reminders are for (leaders and council members seated in a unit are not chased). */
const activeOfficers = (db: Db | Transaction<DB>) =>
  db.selectFrom('users').innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .where('users.active', '=', 1).where('user_roles.role', '=', 'unit_officer');

const unitOfficers = (db: Db | Transaction<DB>, unitId: string) => activeOfficers(db).where('users.unit_id', '=', unitId);

/** Dossiers still with their unit (draft or returned) that have a due date. */
export async function openDossiers(db: Db): Promise<DossierDeadline[]> {
  const rows = await db.selectFrom('proposals').innerJoin('units', 'units.id', 'proposals.unit_id')
    .select(['proposals.id', 'proposals.unit_id', 'units.name as unit_name', 'proposals.title', 'proposals.year', 'proposals.state', 'proposals.due_date'])
    .where('proposals.state', 'in', [...EDITABLE_STATES]).where('proposals.due_date', 'is not', null).execute();
  return rows.map((r) => ({ id: r.id, unitId: r.unit_id, unitName: r.unit_name, title: r.title, year: r.year, state: r.state, dueDate: r.due_date }));
}

/**
 * Units expected to send a year-end dossier: active and valid on `today`, with at least one active
 * unit officer (who prepares dossiers). The province's own offices, the council's seats and merged
 * units have none, so they are not chased.
 */
export async function yearEndUnits(db: Db, year: number, today: string): Promise<ExpectedUnit[]> {
  const [units, officers, dossiers] = await Promise.all([
    db.selectFrom('units').select(['units.id', 'units.name'])
      .where('units.active', '=', 1)
      .where((eb) => eb.or([eb('units.valid_from', 'is', null), eb('units.valid_from', '<=', today)]))
      .where((eb) => eb.or([eb('units.valid_to', 'is', null), eb('units.valid_to', '>=', today)]))
      .orderBy('units.name').execute(),
    activeOfficers(db).select('users.unit_id').distinct().execute(),
    db.selectFrom('proposals').select('unit_id').where('round', '=', 'year_end').where('year', '=', year).execute(),
  ]);
  const staffed = new Set(officers.map((o) => o.unit_id));
  const having = new Set(dossiers.map((d) => d.unit_id));
  return units.filter((u) => staffed.has(u.id)).map((u) => ({ id: u.id, name: u.name, yearEndYears: having.has(u.id) ? [year] : [] }));
}

/** Inserts unless a reminder with this key exists; true when this call recorded it. Same transaction as its notice. */
export async function recordOnce(trx: Transaction<DB>, row: ReminderTable): Promise<boolean> {
  const r = await trx.insertInto('reminders').values(row).onConflict((oc) => oc.column('key').doNothing()).returning('id').executeTakeFirst();
  return r !== undefined;
}

export const setNotified = (trx: Transaction<DB>, id: string, notified: number) =>
  trx.updateTable('reminders').set({ notified }).where('id', '=', id).execute();

export async function unitOfficerIds(trx: Transaction<DB>, unitId: string): Promise<string[]> {
  return (await unitOfficers(trx, unitId).select('users.id').execute()).map((r) => r.id);
}

/** Addresses of those officers who gave one. */
export async function unitAddresses(db: Db, unitId: string): Promise<string[]> {
  const rows = await unitOfficers(db, unitId).select('users.email').where('users.email', 'is not', null).orderBy('users.username').execute();
  return rows.map((r) => r.email!);
}

export const setMailResult = (db: Db, id: string, r: Pick<ReminderTable, 'mail_status' | 'mail_to' | 'mail_error' | 'mailed_at'>) =>
  db.updateTable('reminders').set(r).where('id', '=', id).execute();

/** The latest reminders for units under `path` (null: all), newest first. */
export function listReminders(db: Db, path: string | null, limit: number) {
  let q = db.selectFrom('reminders').innerJoin('units', 'units.id', 'reminders.unit_id').selectAll('reminders').select('units.name as unit_name');
  if (path) q = q.where((eb) => inSubtree(eb.ref('units.path'), path));
  return q.orderBy('reminders.created_at', 'desc').orderBy('reminders.id', 'desc').limit(limit).execute();
}

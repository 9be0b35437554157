/** SQL of proposals: one query per function. */
import { sql, type Kysely } from 'kysely';
import { containsFolded, countAll, inSubtree } from '../../db/dialect.js';
import type { DB, ProposalNomineeTable, ProposalRow } from '../../db/schema.js';
import type { Insertable } from 'kysely';

type Db = Kysely<DB>;

export interface ProposalFilter {
  path: string | null;
  states?: readonly string[];
  year?: number;
  folded?: string;
  limit: number;
  offset: number;
}

export async function listProposals(db: Db, f: ProposalFilter) {
  let q = db.selectFrom('proposals').innerJoin('units', 'units.id', 'proposals.unit_id');
  if (f.path) q = q.where(inSubtree(sql.ref('proposals.unit_path'), f.path));
  if (f.states?.length) q = q.where('proposals.state', 'in', f.states);
  if (f.year) q = q.where('proposals.year', '=', f.year);
  if (f.folded) q = q.where(containsFolded(sql.ref('proposals.search'), f.folded));
  const [items, total] = await Promise.all([
    q.selectAll('proposals').select('units.name as unit_name')
      .select((eb) => eb.selectFrom('proposal_nominees').select(countAll.as('n')).whereRef('proposal_nominees.proposal_id', '=', 'proposals.id').as('nominee_count'))
      .orderBy('proposals.updated_at', 'desc').orderBy('proposals.id').limit(f.limit).offset(f.offset).execute(),
    q.select(countAll.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: total.n };
}

export const findProposal = (db: Db, id: string) =>
  db.selectFrom('proposals').innerJoin('units', 'units.id', 'proposals.unit_id').selectAll('proposals').select('units.name as unit_name')
    .where('proposals.id', '=', id).executeTakeFirst();

export const listNominees = (db: Db, proposalId: string) =>
  db.selectFrom('proposal_nominees').innerJoin('units', 'units.id', 'proposal_nominees.unit_id')
    .selectAll('proposal_nominees').select('units.name as unit_name')
    .where('proposal_id', '=', proposalId).orderBy('order_no').execute();

export const findNominee = (db: Db, id: string) =>
  db.selectFrom('proposal_nominees').selectAll().where('id', '=', id).executeTakeFirst();

export const listDocuments = (db: Db, proposalId: string) =>
  db.selectFrom('proposal_documents').selectAll().where('proposal_id', '=', proposalId).orderBy('uploaded_at').execute();

export const listTransitions = (db: Db, proposalId: string) =>
  db.selectFrom('proposal_transitions').selectAll().where('proposal_id', '=', proposalId).orderBy('at').orderBy('id').execute();

/**
 * Moves the version on, only from the version the caller saw (and, when given, the state it had):
 * 0 rows means someone else saved first.
 */
export async function bumpVersion(db: Db, p: Pick<ProposalRow, 'id' | 'version'>, patch: Partial<Pick<ProposalRow, 'state' | 'late' | 'submitted_at' | 'title' | 'round' | 'procedure' | 'year' | 'event_date' | 'due_date' | 'note' | 'search'>>, at: string, fromState?: string): Promise<boolean> {
  let q = db.updateTable('proposals').set({ ...patch, version: p.version + 1, updated_at: at }).where('id', '=', p.id).where('version', '=', p.version);
  if (fromState) q = q.where('state', '=', fromState);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export const nextNomineeOrder = async (db: Db, proposalId: string): Promise<number> =>
  ((await db.selectFrom('proposal_nominees').select(sql<number>`cast(coalesce(max(order_no), 0) as integer)`.as('m')).where('proposal_id', '=', proposalId).executeTakeFirstOrThrow()).m) + 1;

export async function insertNominees(db: Db, rows: ReadonlyArray<Insertable<ProposalNomineeTable>>): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) await db.insertInto('proposal_nominees').values(rows.slice(i, i + 200)).execute();
}

/**
 * Decisions (quyết định khen thưởng): drafted by the board from the approved nominees of a dossier,
 * numbered when issued (per issuer per calendar year, Decree 30 Art 15), and issued in one
 * transaction with the registry's awards and the stored .docx. Revocation keeps everything.
 */
import type { Kysely } from 'kysely';
import type { DB, DecisionRow } from '../../db/schema.js';
import { newId, nowIso } from '../../lib/ids.js';
import { normalizeInput } from '../../lib/text.js';
import { badField, badInput, conflict, notFound } from '../../server/errors.js';
import { recordAudit } from '../audit/audit.js';
import { requirePermission } from '../auth/policy.js';
import { CATALOGUE, rewardAmount } from '../awards/domain/catalogue.js';
import type { AwardCode, CommendationKind, SubjectKind } from '../awards/domain/types.js';
import { countIn, newAwardRow, type AwardSubject } from '../awards/registry/award-row.js';
import * as registry from '../awards/registry/repo.js';
import { revokeAwardsIn } from '../awards/registry/service.js';
import { loadSettings, todayIso } from '../awards/settings/service.js';
import { documentNumberProblem, formatDocumentSymbol, nextDocumentNumber, parseDocumentSymbol, renderCertificates, renderOfficialDocument } from '../documents/index.js';
import { insertFile } from '../files/repo.js';
import { findPerson } from '../org/people.repo.js';
import { findUnit } from '../org/units.repo.js';
import type { Round } from '../proposals/domain/submission.js';
import { applyTransition, readableProposal, type Ctx } from '../proposals/service.js';
import { decisionDocument, type DecisionDraft, type DecisionLine } from './domain/document.js';

type Db = Kysely<DB>;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What the board enters for a decision: the document's own fields, its issuing unit and the nominees it covers. */
export type DecisionInput = Pick<DecisionDraft, 'issuerName' | 'issuerSymbol' | 'place' | 'summary' | 'authority' | 'bases' | 'signForm' | 'signerTitle' | 'signerName' | 'fundingSource' | 'recipients'>
  & { issuerUnitId?: string | null; nomineeIds: string[] };

/** The kind of commendation (Law Art 8) a round's awards are recorded as. */
const KIND_OF_ROUND: Record<Round, CommendationKind> = {
  year_end: 'regular', movement: 'regular', thematic: 'thematic', unscheduled: 'unscheduled', lifetime: 'lifetime', service_years: 'service_years',
};

const itemsOf = (db: Db, decisionId: string) =>
  db.selectFrom('decision_items').innerJoin('proposal_nominees', 'proposal_nominees.id', 'decision_items.nominee_id')
    .innerJoin('units', 'units.id', 'proposal_nominees.unit_id')
    .select(['decision_items.nominee_id', 'decision_items.award_type', 'decision_items.amount', 'decision_items.award_id', 'proposal_nominees.name',
      'proposal_nominees.subject_kind', 'proposal_nominees.position', 'proposal_nominees.person_id', 'proposal_nominees.unit_id', 'units.name as unit_name'])
    .where('decision_items.decision_id', '=', decisionId).orderBy('proposal_nominees.order_no').execute();

type Item = Awaited<ReturnType<typeof itemsOf>>[number];

const lineOf = (i: Item): DecisionLine => ({ name: i.name, subjectKind: i.subject_kind, position: i.position, unitName: i.unit_name, awardType: i.award_type as AwardCode, amount: i.amount });

function draftOf(d: DecisionRow, unitName: string, year: number): DecisionDraft {
  return {
    issuerName: d.issuer_name, issuerSymbol: d.issuer_symbol, place: d.place, number: d.number ? parseDocumentSymbol(d.number)?.number ?? null : null,
    date: d.decision_date, summary: d.summary, authority: d.authority, bases: JSON.parse(d.bases_json) as string[], signForm: d.sign_form as DecisionDraft['signForm'],
    signerTitle: d.signer_title, signerName: d.signer_name, fundingSource: d.funding_source, recipients: JSON.parse(d.recipients_json) as string[],
    proposingUnit: unitName, achievement: `đã có thành tích xuất sắc năm ${year}`,
  };
}

export async function getDecision(db: Db, ctx: Pick<Ctx, 'actor'>, id: string) {
  requirePermission(ctx.actor, 'proposals.read');
  const d = await db.selectFrom('decisions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!d) throw notFound('quyết định');
  const p = await readableProposal(db, ctx.actor, d.proposal_id);
  const items = await itemsOf(db, id);
  return { decision: d, proposal: p, items, document: decisionDocument(draftOf(d, p.unit_name, p.year), items.map(lineOf)) };
}

export async function listDecisions(db: Db, ctx: Pick<Ctx, 'actor'>, proposalId?: string) {
  requirePermission(ctx.actor, 'decisions.issue');
  let q = db.selectFrom('decisions').innerJoin('proposals', 'proposals.id', 'decisions.proposal_id').innerJoin('units', 'units.id', 'proposals.unit_id')
    .selectAll('decisions').select(['proposals.title as proposal_title', 'units.name as unit_name'])
    .select((eb) => eb.selectFrom('decision_items').select(eb.fn.countAll<number>().as('n')).whereRef('decision_items.decision_id', '=', 'decisions.id').as('items'));
  if (proposalId) q = q.where('decisions.proposal_id', '=', proposalId);
  return q.orderBy('decisions.created_at', 'desc').limit(500).execute();
}

/** Nominees a decision may carry: approved (or moved to a lower form) and not in another live decision. */
async function checkNominees(trx: Db, proposalId: string, nomineeIds: readonly string[], exceptDecision: string | null) {
  if (nomineeIds.length === 0) throw badField('nomineeIds', 'Chọn ít nhất một người hoặc tập thể được khen thưởng');
  const nominees = await trx.selectFrom('proposal_nominees').selectAll().where('proposal_id', '=', proposalId).where('id', 'in', nomineeIds).execute();
  const taken = await trx.selectFrom('decision_items').innerJoin('decisions', 'decisions.id', 'decision_items.decision_id')
    .select(['decision_items.nominee_id', 'decisions.number']).where('decision_items.nominee_id', 'in', nomineeIds)
    .where('decisions.state', '!=', 'revoked').where('decisions.id', '!=', exceptDecision ?? '').execute();
  const problems = nomineeIds.flatMap((id, i) => {
    const n = nominees.find((x) => x.id === id);
    if (!n) return [{ path: `nomineeIds[${i}]`, message: 'Không thuộc hồ sơ này' }];
    if (n.outcome !== 'approved' && n.outcome !== 'lowered') return [{ path: `nomineeIds[${i}]`, message: `${n.name}: chưa được Hội đồng, Ban thống nhất khen thưởng` }];
    if (taken.some((t) => t.nominee_id === id)) return [{ path: `nomineeIds[${i}]`, message: `${n.name}: đã có trong một quyết định khác` }];
    return [];
  });
  if (problems.length) throw badInput(problems);
  return nominees;
}

const rowOf = (input: Omit<DecisionInput, 'nomineeIds'>) => ({
  issuer_name: normalizeInput(input.issuerName).replace(/\s*\\n\s*/g, '\n'), issuer_symbol: normalizeInput(input.issuerSymbol), issuer_unit_id: input.issuerUnitId ?? null,
  place: normalizeInput(input.place), summary: normalizeInput(input.summary), authority: normalizeInput(input.authority),
  bases_json: JSON.stringify(input.bases.map(normalizeInput).filter(Boolean)), sign_form: input.signForm, signer_title: normalizeInput(input.signerTitle),
  signer_name: normalizeInput(input.signerName), funding_source: normalizeInput(input.fundingSource), recipients_json: JSON.stringify(input.recipients.map(normalizeInput).filter(Boolean)),
});

export async function createDecision(c: Ctx, proposalId: string, input: DecisionInput) {
  requirePermission(c.actor, 'decisions.issue');
  const p = await readableProposal(c.db, c.actor, proposalId);
  if (p.state !== 'to_council') throw conflict('quyết định được dự thảo khi hồ sơ đã qua Hội đồng (trạng thái "Trình Hội đồng", không còn đang công khai)');
  if (input.issuerUnitId && !(await findUnit(c.db, input.issuerUnitId))) throw badField('issuerUnitId', 'Không tìm thấy cơ quan ban hành');
  const settings = await loadSettings(c.db);
  const id = newId();
  await c.db.transaction().execute(async (trx) => {
    const nominees = await checkNominees(trx, proposalId, input.nomineeIds, null);
    const now = nowIso();
    const row = {
      id, proposal_id: proposalId, ...rowOf(input), number: null, number_year: null, decision_date: null, state: 'draft', version: 1, docx_file_id: null,
      issued_by: null, issued_at: null, revoked_number: null, revoked_date: null, revoked_reason: null, created_by: c.actor.userId, created_at: now, updated_at: now,
    };
    await trx.insertInto('decisions').values(row).execute();
    await trx.insertInto('decision_items').values(nominees.map((n) => {
      const code = (n.lowered_to ?? n.award_type) as AwardCode;
      return { decision_id: id, nominee_id: n.id, award_type: code, amount: rewardAmount(code, n.subject_kind as SubjectKind, todayIso(), settings), award_id: null };
    })).execute();
    await recordAudit(trx, c.who, { action: 'decision.draft', entity: 'decision', entityId: id, after: { ...row, nominees: input.nomineeIds } });
  });
  return id;
}

export async function updateDecision(c: Ctx, id: string, version: number, input: Omit<DecisionInput, 'nomineeIds'>) {
  requirePermission(c.actor, 'decisions.issue');
  await c.db.transaction().execute(async (trx) => {
    const d = await trx.selectFrom('decisions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!d) throw notFound('quyết định');
    if (d.state !== 'draft') throw conflict('quyết định đã ban hành không sửa được');
    const patch = { ...rowOf(input), version: version + 1, updated_at: nowIso() };
    const res = await trx.updateTable('decisions').set(patch).where('id', '=', id).where('version', '=', version).executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw conflict('dự thảo vừa được người khác lưu; hãy tải lại');
    await recordAudit(trx, c.who, { action: 'decision.update', entity: 'decision', entityId: id, after: patch });
  });
}

/** The subject as it is today, copied into the registry row. */
async function subjectOf(trx: Db, i: Item): Promise<AwardSubject> {
  if (i.subject_kind === 'individual') {
    const person = await findPerson(trx, i.person_id!);
    if (!person) throw notFound('cá nhân');
    return { kind: 'individual', id: person.id, name: person.full_name, unitId: person.unit_id, unitPath: person.unit_path, gender: person.gender, ethnicity: person.ethnicity, isLeader: person.is_leader === 1 };
  }
  const unit = await findUnit(trx, i.unit_id);
  if (!unit) throw notFound('đơn vị');
  return { kind: i.subject_kind as SubjectKind, id: i.subject_kind === 'collective' ? unit.id : null, name: i.name, unitId: unit.id, unitPath: unit.path, gender: null, ethnicity: null, isLeader: false };
}

/**
 * Issues the decision: numbers it (the next of the issuer's year, or the one given if free), writes
 * every award into the registry with its summary counts, stores the .docx, and closes the dossier
 * once all its approved nominees are decided. All of it commits together, or nothing does.
 */
export async function issueDecision(c: Ctx, id: string, input: { version: number; date: string; number?: number }) {
  requirePermission(c.actor, 'decisions.issue');
  const settings = await loadSettings(c.db);
  await c.db.transaction().execute(async (trx) => {
    const d = await trx.selectFrom('decisions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!d) throw notFound('quyết định');
    if (d.state !== 'draft') throw conflict('quyết định đã được ban hành');
    if (d.version !== input.version) throw conflict('dự thảo vừa được người khác lưu; hãy tải lại');
    const p = await readableProposal(trx, c.actor, d.proposal_id);
    if (input.date < `${p.year}-01-01`) throw badField('date', 'Ngày quyết định không thể trước năm xét khen thưởng');
    const year = Number(input.date.slice(0, 4));
    const issued = (await trx.selectFrom('decisions').select(['number', 'decision_date']).where('issuer_name', '=', d.issuer_name).where('number_year', '=', year).where('number', 'is not', null).execute())
      .map((r) => ({ number: parseDocumentSymbol(r.number!)?.number ?? 0, date: r.decision_date! }));
    const n = input.number ?? nextDocumentNumber(issued, input.date);
    const problem = documentNumberProblem(issued, n, input.date);
    if (problem) throw badField('number', problem);
    const number = formatDocumentSymbol(n, 'QĐ', d.issuer_symbol);
    const items = await itemsOf(trx, id);
    const at = nowIso();
    const rows = [];
    for (const i of items) {
      const code = i.award_type as AwardCode;
      const amount = rewardAmount(code, i.subject_kind as SubjectKind, input.date, settings);
      rows.push(newAwardRow(await subjectOf(trx, i), {
        awardType: code, kind: KIND_OF_ROUND[p.round as Round], year: p.year, certificateNo: null, rewardAmount: amount,
        decision: { number, date: input.date, issuer: d.issuer_name.replace(/\n/g, ' '), issuerUnitId: d.issuer_unit_id },
      }, { by: c.actor.userId, importId: null, now: at }));
    }
    const held = await registry.heldAwards(trx, rows.map((r) => r.subject_id).filter((s): s is string => s !== null));
    const dup = rows.find((r) => r.subject_id && held.has(`${r.subject_id}|${r.award_type}|${r.year}`));
    if (dup) throw conflict(`${dup.subject_name} đã có khen thưởng này năm ${dup.year} trong sổ vàng`);
    await registry.insertAwards(trx, rows);
    await registry.addToStats(trx, countIn(rows));
    for (const [k, i] of items.entries()) {
      await trx.updateTable('decision_items').set({ award_id: rows[k]!.id, amount: rows[k]!.reward_amount ?? null }).where('decision_id', '=', id).where('nominee_id', '=', i.nominee_id).execute();
      await trx.updateTable('proposal_nominees').set({ award_id: rows[k]!.id }).where('id', '=', i.nominee_id).execute();
    }
    const fresh = { ...d, number, number_year: year, decision_date: input.date };
    const docx = await renderOfficialDocument(decisionDocument(draftOf(fresh, p.unit_name, p.year), (await itemsOf(trx, id)).map(lineOf)));
    const fileId = await insertFile(trx, { name: `quyet-dinh-${n}-${year}.docx`, mime: DOCX, content: docx, createdBy: c.actor.userId });
    await trx.updateTable('decisions').set({ number, number_year: year, decision_date: input.date, state: 'issued', version: d.version + 1, docx_file_id: fileId, issued_by: c.actor.userId, issued_at: at, updated_at: at }).where('id', '=', id).execute();
    await recordAudit(trx, c.who, { action: 'decision.issue', entity: 'decision', entityId: id, after: { number, date: input.date, awards: rows.map((r) => r.id) } });
    const open = await trx.selectFrom('proposal_nominees').select('id').where('proposal_id', '=', p.id).where('outcome', 'in', ['approved', 'lowered']).where('award_id', 'is', null).executeTakeFirst();
    if (!open) await applyTransition(trx, c.actor, c.who, p.id, 'decide', null, null);
  });
}

/**
 * Annuls an issued decision (Law Art 93) in one transaction: every award it issued is revoked through
 * the registry (reason, revoking decision, summary counts), then the decision itself. Any failure
 * leaves every award and count as it was. An award already revoked on its own keeps its revocation.
 * Nothing is deleted.
 */
export async function revokeDecision(c: Ctx, id: string, input: { number: string; date: string; reason: string }) {
  requirePermission(c.actor, 'decisions.issue');
  await c.db.transaction().execute(async (trx) => {
    const d = await trx.selectFrom('decisions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!d) throw notFound('quyết định');
    if (d.state !== 'issued') throw conflict(d.state === 'revoked' ? 'quyết định đã bị hủy bỏ' : 'chỉ hủy bỏ quyết định đã ban hành');
    const issued = (await itemsOf(trx, id)).map((i) => i.award_id).filter((a): a is string => a !== null);
    const live = (await registry.findAwards(trx, issued)).filter((a) => !a.revoked).map((a) => a.id);
    await revokeAwardsIn(trx, c.actor, c.who, live, { decisionNumber: input.number, decisionDate: input.date, reason: input.reason });
    const patch = { state: 'revoked', revoked_number: normalizeInput(input.number), revoked_date: input.date, revoked_reason: normalizeInput(input.reason), updated_at: nowIso() };
    const res = await trx.updateTable('decisions').set(patch).where('id', '=', id).where('state', '=', 'issued').executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw conflict('quyết định vừa bị hủy bỏ bởi người khác');
    await recordAudit(trx, c.who, { action: 'decision.revoke', entity: 'decision', entityId: id, after: { ...patch, awards: live } });
  });
}

export async function decisionFile(db: Db, ctx: Pick<Ctx, 'actor'>, id: string) {
  const { decision, document } = await getDecision(db, ctx, id);
  if (decision.docx_file_id) {
    const f = await db.selectFrom('stored_files').select(['name', 'content']).where('id', '=', decision.docx_file_id).executeTakeFirstOrThrow();
    return { name: f.name, content: Buffer.from(f.content) };
  }
  return { name: 'du-thao-quyet-dinh.docx', content: await renderOfficialDocument(document) };
}


const capitalized = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Certificates (Bằng khen, Giấy khen, titles' certificates) of an issued decision, one landscape page
 * per recipient; `nomineeId` prints one. Each award type of the decision is its own certificate text.
 */
export async function decisionCertificates(db: Db, ctx: Pick<Ctx, 'actor'>, id: string, nomineeId?: string) {
  requirePermission(ctx.actor, 'decisions.issue');
  const { decision: d, items, document, proposal } = await getDecision(db, ctx, id);
  if (d.state !== 'issued' || !d.number || !d.decision_date) throw conflict('bằng, giấy khen in sau khi quyết định được ban hành (và chưa bị hủy bỏ)');
  const chosen = nomineeId ? items.filter((i) => i.nominee_id === nomineeId) : items;
  if (chosen.length === 0) throw notFound('người được khen thưởng trong quyết định');
  const code = chosen[0]!.award_type as AwardCode;
  if (chosen.some((i) => i.award_type !== code)) throw badField('nomineeId', 'Quyết định có nhiều hình thức; in bằng cho từng người');
  return renderCertificates({
    issuer: { name: d.issuer_name, symbol: d.issuer_symbol, place: d.place }, conferrer: d.authority, awardName: CATALOGUE[code].name,
    achievement: capitalized(draftOf(d, proposal.unit_name, proposal.year).achievement),
    decision: { number: parseDocumentSymbol(d.number)?.number ?? 0, date: d.decision_date }, signature: document.signature,
    recipients: chosen.map((i) => ({ name: i.name, unit: [i.position, i.unit_name].filter((x) => x && x !== i.name).join(', ') || undefined })),
  });
}

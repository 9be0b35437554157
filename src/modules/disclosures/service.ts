/**
 * Public disclosure (công khai, LAW.md §4.4): the board publishes a dossier's nominees for N working
 * days (the board's setting, 10 by default) before the council votes; citizens send feedback; the board records how it
 * handled each; the council sees the summary (council/service.ts).
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { countAll } from '../../db/dialect.js';
import type { DB } from '../../db/schema.js';
import { newId, nowIso } from '../../lib/ids.js';
import { normalizeInput } from '../../lib/text.js';
import { AppError, badField, badInput, conflict, notFound, type ErrorDetail } from '../../server/errors.js';
import { recordAudit } from '../audit/audit.js';
import { requirePermission } from '../auth/policy.js';
import { CATALOGUE } from '../awards/domain/catalogue.js';
import type { AwardCode } from '../awards/domain/types.js';
import { settingOn } from '../awards/domain/settings.js';
import { loadSettings, todayIso } from '../awards/settings/service.js';
import { addWorkingDays, loadHolidays } from '../calendar/index.js';
import { applyTransition, readableProposal, type Ctx } from '../proposals/service.js';

type Db = Kysely<DB>;
/** Feedback from one sender (address) per hour: enough for a citizen, too few for a flood. */
export const FEEDBACK_PER_HOUR = 5;

/** The last day of a publication that starts on `opensOn` and lasts `days` working days (the first counts when it is one). */
export async function closingDay(db: Db, opensOn: string, days: number): Promise<string> {
  const holidays = await loadHolidays(db);
  const dayBefore = new Date(Date.parse(`${opensOn}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return addWorkingDays(dayBefore, days, holidays);
}

export async function publish(c: Ctx, proposalId: string, input: { version: number; title?: string; opensOn?: string; workingDays?: number }) {
  requirePermission(c.actor, 'proposals.review');
  const p = await readableProposal(c.db, c.actor, proposalId);
  const opensOn = input.opensOn ?? todayIso();
  const days = input.workingDays ?? settingOn(await loadSettings(c.db), 'disclosureWorkingDays', opensOn).value;
  const closesOn = await closingDay(c.db, opensOn, days);
  const id = newId();
  await c.db.transaction().execute(async (trx) => {
    await applyTransition(trx, c.actor, c.who, proposalId, 'open_disclosure', input.version, null);
    const row = {
      id, proposal_id: proposalId, title: normalizeInput(input.title ?? `Công khai danh sách đề nghị khen thưởng: ${p.title}`), opens_on: opensOn, closes_on: closesOn,
      working_days: days, state: 'published', published_by: c.actor.userId, published_at: nowIso(),
    };
    await trx.insertInto('disclosures').values(row).execute();
    await recordAudit(trx, c.who, { action: 'disclosure.publish', entity: 'disclosure', entityId: id, after: row });
  });
  return id;
}

/** Ends the publication; before its last day only with a reason, which the dossier's history keeps. */
export async function closeDisclosure(c: Ctx, id: string, input: { version: number; reason?: string | null }) {
  requirePermission(c.actor, 'proposals.review');
  await c.db.transaction().execute(async (trx) => {
    const d = await trx.selectFrom('disclosures').selectAll().where('id', '=', id).executeTakeFirst();
    if (!d) throw notFound('đợt công khai');
    if (d.state !== 'published') throw conflict('đợt công khai đã kết thúc');
    const early = todayIso() <= d.closes_on;
    if (early && (input.reason ?? '').trim().length < 5) throw badField('reason', `Thời hạn công khai đến hết ngày ${d.closes_on.split('-').reverse().join('/')}; kết thúc sớm phải ghi lý do`);
    await applyTransition(trx, c.actor, c.who, d.proposal_id, 'close_disclosure', input.version, early ? input.reason ?? null : null);
    await trx.updateTable('disclosures').set({ state: 'closed' }).where('id', '=', id).execute();
    await recordAudit(trx, c.who, { action: 'disclosure.close', entity: 'disclosure', entityId: id, after: { early, reason: input.reason ?? null } });
  });
}

export async function listDisclosures(db: Db, ctx: Pick<Ctx, 'actor'>) {
  requirePermission(ctx.actor, 'proposals.review');
  return db.selectFrom('disclosures').innerJoin('proposals', 'proposals.id', 'disclosures.proposal_id').innerJoin('units', 'units.id', 'proposals.unit_id')
    .selectAll('disclosures').select(['proposals.title as proposal_title', 'units.name as unit_name'])
    .select((eb) => eb.selectFrom('disclosure_feedback').select(countAll.as('n')).whereRef('disclosure_feedback.disclosure_id', '=', 'disclosures.id').as('feedback_total'))
    .select((eb) => eb.selectFrom('disclosure_feedback').select(countAll.as('n')).whereRef('disclosure_feedback.disclosure_id', '=', 'disclosures.id').where('disclosure_feedback.status', '=', 'new').as('feedback_new'))
    .orderBy('disclosures.published_at', 'desc').execute();
}

export async function listFeedback(db: Db, ctx: Pick<Ctx, 'actor'>, id: string) {
  requirePermission(ctx.actor, 'proposals.review');
  return db.selectFrom('disclosure_feedback').leftJoin('users', 'users.id', 'disclosure_feedback.handled_by')
    .select(['disclosure_feedback.id', 'disclosure_feedback.name', 'disclosure_feedback.contact', 'disclosure_feedback.content', 'disclosure_feedback.created_at',
      'disclosure_feedback.status', 'disclosure_feedback.handling', 'disclosure_feedback.handled_at', 'users.full_name as handled_by_name'])
    .where('disclosure_id', '=', id).orderBy('disclosure_feedback.created_at').execute();
}

export async function handleFeedback(c: Ctx, id: string, feedbackId: string, handling: string) {
  requirePermission(c.actor, 'proposals.review');
  const text = normalizeInput(handling);
  if (text.length < 5) throw badField('handling', 'Ghi kết quả xử lý (ít nhất 5 ký tự)');
  await c.db.transaction().execute(async (trx) => {
    const f = await trx.selectFrom('disclosure_feedback').select(['id', 'status', 'handling']).where('id', '=', feedbackId).where('disclosure_id', '=', id).executeTakeFirst();
    if (!f) throw notFound('ý kiến');
    const patch = { status: 'handled', handling: text, handled_by: c.actor.userId, handled_at: nowIso() };
    await trx.updateTable('disclosure_feedback').set(patch).where('id', '=', feedbackId).execute();
    await recordAudit(trx, c.who, { action: 'disclosure.feedback.handle', entity: 'disclosure_feedback', entityId: feedbackId, before: f, after: patch });
  });
}

// ---- public (no login) ---------------------------------------------------------------------

const isOpen = (d: { state: string; opens_on: string; closes_on: string }, today: string) => d.state === 'published' && d.opens_on <= today && today <= d.closes_on;

/** What a citizen sees: publications under way and those of the last year, without personal data. */
export async function publicDisclosures(db: Db) {
  const today = todayIso();
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const rows = await db.selectFrom('disclosures').innerJoin('proposals', 'proposals.id', 'disclosures.proposal_id').innerJoin('units', 'units.id', 'proposals.unit_id')
    .select(['disclosures.id', 'disclosures.title', 'disclosures.opens_on', 'disclosures.closes_on', 'disclosures.state', 'disclosures.working_days', 'units.name as unit_name'])
    .select((eb) => eb.selectFrom('proposal_nominees').select(countAll.as('n')).whereRef('proposal_nominees.proposal_id', '=', 'disclosures.proposal_id').as('nominees'))
    .where('disclosures.opens_on', '<=', today).where('disclosures.closes_on', '>=', yearAgo).orderBy('disclosures.opens_on', 'desc').limit(200).execute();
  return rows.map((d) => ({ ...d, open: isOpen(d, today) }));
}

export async function publicDisclosure(db: Db, id: string) {
  const today = todayIso();
  const d = await db.selectFrom('disclosures').innerJoin('proposals', 'proposals.id', 'disclosures.proposal_id').innerJoin('units', 'units.id', 'proposals.unit_id')
    .select(['disclosures.id', 'disclosures.title', 'disclosures.opens_on', 'disclosures.closes_on', 'disclosures.state', 'disclosures.working_days', 'disclosures.proposal_id', 'units.name as unit_name'])
    .where('disclosures.id', '=', id).where('disclosures.opens_on', '<=', today).executeTakeFirst();
  if (!d) throw notFound('đợt công khai');
  const nominees = await db.selectFrom('proposal_nominees').innerJoin('units', 'units.id', 'proposal_nominees.unit_id')
    .select(['proposal_nominees.name', 'proposal_nominees.subject_kind', 'proposal_nominees.position', 'proposal_nominees.award_type', 'proposal_nominees.achievements', 'units.name as unit_name'])
    .where('proposal_nominees.proposal_id', '=', d.proposal_id).orderBy('proposal_nominees.order_no').execute();
  return {
    id: d.id, title: d.title, unitName: d.unit_name, opensOn: d.opens_on, closesOn: d.closes_on, workingDays: d.working_days, open: isOpen(d, today),
    nominees: nominees.map((n) => ({ name: n.name, subjectKind: n.subject_kind, position: n.position, unitName: n.unit_name, awardType: n.award_type, awardTypeName: CATALOGUE[n.award_type as AwardCode]?.name ?? n.award_type, achievements: n.achievements })),
  };
}

/** A citizen's feedback: kept as typed (the screens escape it), limited per sender and hour. */
export async function sendFeedback(db: Db, id: string, sender: string, input: { name: string; contact: string; content: string }) {
  const d = await db.selectFrom('disclosures').select(['id', 'state', 'opens_on', 'closes_on']).where('id', '=', id).executeTakeFirst();
  if (!d || d.opens_on > todayIso()) throw notFound('đợt công khai');
  if (!isOpen(d, todayIso())) throw conflict('đợt công khai đã kết thúc, không nhận thêm ý kiến');
  const fields = { name: normalizeInput(input.name), contact: normalizeInput(input.contact), content: input.content.trim() };
  // Every field's problem at once: a citizen on the no-script form fixes them in one go.
  const problems: ErrorDetail[] = [];
  if (fields.name.length < 2) problems.push({ path: 'name', message: 'Nhập họ tên người góp ý' });
  if (fields.contact.length < 5) problems.push({ path: 'contact', message: 'Nhập số điện thoại, thư điện tử hoặc địa chỉ để Ban liên hệ khi cần' });
  if (fields.content.length < 10) problems.push({ path: 'content', message: 'Nội dung góp ý quá ngắn (ít nhất 10 ký tự)' });
  if (problems.length) throw badInput(problems);
  const senderHash = createHash('sha256').update(`thidua-feedback|${sender}`).digest('hex');
  const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
  const recent = await db.selectFrom('disclosure_feedback').select(countAll.as('n')).where('sender_hash', '=', senderHash).where('created_at', '>', hourAgo).executeTakeFirstOrThrow();
  if (recent.n >= FEEDBACK_PER_HOUR) throw new AppError('feedback_throttled', 429, { minutes: 60 });
  const row = { id: newId(), disclosure_id: id, ...fields, sender_hash: senderHash, created_at: nowIso(), status: 'new', handling: null, handled_by: null, handled_at: null };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('disclosure_feedback').values(row).execute();
    await recordAudit(trx, { actorId: null, actorName: 'công dân' }, { action: 'disclosure.feedback', entity: 'disclosure_feedback', entityId: row.id, after: { disclosureId: id } });
  });
  return { id: row.id };
}

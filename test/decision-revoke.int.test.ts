/**
 * Revoking a decision is one transaction: every award it issued marked revoked with the reason and the
 * revoking decision, the summary counts moved, the decision closed — or, on any failure, nothing changed.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadActor } from '../src/modules/auth/repo.js';
import { revokeAwardsIn } from '../src/modules/awards/registry/service.js';
import { AppError } from '../src/server/errors.js';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

interface Proposal { id: string; version: number; nominees: Array<{ id: string }>; requiredDocuments: Array<{ name: string }> }
interface Decision { id: string; version: number; state: string; items: Array<{ awardId: string | null }> }

const DECISION = {
  issuerName: 'Ủy ban nhân dân\nhuyện Đắk Hà', issuerSymbol: 'UBND', place: 'Đắk Hà', summary: 'Về việc tặng danh hiệu Lao động tiên tiến năm 2024',
  authority: 'Chủ tịch Ủy ban nhân dân huyện Đắk Hà', bases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'], signForm: 'KT',
  signerTitle: 'Phó Chủ tịch', signerName: 'Nguyễn Đình Ninh', fundingSource: 'Quỹ thi đua, khen thưởng của huyện', recipients: ['Như Điều 3', 'Lưu: VT'],
};
const REVOKE = { number: '45/QĐ-UBND', date: '2025-03-03', reason: 'Kê khai thành tích không đúng sự thật' };

/** A trigger that fails the decision's own update, the last write of a revocation. */
async function failDecisionUpdates(t: TestApp, on: boolean): Promise<void> {
  const db = t.database.db;
  if (t.database.engine === 'sqlite') {
    await sql.raw(on
      ? "create trigger test_fail_revoke before update of state on decisions when new.state = 'revoked' begin select raise(abort, 'lỗi giả lập'); end"
      : 'drop trigger test_fail_revoke').execute(db);
    return;
  }
  if (on) {
    await sql.raw("create function test_fail_revoke() returns trigger language plpgsql as $$ begin raise exception 'lỗi giả lập'; end $$").execute(db);
    await sql.raw("create trigger test_fail_revoke before update on decisions for each row when (new.state = 'revoked') execute function test_fail_revoke()").execute(db);
  } else {
    await sql.raw('drop trigger test_fail_revoke on decisions').execute(db);
    await sql.raw('drop function test_fail_revoke()').execute(db);
  }
}

describe.each(ENGINES)('revoking a decision on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  let decision: Decision;
  let awardIds: string[];

  const awards = () => t.database.db.selectFrom('awards').select(['id', 'revoked', 'revoked_decision_number', 'revoked_reason']).where('id', 'in', awardIds).orderBy('id').execute();
  const stats = () => t.database.db.selectFrom('award_stats').selectAll().orderBy('unit_id').orderBy('year').orderBy('award_type').orderBy('gender').orderBy('ethnicity').orderBy('is_leader').orderBy('revoked').execute();
  const revokeAudits = async () => (await t.database.db.selectFrom('audit_log').select('entity_id').where('action', '=', 'award.revoke').execute()).length;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.database.db;
    const dakhaId = (await db.selectFrom('units').select('id').where('code', '=', 'DAKHA').executeTakeFirstOrThrow()).id;
    const people = await db.selectFrom('people').select('id').where('unit_id', '=', dakhaId).orderBy('full_name').execute();
    const dakha = await t.login('dakha');
    board = await t.login('bantdkt');
    let p = (await dakha.send('POST', '/api/v1/proposals', { unitId: dakhaId, title: 'Đề nghị tặng danh hiệu Lao động tiên tiến năm 2024', round: 'year_end', procedure: 'regular', year: 2024 })).json<Proposal>();
    for (const person of people.slice(0, 4)) {
      const r = await dakha.send('POST', `/api/v1/proposals/${p.id}/nominees`, { version: p.version, nominee: { subjectKind: 'individual', personId: person.id, awardType: 'LDTT', achievements: 'Hoàn thành tốt nhiệm vụ năm 2024', overrideReason: 'Kết quả đánh giá năm 2024 gửi kèm hồ sơ' } });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      p = r.json<Proposal>();
    }
    for (const d of p.requiredDocuments) p = (await dakha.upload(`/api/v1/proposals/${p.id}/documents?version=${p.version}&requirement=${encodeURIComponent(d.name)}`, 'a.pdf', Buffer.from('%PDF-1.4\n'))).json<Proposal>();
    const step = async (s: Session, action: string) => { p = (await s.send('POST', `/api/v1/proposals/${p.id}/transitions`, { action, version: p.version })).json<Proposal>(); };
    await step(dakha, 'submit');
    await step(board, 'start_review');
    await step(board, 'approve');
    for (const n of p.nominees) p = (await board.send('PUT', `/api/v1/proposals/${p.id}/nominees/${n.id}/outcome`, { version: p.version, outcome: 'approved' })).json<Proposal>();
    const draft = await board.send('POST', `/api/v1/proposals/${p.id}/decisions`, { ...DECISION, nomineeIds: p.nominees.map((n) => n.id) });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const issued = await board.send('POST', `/api/v1/decisions/${draft.json<Decision>().id}/issue`, { version: draft.json<Decision>().version, date: '2025-01-15' });
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    decision = issued.json<Decision>();
    awardIds = decision.items.map((i) => i.awardId!).sort();
    expect(awardIds).toHaveLength(4);
  });
  afterAll(async () => { await t?.close(); });

  it('leaves every award, count and the decision as they were when its last write fails', async () => {
    const before = { awards: await awards(), stats: await stats(), audits: await revokeAudits() };
    await failDecisionUpdates(t, true);
    try {
      const r = await board.send('POST', `/api/v1/decisions/${decision.id}/revoke`, REVOKE);
      expect(r.status).toBe(500);
    } finally {
      await failDecisionUpdates(t, false);
    }
    expect(await awards()).toEqual(before.awards);
    expect(await stats()).toEqual(before.stats);
    expect(await revokeAudits()).toBe(before.audits);
    expect((await board.get(`/api/v1/decisions/${decision.id}`)).json<Decision>().state).toBe('issued');
  });

  it('refuses a list holding an award already revoked, changing none of the others', async () => {
    const db = t.database.db;
    const first = await board.send('POST', `/api/v1/awards/${awardIds[0]}/revoke`, { decisionNumber: '30/QĐ-UBND', decisionDate: '2025-02-10', reason: 'Trùng với khen thưởng đã có' });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const before = { awards: await awards(), stats: await stats() };
    const actor = (await loadActor(db, (await db.selectFrom('users').select('id').where('username', '=', 'bantdkt').executeTakeFirstOrThrow()).id))!;
    const attempt = db.transaction().execute((trx) => revokeAwardsIn(trx, actor, { actorId: actor.userId, actorName: actor.fullName }, awardIds, { decisionNumber: REVOKE.number, decisionDate: REVOKE.date, reason: REVOKE.reason }));
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    expect(await awards()).toEqual(before.awards);
    expect(await stats()).toEqual(before.stats);
  });

  it('revokes the rest at once with the reason and the revoking decision, moves the counts, deletes nothing', async () => {
    const live = async () => (await stats()).filter((s) => s.revoked === 0 && s.year === 2024 && s.award_type === 'LDTT').reduce((n, s) => n + s.count, 0);
    const revoked = async () => (await stats()).filter((s) => s.revoked === 1 && s.year === 2024 && s.award_type === 'LDTT').reduce((n, s) => n + s.count, 0);
    const [liveBefore, revokedBefore] = [await live(), await revoked()];
    const r = await board.send('POST', `/api/v1/decisions/${decision.id}/revoke`, REVOKE);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.json<Decision>().state).toBe('revoked');
    const after = await awards();
    expect(after).toHaveLength(4);
    // The award revoked on its own keeps its own decision; the other three carry this one's.
    expect(after.map((a) => [a.revoked, a.revoked_decision_number, a.revoked_reason]).sort()).toEqual([
      [1, '30/QĐ-UBND', 'Trùng với khen thưởng đã có'],
      ...Array(3).fill([1, REVOKE.number, REVOKE.reason]),
    ].sort());
    expect([await live(), await revoked()]).toEqual([liveBefore - 3, revokedBefore + 3]);
    expect((await board.send('POST', `/api/v1/decisions/${decision.id}/revoke`, REVOKE)).status).toBe(409);
  });
});

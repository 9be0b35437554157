import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

interface Proposal { id: string; state: string; version: number; nominees: Array<{ id: string; name: string; outcome: string; outcomeReason: string | null; awardId: string | null }>; requiredDocuments: Array<{ name: string }> }
interface Agenda { id: string; nomineeId: string; name: string; ballots: number; writtenOpinions: number; myParticipation: string | null; tally: { yes: number; no: number; writtenYes: number; writtenNo: number; approvals: number; passed: boolean } | null; feedback: { total: number; handled: number } }
interface SessionView { id: string; state: string; quorum: { met: boolean; present: number }; agenda: Agenda[] }
interface Decision { id: string; version: number; number: string | null; state: string; items: Array<{ awardId: string | null; name: string }> }
interface Problem { error: { code: string; details: Array<{ path: string; message: string }> } }

const PDF = Buffer.from('%PDF-1.4\n');
const today = new Date().toISOString().slice(0, 10);
const DECISION = {
  issuerName: 'Ủy ban nhân dân\ntỉnh Kon Tum', issuerSymbol: 'UBND', place: 'Kon Tum', summary: 'Về việc tặng danh hiệu Tập thể lao động tiên tiến năm 2024',
  authority: 'Chủ tịch Ủy ban nhân dân tỉnh Kon Tum', bases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'], signForm: 'KT',
  signerTitle: 'Phó Chủ tịch', signerName: 'Nguyễn Ngọc Sâm', fundingSource: 'Quỹ thi đua, khen thưởng của tỉnh', recipients: ['Như Điều 3', 'Lưu: VT, KGVX'],
};

describe.each(ENGINES)('commendation path on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  let dakha: Session;
  let syte: Session;
  let admin: Session;
  const members: Session[] = [];
  const unit = new Map<string, string>();
  const user = new Map<string, string>();
  let p: Proposal;
  let sessionId: string;

  const act = async (s: Session, action: string, reason?: string) => {
    const r = await s.send('POST', `/api/v1/proposals/${p.id}/transitions`, { action, version: p.version, reason });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    p = r.json<Proposal>();
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.database.db;
    (await db.selectFrom('units').select(['id', 'code']).execute()).forEach((u) => unit.set(u.code, u.id));
    (await db.selectFrom('users').select(['id', 'username']).execute()).forEach((u) => user.set(u.username, u.id));
    const liên = (await db.selectFrom('people').select('id').where('full_name', '=', 'Y Liên').executeTakeFirstOrThrow()).id;
    [board, dakha, syte, admin] = await Promise.all([t.login('bantdkt'), t.login('dakha'), t.login('syte'), t.login('admin')]);
    for (let i = 1; i <= 9; i++) members.push(await t.login(`hoidong${i}`));
    p = (await dakha.send('POST', '/api/v1/proposals', { unitId: unit.get('DAKHA'), title: 'Đề nghị khen thưởng tổng kết năm 2024 huyện Đắk Hà', round: 'year_end', procedure: 'regular', year: 2024 })).json<Proposal>();
    for (const nominee of [
      { subjectKind: 'individual', personId: liên, awardType: 'CSTDCS', achievements: 'Hai năm liền hoàn thành xuất sắc nhiệm vụ, có sáng kiến số hóa hồ sơ văn hóa', overrideReason: 'Sáng kiến đã được công nhận, chờ nhập quyết định' },
      { subjectKind: 'collective', unitId: unit.get('DAKHA'), awardType: 'TTLDTT', achievements: 'Hoàn thành vượt mức các chỉ tiêu kinh tế – xã hội năm 2024', overrideReason: 'Số liệu thành viên năm 2024 gửi kèm báo cáo' },
      { subjectKind: 'household', unitId: unit.get('DAKHA'), name: 'Hộ ông A Nhong', awardType: 'GK', achievements: 'Hiến 500 m² đất làm đường liên thôn' },
    ]) {
      const r = await dakha.send('POST', `/api/v1/proposals/${p.id}/nominees`, { version: p.version, nominee });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      p = r.json<Proposal>();
    }
    for (const d of p.requiredDocuments) p = (await dakha.upload(`/api/v1/proposals/${p.id}/documents?version=${p.version}&requirement=${encodeURIComponent(d.name)}`, 'tai-lieu.pdf', PDF)).json<Proposal>();
    await act(dakha, 'submit');
    await act(board, 'start_review');
    await act(board, 'approve');
    const term = await board.send('POST', '/api/v1/council/terms', {
      name: 'Hội đồng Thi đua – Khen thưởng tỉnh nhiệm kỳ 2021–2026', startsOn: '2021-07-01', endsOn: '2026-12-31', secretaryId: user.get('bantdkt'),
      members: Array.from({ length: 9 }, (_, i) => ({ userId: user.get(`hoidong${i + 1}`), title: i === 0 ? 'Chủ tịch Hội đồng' : 'Ủy viên' })),
    });
    expect(term.status, JSON.stringify(term.body)).toBe(201);
    const s = await board.send('POST', '/api/v1/council/sessions', { termId: term.json<{ id: string }>().id, title: 'Phiên họp xét khen thưởng tổng kết năm 2024', meetsOn: today, place: 'Phòng họp số 1, UBND tỉnh' });
    expect(s.status, JSON.stringify(s.body)).toBe(201);
    sessionId = s.json<SessionView>().id;
  });
  afterAll(async () => { await t?.close(); });

  it('publishes the list, takes feedback (limited, stored as typed), and lets the board handle it', async () => {
    const r = await board.send('POST', `/api/v1/proposals/${p.id}/disclosures`, { version: p.version, workingDays: 10 });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const id = r.json<{ id: string }>().id;
    const list = (await t.anonymous.get('/api/v1/public/disclosures')).json<{ items: Array<{ id: string; open: boolean; closesOn: string }> }>().items;
    expect(list.find((d) => d.id === id)).toMatchObject({ open: true });
    const detail = (await t.anonymous.get(`/api/v1/public/disclosures/${id}`)).json<{ nominees: Array<{ name: string; awardTypeName: string }> }>();
    expect(detail.nominees.map((n) => n.name)).toEqual(['Y Liên', 'Huyện Đắk Hà', 'Hộ ông A Nhong']);
    expect(JSON.stringify(detail)).not.toMatch(/personId|idNumber|birth/);
    const content = 'Đề nghị xem lại <script>alert(1)</script> thành tích của hộ gia đình';
    const sent = await t.anonymous.send('POST', `/api/v1/public/disclosures/${id}/feedback`, { name: 'Trần Văn Bình', contact: '0905 123 456', content });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect((await t.anonymous.send('POST', `/api/v1/public/disclosures/${id}/feedback`, { name: 'B', contact: '', content: 'ngắn' })).json<Problem>().error.details[0]!.path).toBe('name');
    expect((await t.anonymous.send('POST', `/api/v1/public/disclosures/${id}/feedback`, { name: 'Người gửi', contact: '0905 000 000', content: 'x'.repeat(20_000) })).status).toBe(413);
    for (let i = 0; i < 4; i++) expect((await t.anonymous.send('POST', `/api/v1/public/disclosures/${id}/feedback`, { name: 'Người gửi', contact: '0905 000 000', content: `Ý kiến thứ ${i + 2} về danh sách` })).status).toBe(201);
    const throttled = await t.anonymous.send('POST', `/api/v1/public/disclosures/${id}/feedback`, { name: 'Người gửi', contact: '0905 000 000', content: 'Ý kiến thứ sáu về danh sách' });
    expect(throttled.status).toBe(429);
    const feedback = (await board.get(`/api/v1/disclosures/${id}/feedback`)).json<{ items: Array<{ id: string; content: string }> }>().items;
    expect(feedback).toHaveLength(5);
    expect(feedback[0]!.content).toBe(content);
    expect((await dakha.get(`/api/v1/disclosures/${id}/feedback`)).status).toBe(403);
    expect((await board.send('PUT', `/api/v1/disclosures/${id}/feedback/${feedback[0]!.id}`, { handling: 'Đã xác minh với UBND xã: thông tin hiến đất đúng thực tế' })).status).toBe(200);
    p = (await board.get(`/api/v1/proposals/${p.id}`)).json<Proposal>();
    expect(p.state).toBe('disclosure');
    expect((await board.send('POST', `/api/v1/disclosures/${id}/close`, { version: p.version })).json<Problem>().error.details[0]!.path).toBe('reason');
    expect((await board.send('POST', `/api/v1/disclosures/${id}/close`, { version: p.version, reason: 'Hội đồng họp sớm theo chỉ đạo của UBND tỉnh' })).status).toBe(200);
    p = (await board.get(`/api/v1/proposals/${p.id}`)).json<Proposal>();
    expect(p.state).toBe('to_council');
  });

  it('runs a secret ballot: once per member, counts only, threshold over all members', async () => {
    let r = await board.send('POST', `/api/v1/council/sessions/${sessionId}/agenda`, { nomineeIds: p.nominees.map((n) => n.id) });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const agenda = r.json<SessionView>().agenda;
    expect(agenda).toHaveLength(3);
    await board.send('PUT', `/api/v1/council/sessions/${sessionId}/attendance`, { present: [1, 2, 3, 4, 5, 6].map((i) => user.get(`hoidong${i}`)) });
    expect((await board.send('POST', `/api/v1/council/sessions/${sessionId}/open`)).json<Problem>().error.details[0]!.path).toBe('present');
    await board.send('PUT', `/api/v1/council/sessions/${sessionId}/attendance`, { present: [1, 2, 3, 4, 5, 6, 7, 8].map((i) => user.get(`hoidong${i}`)) });
    expect((await members[0]!.send('POST', `/api/v1/council/sessions/${sessionId}/ballots`, { votes: [{ agendaId: agenda[0]!.id, approve: true }] })).status).toBe(409);
    expect((await board.send('POST', `/api/v1/council/sessions/${sessionId}/open`)).status).toBe(200);
    const all = (approve: boolean) => ({ votes: agenda.map((a) => ({ agendaId: a.id, approve })) });
    const replies = await Promise.all(members.slice(0, 7).map((m) => m.send('POST', `/api/v1/council/sessions/${sessionId}/ballots`, all(true))));
    expect(replies.map((x) => x.status)).toEqual(Array(7).fill(200));
    expect((await members[7]!.send('POST', `/api/v1/council/sessions/${sessionId}/ballots`, all(false))).status).toBe(200);
    // Once only, even twice at the same time; the absent member and outsiders cannot vote.
    const twice = await Promise.all([members[0]!, members[0]!].map((m) => m.send('POST', `/api/v1/council/sessions/${sessionId}/ballots`, all(false))));
    expect(twice.map((x) => x.status)).toEqual([409, 409]);
    expect((await members[8]!.send('POST', `/api/v1/council/sessions/${sessionId}/ballots`, all(true))).status).toBe(409);
    expect((await dakha.send('POST', `/api/v1/council/sessions/${sessionId}/ballots`, all(true))).status).toBe(403);
    expect((await board.send('POST', `/api/v1/council/sessions/${sessionId}/ballots`, all(true))).status).toBe(403);
    // The written opinion of the absent member, recorded by the secretary: against CSTĐCS, for the others.
    expect((await members[0]!.send('POST', `/api/v1/council/sessions/${sessionId}/written-opinions`, { memberId: user.get('hoidong9'), votes: [] })).status).toBe(403);
    r = await board.send('POST', `/api/v1/council/sessions/${sessionId}/written-opinions`, { memberId: user.get('hoidong9'), votes: agenda.map((a, i) => ({ agendaId: a.id, approve: i !== 0 })) });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    // While open, nobody (not even an admin) sees counts of yes and no, only how many took part.
    const open = (await admin.get(`/api/v1/council/sessions/${sessionId}`)).json<SessionView>();
    expect(open.agenda.map((a) => [a.ballots, a.writtenOpinions, a.tally])).toEqual(Array(3).fill([8, 1, null]));
    expect((await members[2]!.get(`/api/v1/council/sessions/${sessionId}`)).json<SessionView>().agenda[0]!.myParticipation).toBe('ballot');
    r = await board.send('POST', `/api/v1/council/sessions/${sessionId}/close`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const closed = r.json<SessionView>().agenda;
    expect(closed.map((a) => [a.name, a.tally!.yes, a.tally!.no, a.tally!.writtenYes, a.tally!.writtenNo, a.tally!.passed])).toEqual([
      ['Y Liên', 7, 1, 0, 1, false], ['Huyện Đắk Hà', 7, 1, 1, 0, true], ['Hộ ông A Nhong', 7, 1, 1, 0, true],
    ]);
    expect(closed[0]!.feedback).toEqual({ total: 5, handled: 1 });
    p = (await board.get(`/api/v1/proposals/${p.id}`)).json<Proposal>();
    expect(p.nominees.map((n) => n.outcome)).toEqual(['rejected', 'approved', 'approved']);
    expect(p.nominees[0]!.outcomeReason).toContain('7/9');
  });

  it('never lets anyone read how a member voted', async () => {
    const db = t.database.db;
    const columns = Object.keys((await db.selectFrom('council_ballot_casts').selectAll().executeTakeFirstOrThrow()));
    expect(columns.sort()).toEqual(['agenda_id', 'channel', 'user_id']);
    const audits = await db.selectFrom('audit_log').select('after_json').where('action', 'in', ['council.ballot', 'council.written_opinion']).execute();
    expect(audits.length).toBe(9);
    for (const a of audits) expect(a.after_json).not.toMatch(/approve|true|false|yes|no_count/);
    for (const s of [admin, board, members[0]!]) {
      const body = JSON.stringify((await s.get(`/api/v1/council/sessions/${sessionId}`)).body);
      expect(body).not.toMatch(/"approve"|"choice"|"votes"/);
    }
    // Council members see the agenda, not the dossiers; units do not see the council.
    expect((await members[0]!.get(`/api/v1/proposals/${p.id}`)).status).toBe(403);
    expect((await dakha.get(`/api/v1/council/sessions/${sessionId}`)).status).toBe(403);
    const minutes = await members[0]!.get(`/api/v1/council/sessions/${sessionId}/minutes.docx`);
    expect(minutes.status).toBe(200);
    const xml = await (await JSZip.loadAsync(minutes.raw)).file('word/document.xml')!.async('string');
    expect(xml).toContain('BIÊN BẢN');
    expect(xml).toContain('Hộ ông A Nhong');
    expect(xml).toContain('Không đạt');
  });

  it('issues decisions into the registry at once, refuses a taken number, and revokes without deleting', async () => {
    const [liên, collective, household] = p.nominees;
    let r = await board.send('POST', `/api/v1/proposals/${p.id}/decisions`, { ...DECISION, nomineeIds: [liên!.id] });
    expect(r.status).toBe(400);
    expect(r.json<Problem>().error.details[0]).toEqual({ path: 'nomineeIds[0]', message: expect.stringContaining('Y Liên') });
    expect((await dakha.send('POST', `/api/v1/proposals/${p.id}/decisions`, { ...DECISION, nomineeIds: [collective!.id] })).status).toBe(403);
    r = await board.send('POST', `/api/v1/proposals/${p.id}/decisions`, { ...DECISION, nomineeIds: [collective!.id] });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const first = r.json<Decision>();
    r = await board.send('POST', `/api/v1/proposals/${p.id}/decisions`, { ...DECISION, summary: 'Về việc tặng Giấy khen', nomineeIds: [household!.id] });
    const second = r.json<Decision>();
    r = await board.send('POST', `/api/v1/decisions/${first.id}/issue`, { version: first.version, date: today, number: 5 });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const issued = r.json<Decision>();
    expect(issued.number).toBe('05/QĐ-UBND');
    expect((await board.get(`/api/v1/proposals/${p.id}`)).json<Proposal>().state).toBe('to_council');
    r = await board.send('POST', `/api/v1/decisions/${second.id}/issue`, { version: second.version, date: today, number: 5 });
    expect(r.status).toBe(400);
    expect(r.json<Problem>().error.details[0]).toEqual({ path: 'number', message: expect.stringContaining('đã được cấp') });
    expect((await board.get(`/api/v1/decisions/${second.id}`)).json<Decision>().state).toBe('draft');
    r = await board.send('POST', `/api/v1/decisions/${second.id}/issue`, { version: second.version, date: today });
    expect(r.json<Decision>().number).toBe('06/QĐ-UBND');
    expect((await board.get(`/api/v1/proposals/${p.id}`)).json<Proposal>().state).toBe('decided');
    const awards = (await board.get(`/api/v1/awards?q=${encodeURIComponent('05/QĐ-UBND')}`)).json<{ items: Array<{ id: string; subject: { name: string }; awardType: string; decision: { number: string } }> }>().items
      .filter((a) => a.decision.number === '05/QĐ-UBND');
    expect(awards.map((a) => [a.subject.name, a.awardType])).toEqual([['Huyện Đắk Hà', 'TTLDTT']]);
    const docx = await board.get(`/api/v1/decisions/${first.id}/document.docx`);
    const xml = await (await JSZip.loadAsync(docx.raw)).file('word/document.xml')!.async('string');
    expect(xml).toContain('05/QĐ-UBND');
    expect(xml).toContain('Huyện Đắk Hà');
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect((await syte.get(`/api/v1/decisions/${first.id}`)).status).toBe(403);
    const certificate = await board.get(`/api/v1/decisions/${first.id}/certificates.docx`);
    expect(certificate.status).toBe(200);
    const page = await (await JSZip.loadAsync(certificate.raw)).file('word/document.xml')!.async('string');
    expect(page).toContain('TẬP THỂ LAO ĐỘNG TIÊN TIẾN');
    expect(page).toContain('Huyện Đắk Hà');
    expect(page).toContain('05/QĐ-UBND');
    expect((await board.get(`/api/v1/decisions/${first.id}/certificates.docx?nomineeId=${liên!.id}`)).status).toBe(404);
    r = await board.send('POST', `/api/v1/decisions/${first.id}/revoke`, { number: '12/QĐ-UBND', date: today, reason: 'Kê khai thành tích không đúng sự thật' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.json<Decision>().state).toBe('revoked');
    const award = (await board.get(`/api/v1/awards/${awards[0]!.id}`)).json<{ revoked: boolean; revocation: { decisionNumber: string } }>();
    expect(award).toMatchObject({ revoked: true, revocation: { decisionNumber: '12/QĐ-UBND' } });
  });
});

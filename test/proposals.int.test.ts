import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

interface Nominee { id: string; name: string; awardType: string; eligibility: { eligible: boolean | null; missing?: string[] }; outcome: string }
interface Proposal {
  id: string; state: string; version: number; late: boolean; nominees: Nominee[]; documents: Array<{ id: string; requirement: string }>;
  requiredDocuments: Array<{ name: string; provided: boolean }>; issues: Array<{ path: string; message: string }>;
  history: Array<{ action: string; from: string; to: string; reason: string | null; by: string; at: string }>; actions: string[];
}
interface Problem { error: { code: string; message: string; details: Array<{ path: string; message: string }> } }

const PDF = Buffer.from('%PDF-1.4\n% tài liệu\n');

describe.each(ENGINES)('proposals on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  let dakha: Session;
  let syte: Session;
  let member: Session;
  let viewer: Session;
  const unit = new Map<string, string>();
  const person = new Map<string, string>();

  const upload = (s: Session, p: Proposal, requirement: string, name = 'to-trinh.pdf', content = PDF) =>
    s.upload(`/api/v1/proposals/${p.id}/documents?version=${p.version}&requirement=${encodeURIComponent(requirement)}`, name, content);
  const get = async (s: Session, id: string) => (await s.get(`/api/v1/proposals/${id}`)).json<Proposal>();
  const create = async (s: Session, unitCode: string, title = 'Đề nghị khen thưởng tổng kết năm 2024') => {
    const r = await s.send('POST', '/api/v1/proposals', { unitId: unit.get(unitCode), title, round: 'year_end', procedure: 'regular', year: 2024 });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.json<Proposal>();
  };
  const addNominee = (s: Session, p: Proposal, nominee: Record<string, unknown>) => s.send('POST', `/api/v1/proposals/${p.id}/nominees`, { version: p.version, nominee });
  /** A complete Đắk Hà dossier: two nominees and every required document. */
  const completeDossier = async () => {
    let p = await create(dakha, 'DAKHA');
    p = (await addNominee(dakha, p, { subjectKind: 'individual', personId: person.get('Y Liên'), awardType: 'GK', achievements: 'Hoàn thành xuất sắc công tác tuyên truyền năm 2024', overrideReason: 'Kết quả đánh giá năm 2024 đã có, chưa nhập vào hệ thống' })).json<Proposal>();
    p = (await addNominee(dakha, p, { subjectKind: 'collective', unitId: unit.get('DAKHA'), awardType: 'TTLDTT', achievements: 'Dẫn đầu phong trào thi đua của huyện năm 2024', overrideReason: 'Tập thể có thành tích xuất sắc được Huyện ủy ghi nhận' })).json<Proposal>();
    for (const d of p.requiredDocuments) {
      const r = await upload(dakha, p, d.name);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      p = r.json<Proposal>();
    }
    return p;
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.database.db;
    (await db.selectFrom('units').select(['id', 'code']).execute()).forEach((u) => unit.set(u.code, u.id));
    (await db.selectFrom('people').select(['id', 'full_name']).execute()).forEach((p) => person.set(p.full_name, p.id));
    [board, dakha, syte, member, viewer] = await Promise.all([t.login('bantdkt'), t.login('dakha'), t.login('syte'), t.login('hoidong1'), t.login('lanhdao')]);
  });
  afterAll(async () => { await t?.close(); });

  it('walks draft → submitted → review → returned → resubmitted with who, when and why', async () => {
    let p = await completeDossier();
    expect(p.nominees.map((n) => n.name)).toEqual(['Y Liên', 'Huyện Đắk Hà']);
    expect(p.issues).toEqual([]);
    expect(p.actions).toEqual(['submit']);
    let r = await dakha.send('POST', `/api/v1/proposals/${p.id}/transitions`, { action: 'submit', version: p.version });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    p = r.json<Proposal>();
    expect(p.state).toBe('submitted');
    r = await board.send('POST', `/api/v1/proposals/${p.id}/transitions`, { action: 'start_review', version: p.version });
    p = r.json<Proposal>();
    r = await board.send('POST', `/api/v1/proposals/${p.id}/transitions`, { action: 'return', version: p.version });
    expect(r.status).toBe(400);
    expect(r.json<Problem>().error.details[0]!.path).toBe('reason');
    r = await board.send('POST', `/api/v1/proposals/${p.id}/transitions`, { action: 'return', version: p.version, reason: 'Bổ sung số liệu thành tích của tập thể' });
    p = r.json<Proposal>();
    expect(p.state).toBe('returned');
    // The unit fixes the achievements, then sends it again.
    const collective = p.nominees[1]!;
    r = await dakha.send('PATCH', `/api/v1/proposals/${p.id}/nominees/${collective.id}`, { version: p.version, achievements: 'Dẫn đầu phong trào thi đua của huyện năm 2024; 100% thôn đạt chuẩn văn hóa' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    p = r.json<Proposal>();
    p = (await dakha.send('POST', `/api/v1/proposals/${p.id}/transitions`, { action: 'resubmit', version: p.version })).json<Proposal>();
    expect(p.state).toBe('resubmitted');
    expect(p.history.map((h) => [h.action, h.to, h.by])).toEqual([
      ['submit', 'submitted', 'Nguyễn Văn Hùng'], ['start_review', 'under_review', 'Nguyễn Thị Thu Hà'],
      ['return', 'returned', 'Nguyễn Thị Thu Hà'], ['resubmit', 'resubmitted', 'Nguyễn Văn Hùng'],
    ]);
    expect(p.history[2]!.reason).toBe('Bổ sung số liệu thành tích của tập thể');
    const audit = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', p.id).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['proposal.submit', 'proposal.return', 'proposal.resubmit']));
  });

  it('blocks submission on missing documents and unexplained ineligibility, naming each', async () => {
    let p = await create(dakha, 'DAKHA');
    p = (await addNominee(dakha, p, { subjectKind: 'individual', personId: person.get('Y Liên'), awardType: 'CSTDCS', achievements: 'Có sáng kiến cải tiến quy trình một cửa' })).json<Proposal>();
    expect(p.nominees[0]!.eligibility.eligible).toBe(false);
    expect(p.nominees[0]!.eligibility.missing?.length).toBeGreaterThan(0);
    const r = await dakha.send('POST', `/api/v1/proposals/${p.id}/transitions`, { action: 'submit', version: p.version });
    expect(r.status).toBe(400);
    const details = r.json<Problem>().error.details;
    expect(details.some((d) => d.path === 'nominees[0].overrideReason' && d.message.includes('Y Liên'))).toBe(true);
    expect(details.some((d) => d.path === 'documents' && d.message.includes('Tờ trình'))).toBe(true);
    expect((await get(dakha, p.id)).state).toBe('draft');
  });

  it('refuses bad nominees and uploads with the field named, saving nothing', async () => {
    const p = await create(dakha, 'DAKHA');
    let r = await addNominee(dakha, p, { subjectKind: 'individual', personId: person.get('Y Hoa'), awardType: 'GK', achievements: 'Thành tích của người đơn vị khác' });
    expect(r.status).toBe(400);
    expect(r.json<Problem>().error.details[0]).toEqual({ path: 'nominee.personId', message: expect.stringContaining('không thuộc Huyện Đắk Hà') });
    r = await addNominee(dakha, p, { subjectKind: 'individual', personId: person.get('Y Liên'), awardType: 'HCLD3', achievements: 'Thành tích xuất sắc nhiều năm liền' });
    expect(r.status).toBe(400);
    expect(r.json<Problem>().error.details[0]!.path).toBe('nominee.awardType');
    r = await addNominee(dakha, p, { subjectKind: 'collective', unitId: unit.get('DAKHA'), awardType: 'CSTDCS', achievements: 'Tập thể không nhận danh hiệu cá nhân' });
    expect(r.json<Problem>().error.details[0]!.path).toBe('nominee.awardType');
    r = await upload(dakha, p, 'Tờ trình đề nghị (Mẫu 01)', 'to-trinh.pdf', Buffer.from('MZ not a pdf'));
    expect(r.status).toBe(400);
    expect(r.json<Problem>().error.details[0]).toEqual({ path: 'file', message: expect.stringContaining('.pdf') });
    const after = await get(dakha, p.id);
    expect(after.nominees).toEqual([]);
    expect(after.documents).toEqual([]);
    expect(after.version).toBe(p.version);
  });

  it('keeps units out of each other\'s dossiers and council members out of dossiers', async () => {
    const p = await create(dakha, 'DAKHA');
    expect((await syte.get(`/api/v1/proposals/${p.id}`)).status).toBe(403);
    expect((await syte.send('POST', `/api/v1/proposals/${p.id}/nominees`, { version: p.version, nominee: { subjectKind: 'collective', unitId: unit.get('SYT'), awardType: 'TTLDTT', achievements: 'Thành tích ngoài phạm vi' } })).status).toBe(403);
    expect((await syte.get('/api/v1/proposals?limit=500')).json<{ items: Array<{ id: string }> }>().items.map((i) => i.id)).not.toContain(p.id);
    expect((await member.get('/api/v1/proposals')).status).toBe(403);
    expect((await member.get(`/api/v1/proposals/${p.id}`)).status).toBe(403);
    expect((await syte.send('POST', '/api/v1/proposals', { unitId: unit.get('DAKHA'), title: 'Hồ sơ của đơn vị khác', round: 'year_end', procedure: 'regular', year: 2024 })).status).toBe(403);
    // Viewers read everything and change nothing.
    expect((await viewer.get(`/api/v1/proposals/${p.id}`)).status).toBe(200);
    expect((await viewer.send('POST', `/api/v1/proposals/${p.id}/transitions`, { action: 'submit', version: p.version })).status).toBe(403);
    // The board does not submit for the unit.
    expect((await board.send('POST', `/api/v1/proposals/${p.id}/transitions`, { action: 'submit', version: p.version })).status).toBe(403);
    expect((await get(dakha, p.id)).state).toBe('draft');
  });

  it('answers 409 to a stale save and overwrites nothing', async () => {
    const p = await create(dakha, 'DAKHA');
    const body = { title: 'Đề nghị khen thưởng chuyên đề phòng chống thiên tai', round: 'unscheduled', procedure: 'simplified', year: 2024 };
    expect((await dakha.send('PUT', `/api/v1/proposals/${p.id}`, { ...body, version: p.version })).status).toBe(200);
    const stale = await dakha.send('PUT', `/api/v1/proposals/${p.id}`, { ...body, title: 'Bản cũ ghi đè', version: p.version });
    expect(stale.status).toBe(409);
    expect((await get(dakha, p.id)).nominees).toEqual([]);
    expect((await t.database.db.selectFrom('proposals').select('title').where('id', '=', p.id).executeTakeFirstOrThrow()).title).toBe(body.title);
  });

  it('lets exactly one of 50 simultaneous approvals through', async () => {
    let p = await completeDossier();
    p = (await dakha.send('POST', `/api/v1/proposals/${p.id}/transitions`, { action: 'submit', version: p.version })).json<Proposal>();
    p = (await board.send('POST', `/api/v1/proposals/${p.id}/transitions`, { action: 'start_review', version: p.version })).json<Proposal>();
    const replies = await Promise.all(Array.from({ length: 50 }, () => board.send('POST', `/api/v1/proposals/${p.id}/transitions`, { action: 'approve', version: p.version })));
    expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    expect(replies.filter((r) => r.status === 409)).toHaveLength(49);
    const after = await get(board, p.id);
    expect(after.state).toBe('to_council');
    expect(after.history.filter((h) => h.action === 'approve')).toHaveLength(1);
  });

  it('imports a nominee list all or nothing, with row errors', async () => {
    const p = await create(dakha, 'DAKHA');
    const template = await dakha.get('/api/v1/proposals/nominee-template.xlsx');
    expect(template.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.raw as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Danh sách đề nghị')!;
    ws.addRow(['Cá nhân', 'Y Liên', 'DAKHA', 'Chuyên viên', 'GK', 'Hoàn thành xuất sắc nhiệm vụ năm 2024']);
    ws.addRow(['Cá nhân', 'Không Có Ai', 'DAKHA', '', 'GK', 'Thành tích không có người']);
    ws.addRow(['Tập thể', 'Sở Y tế', 'SYT', '', 'TTLDTT', 'Thành tích ngoài huyện']);
    const bad = Buffer.from(await wb.xlsx.writeBuffer());
    let r = await dakha.upload(`/api/v1/proposals/${p.id}/nominees/import?version=${p.version}`, 'danh-sach.xlsx', bad);
    expect(r.status).toBe(400);
    expect(r.json<Problem>().error.details.map((d) => d.path)).toEqual(['Dòng 3, Họ tên hoặc tên tập thể']);
    expect((await get(dakha, p.id)).nominees).toEqual([]);
    ws.spliceRows(3, 1);
    r = await dakha.upload(`/api/v1/proposals/${p.id}/nominees/import?version=${p.version}`, 'danh-sach.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.status).toBe(400);
    expect(r.json<Problem>().error.details[0]).toEqual({ path: 'Dòng 3, unitId', message: expect.stringContaining('không thuộc Huyện Đắk Hà') });
    expect((await get(dakha, p.id)).nominees).toEqual([]);
    ws.spliceRows(3, 1);
    r = await dakha.upload(`/api/v1/proposals/${p.id}/nominees/import?version=${p.version}`, 'danh-sach.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.json<Proposal>().nominees.map((n) => n.name)).toEqual(['Y Liên']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

interface Detail { path: string; message: string }
interface Proposal { id: string; version: number; dueDate: string | null; late: boolean; requiredDocuments: Array<{ name: string }> }

const today = () => new Date().toISOString().slice(0, 10);
const PDF = Buffer.from('%PDF-1.4\n% tờ trình\n');

describe.each(ENGINES)('deadlines from the board settings on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  let dakha: Session;
  let dakhaId: string;
  const add = (body: Record<string, unknown>) => board.send('POST', '/api/v1/award-settings', { reason: 'Kế hoạch tổng kết năm của Hội đồng TĐKT tỉnh', effectiveFrom: today(), ...body });

  beforeAll(async () => {
    t = await createTestApp(engine);
    [board, dakha] = await Promise.all([t.login('bantdkt'), t.login('dakha')]);
    dakhaId = (await t.database.db.selectFrom('units').select('id').where('code', '=', 'DAKHA').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => { await t?.close(); });

  it('refuses a bad deadline in Vietnamese, naming the field', async () => {
    const details = async (body: Record<string, unknown>) => {
      const res = await add(body);
      expect(res.status).toBe(400);
      return res.json<{ error: { details: Detail[] } }>().error.details;
    };
    const dayMonth = [{ path: 'value', message: 'Hạn nộp hồ sơ tổng kết năm: ghi ngày/tháng dạng dd/mm có trong mọi năm, ví dụ 10/12' }];
    expect(await details({ key: 'yearEndDueDay', value: '31/02' })).toEqual(dayMonth);
    expect(await details({ key: 'yearEndDueDay', value: '2024-12-05' })).toEqual(dayMonth);
    expect(await details({ key: 'reminderDaysBefore', value: 0 })).toEqual([{ path: 'value', message: 'Số ngày nhắc trước hạn: phải từ 1 đến 60' }]);
    expect(await details({ key: 'disclosureWorkingDays', value: 2.5 })).toEqual([{ path: 'value', message: 'Số ngày làm việc công khai: phải là số nguyên' }]);
    expect(await details({ key: 'thematicDaysBefore', value: 'mười' })).toEqual([{ path: 'value', message: 'Số ngày nộp trước sự kiện chuyên đề: phải là một số' }]);
  });

  it('moves 10/12 to 05/12: a new year-end dossier is due 05/12 and sent after it is late', async () => {
    const item = async () => (await board.get('/api/v1/award-settings')).json<{ items: Array<{ key: string; current: { value: unknown; text: string } }> }>().items.find((i) => i.key === 'yearEndDueDay')!;
    expect((await item()).current).toMatchObject({ value: '10/12', text: 'hạn nộp hồ sơ khen thưởng tổng kết năm: hết ngày 10/12' });
    expect((await add({ key: 'yearEndDueDay', value: '05/12' })).status).toBe(201);
    expect((await item()).current).toMatchObject({ value: '05/12', text: 'hạn nộp hồ sơ khen thưởng tổng kết năm: hết ngày 05/12' });
    // Open dossiers follow at once; those already sent keep the date they were judged against.
    const yearEnd2024 = await t.database.db.selectFrom('proposals').select(['title', 'state', 'due_date']).where('round', '=', 'year_end').where('year', '=', 2024).execute();
    const draft = yearEnd2024.find((d) => d.title === 'Đề nghị khen thưởng tổng kết năm 2024 (đợt 2)')!;
    expect(draft).toMatchObject({ state: 'draft', due_date: '2024-12-05' });
    const sent = yearEnd2024.filter((d) => !['draft', 'returned'].includes(d.state));
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((d) => d.due_date === '2024-12-10')).toBe(true);

    let r = await dakha.send('POST', '/api/v1/proposals', { unitId: dakhaId, title: 'Đề nghị khen thưởng tổng kết năm 2024 (bổ sung)', round: 'year_end', procedure: 'regular', year: 2024 });
    let p = r.json<Proposal>();
    expect(p.dueDate).toBe('2024-12-05');
    r = await dakha.send('POST', `/api/v1/proposals/${p.id}/nominees`, { version: p.version, nominee: { subjectKind: 'collective', unitId: dakhaId, awardType: 'TTLDTT', achievements: 'Dẫn đầu phong trào thi đua của huyện năm 2024', overrideReason: 'Tập thể có thành tích xuất sắc được Huyện ủy ghi nhận' } });
    p = r.json<Proposal>();
    for (const d of p.requiredDocuments) {
      p = (await dakha.upload(`/api/v1/proposals/${p.id}/documents?version=${p.version}&requirement=${encodeURIComponent(d.name)}`, 'to-trinh.pdf', PDF)).json<Proposal>();
    }
    r = await dakha.send('POST', `/api/v1/proposals/${p.id}/transitions`, { action: 'submit', version: p.version });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.json<Proposal>()).toMatchObject({ dueDate: '2024-12-05', late: true });
  });

  it('publishes a disclosure for the board\'s number of working days unless told otherwise', async () => {
    expect((await add({ key: 'disclosureWorkingDays', value: 7 })).status).toBe(201);
    const submitted = await t.database.db.selectFrom('proposals').select(['id', 'version']).where('title', '=', 'Đề nghị khen thưởng tổng kết năm 2024 (bổ sung)').executeTakeFirstOrThrow();
    let p = (await board.send('POST', `/api/v1/proposals/${submitted.id}/transitions`, { action: 'start_review', version: submitted.version })).json<Proposal>();
    p = (await board.send('POST', `/api/v1/proposals/${p.id}/transitions`, { action: 'approve', version: p.version })).json<Proposal>();
    const res = await board.send('POST', `/api/v1/proposals/${p.id}/disclosures`, { version: p.version });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const d = await t.database.db.selectFrom('disclosures').select('working_days').where('proposal_id', '=', p.id).executeTakeFirstOrThrow();
    expect(d.working_days).toBe(7);
  });
});

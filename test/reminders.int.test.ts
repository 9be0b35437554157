import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../src/modules/reminders/mailer.js';
import { sweepReminders } from '../src/modules/reminders/sweep.js';
import { createTestApp, DEMO_PASSWORD, ENGINES, type Session, type TestApp } from './harness.js';
import { startMailServer, type MailServer } from './mail-server.js';

interface Notice { title: string; body: string; link: string | null }
interface Reminder { kind: string; unit: { name: string }; title: string; dueDate: string; notified: number; mail: { status: string; to: string | null; error: string | null } }

const DRAFT = 'Đề nghị khen thưởng tổng kết năm 2024 (đợt 2)'; // the demo's Đắk Hà draft, due 10/12/2024
const SOON = `Sắp đến hạn nộp hồ sơ: ${DRAFT}`;

describe.each(ENGINES)('deadline reminders on %s', (engine) => {
  let t: TestApp;
  let dakha: Session;
  let syte: Session;
  let board: Session;
  let councilSeat: Session;
  const notices = async (s: Session) => (await s.get('/api/v1/notifications?limit=100')).json<{ items: Notice[] }>().items;
  const reminders = async (s: Session) => (await s.get('/api/v1/reminders')).json<{ items: Reminder[] }>().items;

  beforeAll(async () => {
    t = await createTestApp(engine);
    const dakhaUnit = await t.database.db.selectFrom('units').select('id').where('code', '=', 'DAKHA').executeTakeFirstOrThrow();
    // A council member seated in Đắk Hà does not prepare its dossiers: reminders are not for them.
    const admin = await t.login('admin');
    expect((await admin.send('POST', '/api/v1/users', { username: 'hdhuyen', fullName: 'Y Blúp', unitId: dakhaUnit.id, roles: ['council_member'], password: DEMO_PASSWORD, email: 'yblup@dakha.example' })).status).toBe(201);
    [dakha, syte, board, councilSeat] = await Promise.all([t.login('dakha'), t.login('syte'), t.login('bantdkt'), t.login('hdhuyen')]);
  });
  afterAll(async () => { await t?.close(); });

  it('sends each reminder once, though two sweeps run at the same moment and a third runs later', async () => {
    const [a, b] = await Promise.all([sweepReminders(t.database.db, { today: '2024-12-03' }), sweepReminders(t.database.db, { today: '2024-12-03' })]);
    const keys = [...a.sent, ...b.sent].map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...a.sent, ...b.sent].find((s) => s.title === DRAFT)).toMatchObject({ kind: 'due_soon', unitName: 'Huyện Đắk Hà', dueDate: '2024-12-10', notified: 1 });
    expect((await sweepReminders(t.database.db, { today: '2024-12-03' })).sent).toEqual([]);
    expect((await sweepReminders(t.database.db, { today: '2024-12-04' })).sent).toEqual([]);
    const mine = (await notices(dakha)).filter((n) => n.title === SOON);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toBe(`Hồ sơ "${DRAFT}" của Huyện Đắk Hà chưa gửi. Hạn gửi đến Ban Thi đua – Khen thưởng: hết ngày 10/12/2024 (còn 7 ngày).`);
    expect(mine[0]!.link).toMatch(/^\/app\/khen-thuong\/ho-so\/[0-9a-f-]{36}$/);
    expect((await notices(councilSeat)).filter((n) => n.title === SOON)).toEqual([]);
  });

  it('chases the year-end dossier only from units with an officer and no year-end dossier yet', async () => {
    const yearEnd = (await reminders(board)).filter((r) => r.kind === 'year_end').map((r) => r.unit.name);
    expect(yearEnd).toContain('Thành phố Kon Tum');
    // Đắk Hà, Health and Planning have their 2024 dossiers; Finance has no unit officer.
    for (const name of ['Huyện Đắk Hà', 'Sở Y tế', 'Sở Kế hoạch và Đầu tư', 'Sở Tài chính']) expect(yearEnd).not.toContain(name);
  });

  it('says overdue once more after the due day, and only then', async () => {
    const after = await sweepReminders(t.database.db, { today: '2024-12-11' });
    expect(after.sent.filter((s) => s.title === DRAFT).map((s) => s.kind)).toEqual(['overdue']);
    expect((await sweepReminders(t.database.db, { today: '2024-12-12' })).sent).toEqual([]);
    expect((await notices(dakha)).filter((n) => n.title.includes(DRAFT)).map((n) => n.title)).toEqual([`Hồ sơ đã quá hạn nộp: ${DRAFT}`, SOON]);
  });

  it('reaches nobody of another unit: Health neither gets nor sees Đắk Hà\'s reminders; the board sees them all', async () => {
    expect((await notices(syte)).filter((n) => n.body.includes('Đắk Hà'))).toEqual([]);
    expect((await reminders(syte)).map((r) => r.unit.name).filter((n) => n !== 'Sở Y tế')).toEqual([]);
    const all = await reminders(board);
    expect(all.filter((r) => r.title === DRAFT).map((r) => [r.kind, r.mail.status])).toEqual([['overdue', 'off'], ['due_soon', 'off']]);
    expect((await t.anonymous.get('/api/v1/reminders')).status).toBe(401);
  });
});

describe.each(ENGINES)('reminder e-mail on %s', (engine) => {
  let t: TestApp;
  let smtp: MailServer;
  const mailFrom = 'Ban Thi đua – Khen thưởng <thidua@kontum.gov.vn.example>';

  beforeAll(async () => {
    [t, smtp] = await Promise.all([createTestApp(engine), startMailServer()]);
  });
  afterAll(async () => { await Promise.all([t?.close(), smtp?.close()]); });

  it('sends nothing without SMTP configured, and records that', async () => {
    expect(createMailer({})).toBeNull();
    const r = await sweepReminders(t.database.db, { today: '2027-12-04', mailer: createMailer({ smtpUrl: undefined, mailFrom }) });
    expect(r.sent.length).toBeGreaterThan(0);
    expect(r.sent.every((s) => s.mail.status === 'off')).toBe(true);
    expect(smtp.received).toEqual([]);
  });

  it('mails the unit\'s users with an address, in Vietnamese with its diacritics, after the notice', async () => {
    await t.database.db.updateTable('users').set({ email: null }).where('username', '=', 'syte').execute();
    const mailer = createMailer({ smtpUrl: smtp.url, mailFrom })!;
    const r = await sweepReminders(t.database.db, { today: '2025-12-03', mailer, publicUrl: 'https://thidua.kontum.gov.vn.example' });
    mailer.close();
    const dakha = r.sent.find((s) => s.unitName === 'Huyện Đắk Hà')!;
    expect(dakha.mail).toEqual({ status: 'sent', to: ['dakha@kontum.gov.vn.example'], error: null });
    const mail = smtp.received.find((m) => m.to.includes('dakha@kontum.gov.vn.example'))!;
    expect(mail.to).toEqual(['dakha@kontum.gov.vn.example']);
    expect(mail.from).toBe('thidua@kontum.gov.vn.example');
    expect(mail.subject).toBe('Sắp đến hạn nộp hồ sơ khen thưởng tổng kết năm 2025');
    expect(mail.text).toContain('Huyện Đắk Hà chưa có hồ sơ đề nghị khen thưởng tổng kết năm 2025. Hạn gửi đến Ban Thi đua – Khen thưởng: hết ngày 10/12/2025 (còn 7 ngày).');
    expect(mail.text).toContain('https://thidua.kontum.gov.vn.example/app/khen-thuong/ho-so');
    // One mail per unit with addresses; a unit whose users gave none is recorded as such.
    expect(smtp.received).toHaveLength(r.sent.filter((s) => s.mail.status === 'sent').length);
    expect(r.sent.find((s) => s.unitName === 'Sở Y tế')!.mail).toEqual({ status: 'no_address', to: [], error: null });
    expect(smtp.received.flatMap((m) => m.to)).not.toContain('syte@kontum.gov.vn.example');
    const stored = await t.database.db.selectFrom('reminders').select(['mail_status', 'mail_to', 'mailed_at']).where('id', '=', dakha.id).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ mail_status: 'sent', mail_to: 'dakha@kontum.gov.vn.example' });
  });

  it('logs and records a failed send, keeps the notice, and carries on with the other units', async () => {
    const logged: string[] = [];
    const failing = { send: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:25')), close: () => undefined };
    const r = await sweepReminders(t.database.db, { today: '2026-12-03', mailer: failing, log: (m) => logged.push(m) });
    const withAddress = r.sent.filter((s) => s.mail.to.length > 0);
    expect(withAddress.length).toBeGreaterThan(1);
    expect(withAddress.every((s) => s.mail.status === 'failed' && s.mail.error === 'connect ECONNREFUSED 127.0.0.1:25')).toBe(true);
    expect(logged).toContain('Không gửi được e-mail nhắc hạn "Sắp đến hạn nộp hồ sơ khen thưởng tổng kết năm 2026" tới dakha@kontum.gov.vn.example: connect ECONNREFUSED 127.0.0.1:25');
    const dakha = await t.login('dakha');
    const list = (await dakha.get('/api/v1/reminders')).json<{ items: Reminder[] }>().items;
    expect(list[0]).toMatchObject({ title: 'Hồ sơ đề nghị khen thưởng tổng kết năm 2026', mail: { status: 'failed', error: 'connect ECONNREFUSED 127.0.0.1:25' } });
    const notices = (await dakha.get('/api/v1/notifications')).json<{ items: Notice[] }>().items;
    expect(notices.some((n) => n.title === 'Sắp đến hạn nộp hồ sơ khen thưởng tổng kết năm 2026')).toBe(true);
  });
});

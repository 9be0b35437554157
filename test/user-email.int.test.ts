import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

interface Detail { path: string; message: string }
interface User { id: string; username: string; email: string | null }
const BAD = [{ path: 'email', message: 'Địa chỉ e-mail không hợp lệ (ví dụ: ten.ho@kontum.gov.vn)' }];

describe.each(ENGINES)('users\' e-mail addresses on %s', (engine) => {
  let t: TestApp;
  let admin: Session;
  let dakha: Session;
  let syteId: string;
  const emailOf = async (username: string) => (await t.database.db.selectFrom('users').select('email').where('username', '=', username).executeTakeFirstOrThrow()).email;

  beforeAll(async () => {
    t = await createTestApp(engine);
    [admin, dakha] = await Promise.all([t.login('admin'), t.login('dakha')]);
    syteId = (await t.database.db.selectFrom('users').select('id').where('username', '=', 'syte').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => { await t?.close(); });

  it('lets the admin set, show and clear an address, refusing a malformed one by name', async () => {
    let r = await admin.send('PATCH', `/api/v1/users/${syteId}`, { email: ' Nhung.PTH@SYT.KonTum.gov.vn ' });
    expect(r.status).toBe(200);
    expect(r.json<User>().email).toBe('Nhung.PTH@syt.kontum.gov.vn');
    const list = (await admin.get('/api/v1/users?q=syte')).json<{ items: User[] }>().items;
    expect(list.find((u) => u.username === 'syte')!.email).toBe('Nhung.PTH@syt.kontum.gov.vn');
    r = await admin.send('PATCH', `/api/v1/users/${syteId}`, { email: 'nhung@syt' });
    expect(r.status).toBe(400);
    expect(r.json<{ error: { details: Detail[] } }>().error.details).toEqual(BAD);
    expect(await emailOf('syte')).toBe('Nhung.PTH@syt.kontum.gov.vn');
    expect((await admin.send('PATCH', `/api/v1/users/${syteId}`, { email: '' })).json<User>().email).toBeNull();
    const unitId = (await t.database.db.selectFrom('units').select('id').where('code', '=', 'SNV').executeTakeFirstOrThrow()).id;
    r = await admin.send('POST', '/api/v1/users', { username: 'snv', fullName: 'Đinh Thị Mai', unitId, roles: ['unit_officer'], email: 'mai.dt@snv.kontum.gov.vn' });
    expect(r.json<{ user: User }>().user.email).toBe('mai.dt@snv.kontum.gov.vn');
    expect((await admin.send('POST', '/api/v1/users', { username: 'snv2', fullName: 'Đinh Văn An', unitId, roles: ['unit_officer'], email: 'an dv@snv.kontum.gov.vn' })).status).toBe(400);
    expect(await t.database.db.selectFrom('users').select('id').where('username', '=', 'snv2').executeTakeFirst()).toBeUndefined();
  });

  it('lets a user set their own address, audited, and nobody else\'s', async () => {
    expect((await dakha.get('/api/v1/me/email')).json()).toEqual({ email: 'dakha@kontum.gov.vn.example' });
    let r = await dakha.send('PUT', '/api/v1/me/email', { email: 'hung.nv@dakha.kontum.gov.vn' });
    expect(r.json()).toEqual({ email: 'hung.nv@dakha.kontum.gov.vn' });
    expect(await emailOf('dakha')).toBe('hung.nv@dakha.kontum.gov.vn');
    r = await dakha.send('PUT', '/api/v1/me/email', { email: 'hùng@dakha' });
    expect(r.status).toBe(400);
    expect(r.json<{ error: { details: Detail[] } }>().error.details).toEqual(BAD);
    expect((await dakha.send('PATCH', `/api/v1/users/${syteId}`, { email: 'ke.gian@example.com' })).status).toBe(403);
    expect(await emailOf('syte')).toBeNull();
    const audit = await t.database.db.selectFrom('audit_log').select(['action', 'after_json']).where('action', '=', 'user.set_email').execute();
    expect(audit.map((a) => JSON.parse(a.after_json!) as unknown)).toEqual([{ email: 'hung.nv@dakha.kontum.gov.vn' }]);
    expect((await t.anonymous.send('PUT', '/api/v1/me/email', { email: 'a@b.vn' })).status).toBe(401);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO_PASSWORD, ENGINES, type TestApp } from './harness.js';

describe.each(ENGINES)('authentication on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(engine); });
  afterAll(async () => { await t.close(); });

  it('logs in, answers /auth/me with the user and unit, and logs out', async () => {
    const s = await t.login('skhdt');
    const me = (await s.get('/api/v1/auth/me')).json<{ user: { username: string; roles: string[]; unit: { name: string } } }>();
    expect(me.user).toMatchObject({ username: 'skhdt', roles: ['unit_officer'], unit: { name: 'Sở Kế hoạch và Đầu tư' } });
    expect((await s.send('POST', '/api/v1/auth/logout')).status).toBe(200);
    expect((await s.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('refuses a wrong password with a Vietnamese message, and unknown users the same way', async () => {
    for (const username of ['syte', 'khongtontai']) {
      const res = await t.anonymous.send('POST', '/api/v1/auth/login', { username, password: 'sai-mat-khau-1' });
      expect(res.status).toBe(401);
      expect(res.json<{ error: { message: string } }>().error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng');
    }
  });

  it('throttles an account after 10 failures in 15 minutes, even with the right password', async () => {
    for (let i = 0; i < 10; i += 1) {
      expect((await t.anonymous.send('POST', '/api/v1/auth/login', { username: 'lanhdao', password: 'sai' })).status).toBe(401);
    }
    const res = await t.anonymous.send('POST', '/api/v1/auth/login', { username: 'lanhdao', password: DEMO_PASSWORD });
    expect(res.status).toBe(429);
    expect(res.json<{ error: { message: string } }>().error.message).toContain('15 phút');
  });

  it('rejects a mutation without the CSRF token and writes nothing', async () => {
    const admin = await t.login('admin');
    const before = (await admin.get('/api/v1/people?limit=500')).json<{ total: number }>().total;
    const units = (await admin.get('/api/v1/units?q=so y te')).json<{ items: Array<{ id: string }> }>();
    const body = { fullName: 'Nguyễn Văn Chống Giả', gender: 'male', unitId: units.items[0]!.id };
    const res = await admin.send('POST', '/api/v1/people', body, { csrf: null });
    expect(res.status).toBe(403);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('csrf');
    expect((await admin.send('POST', '/api/v1/people', body, { csrf: 'forged' })).status).toBe(403);
    expect((await admin.get('/api/v1/people?limit=500')).json<{ total: number }>().total).toBe(before);
  });

  it('changes the password: the old one stops working, other sessions end', async () => {
    const a = await t.login('syte');
    const b = await t.login('syte');
    const weak = await a.send('POST', '/api/v1/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'ngan' });
    expect(weak.status).toBe(400);
    expect(weak.json<{ error: { details: Array<{ path: string }> } }>().error.details[0]!.path).toBe('newPassword');
    expect((await a.send('POST', '/api/v1/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'Mat-khau-moi-2024' })).status).toBe(200);
    expect((await b.get('/api/v1/auth/me')).status).toBe(401);
    expect((await a.get('/api/v1/auth/me')).status).toBe(200);
    expect((await t.anonymous.send('POST', '/api/v1/auth/login', { username: 'syte', password: DEMO_PASSWORD })).status).toBe(401);
    await t.login('syte', 'Mat-khau-moi-2024');
  });

  it('sets the session cookie HttpOnly and SameSite, and sends security headers', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'bantdkt', password: DEMO_PASSWORD } });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toContain("default-src 'self'");
  });
});

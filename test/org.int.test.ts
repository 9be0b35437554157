import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

interface Page<T> { items: T[]; total: number }
interface Unit { id: string; code: string; name: string; path: string }
interface Person { id: string; fullName: string; unitId: string; birthDate?: string | null }

describe.each(ENGINES)('organisation on %s', (engine) => {
  let t: TestApp;
  let admin: Session;
  let skhdt: Session;
  let units: Map<string, Unit>;
  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = await t.login('admin');
    skhdt = await t.login('skhdt');
    units = new Map((await admin.get('/api/v1/units?limit=500')).json<Page<Unit>>().items.map((u) => [u.code, u]));
  });
  afterAll(async () => { await t.close(); });

  it('shows a unit officer only their own unit subtree', async () => {
    const list = (await skhdt.get('/api/v1/units?limit=500')).json<Page<Unit>>();
    expect(list.items.map((u) => u.code)).toEqual(['SKHDT']);
    expect((await skhdt.get(`/api/v1/units/${units.get('SYT')!.id}`)).status).toBe(403);
  });

  it('searches people without diacritics and đ, in any case', async () => {
    for (const q of ['dang van duc', 'ĐẶNG VĂN ĐỨC', 'Dang Van']) {
      const res = (await admin.get(`/api/v1/people?q=${encodeURIComponent(q)}`)).json<Page<Person>>();
      expect(res.items.map((p) => p.fullName)).toContain('Đặng Văn Đức');
    }
    const units2 = (await admin.get(`/api/v1/units?q=${encodeURIComponent('dak ha')}`)).json<Page<Unit>>();
    expect(units2.items.map((u) => u.name)).toEqual(['Huyện Đắk Hà']);
  });

  it("does not let a unit officer read or change another unit's people (403, nothing written)", async () => {
    const health = (await admin.get(`/api/v1/people?unitId=${units.get('SYT')!.id}`)).json<Page<Person>>();
    const nurse = health.items[0]!;
    expect((await skhdt.get(`/api/v1/people?unitId=${units.get('SYT')!.id}`)).status).toBe(403);
    expect((await skhdt.get(`/api/v1/people/${nurse.id}`)).status).toBe(403);
    expect((await skhdt.send('PATCH', `/api/v1/people/${nurse.id}`, { fullName: 'Tên Bị Sửa' })).status).toBe(403);
    expect((await skhdt.send('POST', '/api/v1/people', { fullName: 'Người Lạ', gender: 'male', unitId: units.get('SYT')!.id })).status).toBe(403);
    const after = (await admin.get(`/api/v1/people?unitId=${units.get('SYT')!.id}`)).json<Page<Person>>();
    expect(after.total).toBe(health.total);
    expect(after.items.map((p) => p.fullName)).toContain(nurse.fullName);
    const own = (await skhdt.get('/api/v1/people')).json<Page<Person>>();
    expect(own.items.every((p) => p.unitId === units.get('SKHDT')!.id)).toBe(true);
  });

  it('lets a unit officer add a person to their unit, audited, without personal data in the answer', async () => {
    const res = await skhdt.send('POST', '/api/v1/people', { fullName: '  Trương   Thị Mỹ  ', gender: 'female', birthYear: 1995, unitId: units.get('SKHDT')!.id, birthDate: '1995-03-02' });
    expect(res.status).toBe(201);
    const p = res.json<Person>();
    expect(p.fullName).toBe('Trương Thị Mỹ');
    expect('birthDate' in p).toBe(false);
    const full = (await admin.get(`/api/v1/people/${p.id}`)).json<Person>();
    expect(full.birthDate).toBe('1995-03-02');
  });

  it('answers bad input with 400 naming the field, and nothing is saved', async () => {
    const before = (await admin.get('/api/v1/people?limit=1')).json<Page<Person>>().total;
    const missing = await admin.send('POST', '/api/v1/people', { gender: 'male', unitId: units.get('SYT')!.id });
    expect(missing.status).toBe(400);
    expect(missing.json<{ error: { details: Array<{ path: string; message: string }> } }>().error.details).toContainEqual({ path: 'fullName', message: 'Trường bắt buộc, chưa được nhập' });
    const badYear = await admin.send('POST', '/api/v1/people', { fullName: 'Ai Đó', gender: 'male', unitId: units.get('SYT')!.id, birthYear: 1800 });
    expect(badYear.json<{ error: { details: Array<{ path: string }> } }>().error.details[0]!.path).toBe('birthYear');
    const badUnit = await admin.send('POST', '/api/v1/units', { code: 'SYT', name: 'Trùng mã', kind: 'department', parentId: units.get('UBND-KT')!.id });
    expect(badUnit.status).toBe(400);
    expect(badUnit.json<{ error: { details: Array<{ path: string; message: string }> } }>().error.details[0]).toMatchObject({ path: 'code' });
    expect((await admin.get('/api/v1/people?limit=1')).json<Page<Person>>().total).toBe(before);
  });

  it('moves a unit with its subtree and keeps scoping right', async () => {
    const parent = (await admin.send('POST', '/api/v1/units', { code: 'XA-THU', name: 'Xã Thử Nghiệm', kind: 'commune', parentId: units.get('NGOCHOI')!.id })).json<Unit>();
    const child = (await admin.send('POST', '/api/v1/units', { code: 'TRUONG-THU', name: 'Trường Tiểu học Thử', kind: 'school', parentId: parent.id })).json<Unit>();
    expect(child.path.startsWith(units.get('NGOCHOI')!.path)).toBe(true);
    const moved = (await admin.send('PATCH', `/api/v1/units/${parent.id}`, { parentId: units.get('TPKT')!.id })).json<Unit>();
    expect(moved.path.startsWith(units.get('TPKT')!.path)).toBe(true);
    const childAfter = (await admin.get(`/api/v1/units/${child.id}`)).json<Unit>();
    expect(childAfter.path).toBe(`${moved.path}${child.id}/`);
    const cycle = await admin.send('PATCH', `/api/v1/units/${parent.id}`, { parentId: child.id });
    expect(cycle.status).toBe(400);
  });

  it('lets only admins manage users, and a generated password works once given', async () => {
    expect((await skhdt.get('/api/v1/users')).status).toBe(403);
    const created = await admin.send('POST', '/api/v1/users', { username: 'ngochoi', fullName: 'Y Liên', unitId: units.get('NGOCHOI')!.id, roles: ['unit_officer'] });
    expect(created.status).toBe(201);
    const { password } = created.json<{ password: string }>();
    const s = await t.login('ngochoi', password);
    expect((await s.get('/api/v1/units')).json<Page<Unit>>().items[0]!.code).toBe('NGOCHOI');
    const dup = await admin.send('POST', '/api/v1/users', { username: 'ngochoi', fullName: 'Khác', unitId: units.get('NGOCHOI')!.id, roles: ['viewer'] });
    expect(dup.json<{ error: { details: Array<{ path: string }> } }>().error.details[0]!.path).toBe('username');
    const id = created.json<{ user: { id: string } }>().user.id;
    await admin.send('PATCH', `/api/v1/users/${id}`, { active: false });
    expect((await s.get('/api/v1/auth/me')).status).toBe(401);
  });
});

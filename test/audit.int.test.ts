import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../src/modules/audit/audit.js';
import { createTestApp, ENGINES, type TestApp } from './harness.js';

describe.each(ENGINES)('audit log on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(engine); });
  afterAll(async () => { await t.close(); });

  it('records every mutation with who, what, before and after, in an intact hash chain', async () => {
    const admin = await t.login('admin');
    const unit = (await admin.get('/api/v1/units?q=so y te')).json<{ items: Array<{ id: string }> }>().items[0]!;
    const person = (await admin.send('POST', '/api/v1/people', { fullName: 'Lý Thị Kiểm Tra', gender: 'female', unitId: unit.id })).json<{ id: string }>();
    await admin.send('PATCH', `/api/v1/people/${person.id}`, { position: 'Điều dưỡng trưởng' });
    const rows = await t.database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', person.id).orderBy('seq').execute();
    expect(rows.map((r) => [r.action, r.actor_name])).toEqual([['person.create', 'admin'], ['person.update', 'admin']]);
    expect(JSON.parse(rows[1]!.before_json!).position).toBeNull();
    expect(JSON.parse(rows[1]!.after_json!).position).toBe('Điều dưỡng trưởng');
    const check = await verifyAudit(t.database.db);
    expect(check.break).toBeNull();
    expect(check.entries).toBeGreaterThanOrEqual(3);
  });

  it('shows the log to the board, newest first, and to no unit officer', async () => {
    const board = await t.login('bantdkt');
    const page = (await board.get('/api/v1/audit?entity=person&limit=5')).json<{ items: Array<{ action: string; actor: { username: string }; after: { position?: string } }>; total: number }>();
    expect(page.items[0]).toMatchObject({ action: 'person.update', actor: { username: 'admin' }, after: { position: 'Điều dưỡng trưởng' } });
    expect(page.total).toBe(2);
    expect((await (await t.login('syte')).get('/api/v1/audit')).status).toBe(403);
  });

  it('detects an edit of history', async () => {
    const target = await t.database.db.selectFrom('audit_log').select('seq').where('action', '=', 'person.update').executeTakeFirstOrThrow();
    await sql`update audit_log set actor_name = 'ai-do' where seq = ${target.seq}`.execute(t.database.db);
    expect((await verifyAudit(t.database.db)).break).toEqual({ seq: target.seq, reason: 'hash_mismatch' });
  });
});

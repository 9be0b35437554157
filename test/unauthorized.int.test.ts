import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness.js';

// Routes anyone may call; every other route must answer 401 to a caller without a session.
const PUBLIC = new Set(['GET /api/v1/health', 'POST /api/v1/auth/login', 'POST /api/v1/auth/logout', 'GET /api/v1/public/dashboard/{year}',
  'GET /api/v1/public/disclosures', 'GET /api/v1/public/disclosures/{id}', 'POST /api/v1/public/disclosures/{id}/feedback']);

describe('every endpoint checks who asks', () => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp('sqlite'); });
  afterAll(async () => { await t.close(); });

  it('answers 401 without a session on every non-public route of the OpenAPI document', async () => {
    await t.app.ready();
    const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const checked: string[] = [];
    for (const [p, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods).map((m) => m.toUpperCase())) {
        if (!p.startsWith('/api/v1') || PUBLIC.has(`${method} ${p}`)) continue;
        const url = p.replace(/\{[^}]+\}/g, '0190a1b2-0000-7000-8000-000000000000');
        const res = await t.app.inject({ method: method as 'GET', url, payload: method === 'GET' ? undefined : {} });
        expect([`${method} ${p}`, res.statusCode]).toEqual([`${method} ${p}`, 401]);
        checked.push(`${method} ${p}`);
      }
    }
    expect(checked.length).toBeGreaterThan(15);
  });

  it('publishes the OpenAPI document at /api/docs without a login', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    expect(Object.keys((res.json() as { paths: object }).paths)).toContain('/api/v1/indicators/{id}/values');
  });
});

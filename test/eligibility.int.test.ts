import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from './harness.js';

interface Reason { rule: string; article: string; ok: boolean; message: string }
interface Result { status: string; eligible: boolean; ruleSet: string; reasons: Reason[]; missing: string[]; reward?: { amount: number; currency: string } }

const cstdTinh = (titles: Array<{ year: number; awardType: string; kind?: string }>, extra: Record<string, unknown> = {}) => ({
  awardType: 'CSTD_TINH', year: 2024, decisionDate: '2024-12-20',
  subject: {
    kind: 'individual', gender: 'female',
    ratings: [2022, 2023, 2024].map((year) => ({ year, rating: 'HTXSNV' })),
    titles,
    initiatives: [{ id: 'SK-01', year: 2024, scope: 'province' }],
    scienceWorks: [], disciplines: [], monthsWorked: 12, registered: true,
    ...extra,
  },
});
const chain = [2022, 2023, 2024].map((year) => ({ year, awardType: 'CSTDCS' }));

describe('eligibility API', () => {
  let t: TestApp;
  let s: Session;
  beforeAll(async () => { t = await createTestApp('sqlite'); s = await t.login('skhdt'); });
  afterAll(async () => { await t?.close(); });

  it('serves the catalogue with council thresholds, coefficients and dossier documents', async () => {
    const cstd = (await s.get('/api/v1/award-types/CSTD_TINH')).json<Record<string, unknown>>();
    expect(cstd).toMatchObject({ code: 'CSTD_TINH', name: 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh', level: 'province', councilVote: { required: true, threshold: 90 } });
    expect((cstd.dossierDocuments as string[]).length).toBeGreaterThan(2);
    const all = (await s.get('/api/v1/award-types')).json<{ items: Array<{ code: string }> }>();
    expect(all.items.map((i) => i.code)).toEqual(expect.arrayContaining(['LDTT', 'CSTDCS', 'TTLDXS', 'CO_TINH', 'BK_TTG', 'HCLD3']));
    expect((await s.get('/api/v1/award-types/KHONGCO')).status).toBe(404);
  });

  it('finds 3 consecutive CSTĐCS plus a provincial initiative eligible, citing the law, with the reward', async () => {
    const r = (await s.send('POST', '/api/v1/eligibility/check', cstdTinh(chain))).json<Result>();
    expect(r).toMatchObject({ status: 'eligible', eligible: true, ruleSet: 'law2022_d98' });
    expect(r.reasons.every((x) => x.article.length > 0)).toBe(true);
    expect(r.reasons.some((x) => x.article.includes('Điều 22'))).toBe(true);
    expect(r.reward).toEqual(expect.objectContaining({ amount: 7_020_000, currency: 'VND' }));
  });

  it('does not count a thematic title in the chain, and says what is missing', async () => {
    const broken = [...chain.slice(0, 1), { year: 2023, awardType: 'CSTDCS', kind: 'thematic' }, chain[2]!];
    const r = (await s.send('POST', '/api/v1/eligibility/check', cstdTinh(broken))).json<Result>();
    expect(r.status).toBe('not_eligible');
    expect(r.reasons.find((x) => !x.ok)?.message).toMatch(/CSTĐCS/);
    expect(r.missing.join(' ')).toMatch(/CSTĐCS/);
  });

  it('defers a subject under disciplinary review', async () => {
    const r = (await s.send('POST', '/api/v1/eligibility/check', cstdTinh(chain, { underReview: true }))).json<Result>();
    expect(r.status).toBe('deferred');
  });

  it('answers bad input with 400 naming the field', async () => {
    const res = await s.send('POST', '/api/v1/eligibility/check', { ...cstdTinh(chain), awardType: 'HUY_CHUONG_VANG' });
    expect(res.status).toBe(400);
    expect(res.json<{ error: { details: Array<{ path: string }> } }>().error.details[0]!.path).toBe('awardType');
  });

  it('checks a batch of nominees with per-subject results', async () => {
    const nominees = Array.from({ length: 500 }, (_, i) => ({ id: `n${i}`, ...cstdTinh(i % 2 ? chain : chain.slice(1)) }));
    const res = (await s.send('POST', '/api/v1/eligibility/batch', { nominees })).json<{ results: Array<{ id: string; result: Result }> }>();
    expect(res.results).toHaveLength(500);
    expect(res.results.filter((r) => r.result.eligible)).toHaveLength(250);
  });
});

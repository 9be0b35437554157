import { describe, expect, it } from 'vitest';
import { check, collective, failing, reason } from '../testing.js';

const leader = collective({ clusterLeader: true });

describe('CO_CP', () => {
  it('a cluster leader: eligible pending the council, 12 × LCS', () => {
    const r = check('CO_CP', 2025, leader, { decisionDate: '2026-05-01' });
    expect(r).toMatchObject({ status: 'eligible', manualReview: true, ruleSet: 'law2022_d152', reward: { amount: 28_080_000 } });
    expect(reason(r, 'central_selection').manual).toBe(true);
  });

  it('not a cluster leader: not eligible', () => {
    expect(failing(check('CO_CP', 2025, { ...leader, clusterLeader: false }))).toEqual(['cluster_leader']);
  });

  it('is not for individuals', () => {
    expect(failing(check('CO_CP', 2025, { ...leader, kind: 'individual' }))).toEqual(['subject_kind']);
  });

  it('a collective under inspection is deferred', () => {
    const r = check('CO_CP', 2025, { ...leader, underReview: true });
    expect(r.status).toBe('deferred');
    expect(reason(r, 'under_review').article).toBe('Nghị định 152/2025/NĐ-CP, Điều 4, khoản 4');
  });

  it('a disciplined collective is not eligible that year', () => {
    expect(failing(check('CO_CP', 2025, { ...leader, disciplines: [{ form: 'khien_trach', from: '2025-03-01', to: '2025-09-01' }] }))).toEqual(['discipline']);
  });
});

import { describe, expect, it } from 'vitest';
import { conferringAuthorities } from '../catalogue.js';
import { check, collective, failing, person, reason } from '../testing.js';

describe('HCLD1', () => {
  it('has no coded criteria: eligible pending the council', () => {
    const r = check('HCLD1', 2025, collective(), { decisionDate: '2025-09-02' });
    expect(r).toMatchObject({ status: 'eligible', manualReview: true });
    expect(reason(r, 'criteria').article).toBe('Luật TĐKT 2022, Điều 33');
  });

  it('pays 9 × LCS to an individual, 18 × to a collective', () => {
    expect(check('HCLD1', 2025, person(), { decisionDate: '2025-09-02' }).reward?.amount).toBe(21_060_000);
    expect(check('HCLD1', 2025, collective(), { decisionDate: '2025-09-02' }).reward?.amount).toBe(42_120_000);
  });

  it('is conferred by the President', () => {
    expect(conferringAuthorities('HCLD1', '2025-09-02')).toEqual(['Chủ tịch nước']);
  });

  it('a running discipline bars it', () => {
    expect(failing(check('HCLD1', 2025, person({ disciplines: [{ form: 'khien_trach', from: '2024-11-01' }] })))).toEqual(['discipline']);
  });

  it('is deferred under review and not for households', () => {
    expect(check('HCLD1', 2025, person({ underReview: true })).status).toBe('deferred');
    expect(failing(check('HCLD1', 2025, person({ kind: 'household' })))).toEqual(['subject_kind']);
  });
});

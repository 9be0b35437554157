import { describe, expect, it } from 'vitest';
import { check, collective, failing, person, ratings, reason } from '../testing.js';

describe('GK', () => {
  it('an individual rated HTTNV: eligible pending the unit, 0,3 × LCS', () => {
    const r = check('GK', 2024, person({ ratings: ratings(2024, 2024, 'HTTNV') }), { decisionDate: '2024-12-20' });
    expect(r).toMatchObject({ status: 'eligible', manualReview: true, reward: { amount: 710_000 } });
    expect(reason(r, 'rating').article).toBe('Luật TĐKT 2022, Điều 75, khoản 1');
  });

  it('an individual rated HTNV: not eligible', () => {
    expect(failing(check('GK', 2024, person({ ratings: ratings(2024, 2024, 'HTNV') })))).toEqual(['rating']);
  });

  it('a collective: 0,6 × LCS', () => {
    expect(check('GK', 2024, collective({ ratings: ratings(2024, 2024, 'HTXSNV') }), { decisionDate: '2024-12-20' }).reward?.amount).toBe(1_410_000);
  });

  it('a household: contributions judged by hand, 1,5 × the individual amount', () => {
    const r = check('GK', 2024, person({ kind: 'household' }), { decisionDate: '2024-12-20' });
    expect(r).toMatchObject({ status: 'eligible', reward: { amount: 1_070_000 } }); // 1,5 × 710.000 = 1.065.000
  });

  it('not the registration gate: a form, not an annual title', () => {
    const r = check('GK', 2024, person({ ratings: ratings(2024, 2024, 'HTTNV'), registered: false }));
    expect(r.status).toBe('eligible');
    expect(r.reasons.some((x) => x.rule === 'registration')).toBe(false);
  });

  it('a disciplined individual is not eligible that year', () => {
    const s = person({ ratings: ratings(2024, 2024, 'HTTNV'), disciplines: [{ form: 'canh_cao', from: '2024-05-01' }] });
    expect(failing(check('GK', 2024, s))).toEqual(['discipline']);
  });
});

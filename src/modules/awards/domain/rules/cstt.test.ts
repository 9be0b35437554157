import { describe, expect, it } from 'vitest';
import { check, failing, person, ratings, reason } from '../testing.js';

const good = person({ ratings: ratings(2025, 2025, 'HTXSNV') });

describe('CSTT (armed forces)', () => {
  it('applies the LĐTT standard and pays 0,3 × LCS', () => {
    const r = check('CSTT', 2025, good, { decisionDate: '2025-12-15' });
    expect(r).toMatchObject({ status: 'eligible', ruleSet: 'law2022_d152', reward: { amount: 710_000 } });
  });

  it('fails below HTTNV', () => {
    expect(failing(check('CSTT', 2025, person({ ratings: ratings(2025, 2025, 'KHTNV') })))).toEqual(['rating']);
  });

  it('fails with fewer than 10 months', () => {
    expect(failing(check('CSTT', 2025, { ...good, monthsWorked: 8 }))).toEqual(['months_worked']);
  });

  it('is for individuals only', () => {
    const r = check('CSTT', 2025, { ...good, kind: 'collective' });
    expect(failing(r)).toEqual(['subject_kind']);
    expect(r.reasons).toHaveLength(1);
  });

  it('is deferred while under review', () => {
    expect(check('CSTT', 2025, { ...good, underReview: true }).status).toBe('deferred');
  });

  it('cites Law 2003 for 2023', () => {
    expect(reason(check('CSTT', 2023, person({ ratings: ratings(2023, 2023, 'HTTNV') })), 'rating').article).toBe('Luật TĐKT 2003, Điều 24');
  });
});

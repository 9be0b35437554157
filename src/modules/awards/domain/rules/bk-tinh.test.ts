import { describe, expect, it } from 'vitest';
import { missingPhrases } from '../eligibility.js';
import { check, collective, failing, person, ratings, reason, titles } from '../testing.js';

describe('BK_TINH', () => {
  it('2 consecutive CSTĐCS meet point d: eligible, 1,5 × LCS for an individual', () => {
    const r = check('BK_TINH', 2024, person({ titles: titles('CSTDCS', [2023, 2024]) }), { decisionDate: '2024-12-20' });
    expect(r).toMatchObject({ status: 'eligible', reward: { amount: 3_510_000 } });
    const d = reason(r, 'bk_record');
    expect(d).toMatchObject({ ok: true, article: 'Luật TĐKT 2022, Điều 74, khoản 1, điểm d' });
    expect(d.manual).toBeUndefined();
  });

  it('or 2 years HTXSNV with 2 base-level initiatives', () => {
    const s = person({
      ratings: ratings(2023, 2024, 'HTXSNV'),
      initiatives: [{ id: 'A', year: 2023, scope: 'unit' }, { id: 'B', year: 2024, scope: 'unit' }],
    });
    expect(reason(check('BK_TINH', 2024, s), 'bk_record').manual).toBeUndefined();
    const one = { ...s, initiatives: s.initiatives.slice(0, 1) };
    expect(reason(check('BK_TINH', 2024, one), 'bk_record').manual).toBe(true);
  });

  it('without point d it goes to the council (points a, b, c, đ), never blocked automatically', () => {
    const r = check('BK_TINH', 2024, person({ titles: titles('CSTDCS', [2022, 2024]) }));
    expect(r).toMatchObject({ status: 'eligible', manualReview: true });
    expect(reason(r, 'bk_record').message).toContain('xét theo các điểm a, b, c, đ');
    expect(missingPhrases(r)).toEqual(['cần thêm 1 năm CSTĐCS liên tục (2023) (cần Hội đồng xem xét)']);
  });

  it('a household gets 1,5 × the individual amount', () => {
    const r = check('BK_TINH', 2024, person({ kind: 'household' }), { decisionDate: '2024-12-20' });
    expect(r.reward).toEqual({ amount: 5_270_000, currency: 'VND', coefficient: 2.25, baseSalary: 2_340_000, date: '2024-12-20' });
  });

  it('a collective with 2 consecutive years HTXSNV or TTLĐXS meets its record; 3 × LCS', () => {
    const c = collective({ ratings: ratings(2024, 2024, 'HTXSNV'), titles: titles('TTLDXS', [2023]) });
    const r = check('BK_TINH', 2024, c, { decisionDate: '2024-12-20' });
    expect(reason(r, 'bk_record').manual).toBeUndefined();
    expect(r.reward?.amount).toBe(7_020_000);
  });

  it('a disciplined individual is not eligible', () => {
    const s = person({ titles: titles('CSTDCS', [2023, 2024]), disciplines: [{ form: 'khien_trach', from: '2024-10-01' }] });
    expect(failing(check('BK_TINH', 2024, s))).toContain('discipline');
  });

  it('an unscheduled CSTĐCS is no basis for point d', () => {
    const s = person({ titles: [...titles('CSTDCS', [2023], 'unscheduled'), ...titles('CSTDCS', [2024])] });
    expect(reason(check('BK_TINH', 2024, s), 'bk_record').manual).toBe(true);
  });
});

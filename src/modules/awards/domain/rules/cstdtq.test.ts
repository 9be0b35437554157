import { describe, expect, it } from 'vitest';
import { check, failing, person, ratings, reason, titles } from '../testing.js';

const NATIONAL = { id: 'SK-Q', year: 2023, scope: 'national' as const };
const base = person({ ratings: ratings(2019, 2024, 'HTXSNV'), titles: titles('CSTDCS', [2019, 2020, 2021, 2022, 2023, 2024]), initiatives: [NATIONAL] });

describe('CSTDTQ', () => {
  it('2 consecutive CSTĐ tỉnh and a nationwide initiative: eligible, 4,5 × LCS', () => {
    const r = check('CSTDTQ', 2024, { ...base, titles: [...base.titles, ...titles('CSTD_TINH', [2023, 2024])] }, { decisionDate: '2025-03-01' });
    expect(r).toMatchObject({ status: 'eligible', ruleSet: 'law2022_d98', reward: { amount: 10_530_000 } });
    expect(reason(r, 'cstd_tinh_chain').message).toContain('(cài đặt: CSTĐ tỉnh liên tục là các năm liền nhau)');
  });

  it('one CSTĐ tỉnh is not enough', () => {
    const r = check('CSTDTQ', 2024, { ...base, titles: [...base.titles, ...titles('CSTD_TINH', [2024])] });
    expect(failing(r)).toEqual(['cstd_tinh_chain']);
    expect(reason(r, 'cstd_tinh_chain').missing).toBe('cần thêm 1 năm CSTĐ cấp bộ, ban, ngành, tỉnh liên tục (2023)');
  });

  it('CSTĐ tỉnh three years apart count only when the board sets the 3-year reading', () => {
    const s = { ...base, titles: [...base.titles, ...titles('CSTD_TINH', [2021, 2024])] };
    expect(check('CSTDTQ', 2024, s).status).toBe('not_eligible');
    const cycles = [{ key: 'cstdTinhChainStep', value: 3, effectiveFrom: '2024-01-01' }] as const;
    expect(check('CSTDTQ', 2024, s, {}, cycles).status).toBe('eligible');
  });

  it('a provincial initiative is not nationwide', () => {
    const r = check('CSTDTQ', 2024, { ...base, titles: [...base.titles, ...titles('CSTD_TINH', [2023, 2024])], initiatives: [{ ...NATIONAL, scope: 'province' }] });
    expect(failing(r)).toEqual(['national_achievement']);
  });

  it('a thematic CSTĐ tỉnh does not count', () => {
    const t = [...base.titles, ...titles('CSTD_TINH', [2023], 'thematic'), ...titles('CSTD_TINH', [2024])];
    expect(check('CSTDTQ', 2024, { ...base, titles: t }).status).toBe('not_eligible');
  });

  it('is deferred while under review, whatever the record', () => {
    const r = check('CSTDTQ', 2024, { ...base, underReview: true, titles: [...base.titles, ...titles('CSTD_TINH', [2023, 2024])] });
    expect(r).toMatchObject({ status: 'deferred', eligible: false });
    expect(r.reward).toBeUndefined();
  });
});

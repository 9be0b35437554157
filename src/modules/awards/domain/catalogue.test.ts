import { describe, expect, it } from 'vitest';
import { CATALOGUE, baseSalaryOn, conferringAuthorities, rewardAmount, rewardCoefficient, roundUpReward } from './catalogue.js';
import type { Settings } from './settings.js';
import { AWARD_CODES } from './types.js';

describe('catalogue', () => {
  it('has every award code of LAW.md with its Vietnamese name', () => {
    expect(Object.keys(CATALOGUE).sort()).toEqual([...AWARD_CODES].sort());
    for (const code of AWARD_CODES) expect(CATALOGUE[code].code).toBe(code);
    expect(CATALOGUE.LDTT.name).toBe('Lao động tiên tiến');
    expect(CATALOGUE.CSTD_TINH.name).toBe('Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh');
    expect(CATALOGUE.THON_VH.name).toBe('Thôn, tổ dân phố văn hóa');
    expect(CATALOGUE.HCLD3.name).toBe('Huân chương Lao động hạng Ba');
  });

  it('asks the council to vote 90 % or 80 % as D98 Art 30.7 lists', () => {
    const ballots = Object.fromEntries(AWARD_CODES.map((c) => [c, CATALOGUE[c].council]));
    expect(ballots).toMatchObject({ CSTDTQ: 'high', CSTD_TINH: 'high', CSTDCS: 'low', CO_TINH: 'low', CO_CP: 'low', LDTT: null, BK_TINH: null });
  });

  it('lists the ballot and the initiative proof in the CSTĐCS dossier', () => {
    expect(CATALOGUE.CSTDCS.dossier).toContain('Kết quả bỏ phiếu của Hội đồng Thi đua - Khen thưởng');
    expect(CATALOGUE.CSTDCS.dossier.some((d) => d.includes('sáng kiến'))).toBe(true);
    expect(CATALOGUE.CSTDCS.dossierSetLocallyFrom).toBe('2025-07-01');
    expect(CATALOGUE.CO_CP.dossier.some((d) => d.includes('Word và PDF'))).toBe(true);
  });

  it('moves district powers to the commune chairman on 01/07/2025', () => {
    expect(conferringAuthorities('CSTDCS', '2025-06-30')).toContain('Chủ tịch Ủy ban nhân dân cấp huyện');
    expect(conferringAuthorities('CSTDCS', '2025-07-01')).toContain('Chủ tịch Ủy ban nhân dân cấp xã');
    expect(conferringAuthorities('CSTDCS', '2025-07-01')).not.toContain('Chủ tịch Ủy ban nhân dân cấp huyện');
    expect(conferringAuthorities('THON_VH', '2025-07-01')).toEqual(['Chủ tịch Ủy ban nhân dân cấp xã']);
    expect(conferringAuthorities('CSTDTQ', '2024-01-01')).toEqual(['Thủ tướng Chính phủ']);
  });
});

describe('baseSalaryOn', () => {
  it('follows Decrees 38/2019, 24/2023 and 73/2024', () => {
    expect(baseSalaryOn('2024-07-01')).toBe(2_340_000);
    expect(baseSalaryOn('2024-06-30')).toBe(1_800_000);
    expect(baseSalaryOn('2023-07-01')).toBe(1_800_000);
    expect(baseSalaryOn('2023-06-30')).toBe(1_490_000);
    expect(baseSalaryOn('2019-06-30')).toBeNull();
    expect(() => baseSalaryOn('20/12/2024')).toThrow(RangeError);
  });
});

describe('rewardAmount (× base salary on the decision date, rounded up to 10.000 đ)', () => {
  it('CSTĐCS 1,0 × 2.340.000 = 2.340.000, no rounding needed', () => {
    expect(rewardAmount('CSTDCS', 'individual', '2024-12-20')).toBe(2_340_000);
    expect(rewardAmount('CSTDCS', 'individual', '2023-12-20')).toBe(1_800_000);
  });

  it('LĐTT 0,3 × 2.340.000 = 702.000, paid 710.000 after rounding up', () => {
    expect(0.3 * 2_340_000).toBeCloseTo(702_000);
    expect(rewardAmount('LDTT', 'individual', '2024-12-20')).toBe(710_000);
    expect(roundUpReward(702_000)).toBe(710_000);
    expect(roundUpReward(2_340_000)).toBe(2_340_000);
    expect(rewardAmount('TTLDTT', 'collective', '2024-12-20')).toBe(1_880_000); // 1.872.000
  });

  it('a household gets 1,5 × the individual amount (Bằng khen tỉnh)', () => {
    expect(rewardAmount('BK_TINH', 'individual', '2024-12-20')).toBe(3_510_000);
    expect(rewardAmount('BK_TINH', 'household', '2024-12-20')).toBe(5_270_000); // 5.265.000
    expect(rewardAmount('BK_TINH', 'collective', '2024-12-20')).toBe(7_020_000);
    expect(rewardCoefficient('BK_TINH', 'household', '2024-12-20')).toBe(2.25);
  });

  it('collective titles and flags use their own coefficients', () => {
    expect(rewardAmount('CO_CP', 'collective', '2025-08-01')).toBe(28_080_000);
    expect(rewardAmount('CO_TINH', 'collective', '2025-08-01')).toBe(18_720_000);
    expect(rewardAmount('HCLD3', 'collective', '2025-08-01')).toBe(21_060_000);
  });

  it('is null where no money goes with the award, or before the salary table', () => {
    expect(rewardAmount('GIA_DINH_VH', 'household', '2024-12-20')).toBeNull();
    expect(rewardAmount('TTLDTT', 'individual', '2024-12-20')).toBeNull();
    expect(rewardAmount('CSTDCS', 'individual', '2018-12-20')).toBeNull();
  });

  it('reads the [U] individual form coefficients from the settings', () => {
    const settings: Settings = [{ key: 'individualFormCoefficients', value: { BK_TINH: 1 }, effectiveFrom: '2026-01-01' }];
    expect(rewardAmount('BK_TINH', 'individual', '2026-02-01', settings)).toBe(2_340_000);
    expect(rewardAmount('BK_TINH', 'individual', '2025-12-31', settings)).toBe(3_510_000);
    expect(rewardAmount('GK', 'individual', '2026-02-01', settings)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  chainEndingAt, countableFromYear, disciplinesOverlapping, initiativeUse, joinYears, missingChainYears, monthsCounted,
  ratingChain, titleYears,
} from './history.js';
import { person, ratings, titles } from './testing.js';

describe('chains', () => {
  it('counts back-to-back years ending at the year; a gap resets', () => {
    expect(chainEndingAt(new Set([2022, 2023, 2024]), 2024)).toEqual([2022, 2023, 2024]);
    expect(chainEndingAt(new Set([2021, 2022, 2024]), 2024)).toEqual([2024]);
    expect(chainEndingAt(new Set([2022, 2023]), 2024)).toEqual([]);
    expect(chainEndingAt(new Set([2018, 2021, 2024]), 2024, 3)).toEqual([2018, 2021, 2024]);
    expect(chainEndingAt(new Set([2022, 2023, 2024]), 2024, 1, 2023)).toEqual([2023, 2024]);
  });

  it('names the years a chain still lacks', () => {
    expect(missingChainYears(new Set([2022, 2023]), 2024, 3)).toEqual([2024]);
    expect(missingChainYears(new Set([2022, 2024]), 2024, 3)).toEqual([2023]);
    expect(missingChainYears(new Set([2021, 2024]), 2024, 2, 3)).toEqual([]);
  });

  it('ignores thematic and ad-hoc titles and the issuer (mergers bridged)', () => {
    const s = person({
      titles: [
        { year: 2022, awardType: 'CSTDCS', conferredBy: 'UBND huyện Đăk Hà' },
        { year: 2023, awardType: 'CSTDCS', kind: 'thematic' },
        { year: 2024, awardType: 'CSTDCS', kind: 'unscheduled' },
        { year: 2025, awardType: 'CSTDCS', kind: 'regular', conferredBy: 'UBND xã Đăk Hà' },
      ],
    });
    expect([...titleYears(s, ['CSTDCS'])]).toEqual([2022, 2025]);
    expect([...titleYears(s, ['CSTDCS'], false)]).toEqual([2022, 2025]);
  });

  it('counts consecutive rating years at or above a level', () => {
    const s = person({ ratings: [...ratings(2020, 2022, 'HTXSNV'), ...ratings(2023, 2023, 'HTTNV'), ...ratings(2024, 2024, 'HTXSNV')] });
    expect(ratingChain(s, 2024, 'HTTNV')).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(ratingChain(s, 2024, 'HTXSNV')).toEqual([2024]);
  });
});

describe('discipline', () => {
  const d = [{ form: 'canh_cao' as const, from: '2022-03-01', to: '2022-09-01' }];
  it('overlaps the years of its period, and every later year while running', () => {
    expect(disciplinesOverlapping(d, 2022, 'khien_trach')).toHaveLength(1);
    expect(disciplinesOverlapping(d, 2023, 'khien_trach')).toHaveLength(0);
    expect(disciplinesOverlapping(d, 2022, 'ha_bac_luong')).toHaveLength(0);
    expect(disciplinesOverlapping([{ form: 'khien_trach', from: '2023-05-01' }], 2025, 'khien_trach')).toHaveLength(1);
  });
  it('counts achievements from the year after the period ends', () => {
    expect(countableFromYear(d, 2024, 'khien_trach')).toBe(2023);
    expect(countableFromYear([], 2024, 'khien_trach')).toBe(-Infinity);
    expect(countableFromYear([{ form: 'khien_trach', from: '2024-05-01' }], 2024, 'khien_trach')).toBe(Infinity);
  });
});

describe('initiatives, months, wording', () => {
  it('uses an initiative once: title ↔ form blocked, a second title to the council', () => {
    const i = { id: 'SK1', year: 2024, scope: 'unit' as const };
    expect(initiativeUse(i, 'CSTDCS', 2024)).toBe('free');
    expect(initiativeUse({ ...i, usedFor: [{ year: 2024, awardType: 'CSTDCS' }] }, 'CSTDCS', 2024)).toBe('free');
    expect(initiativeUse({ ...i, usedFor: [{ year: 2024, awardType: 'BK_TINH' }] }, 'CSTDCS', 2024)).toBe('blocked');
    expect(initiativeUse({ ...i, usedFor: [{ year: 2024, awardType: 'CSTDCS' }] }, 'BK_TINH', 2024)).toBe('blocked');
    expect(initiativeUse({ ...i, usedFor: [{ year: 2024, awardType: 'CSTDCS' }] }, 'CSTD_TINH', 2026)).toBe('title_reuse');
  });

  it('counts maternity leave as worked, up to 12 months', () => {
    expect(monthsCounted(person({ monthsWorked: 5, maternityMonths: 6 }))).toBe(11);
    expect(monthsCounted(person({ monthsWorked: 8, maternityMonths: 6 }))).toBe(12);
    expect(monthsCounted(person({ monthsWorked: undefined }))).toBeUndefined();
  });

  it('joins years the Vietnamese way', () => {
    expect(joinYears([2022, 2023, 2024])).toBe('2022, 2023 và 2024');
    expect(joinYears([2024])).toBe('2024');
    expect(titles('LDTT', [2024])).toEqual([{ year: 2024, awardType: 'LDTT' }]);
  });
});

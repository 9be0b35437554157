import { describe, expect, it } from 'vitest';
import { byLevel, share, tallyStatuses, total } from './tally.js';

describe('report tallies', () => {
  it('folds award types into levels, highest first', () => {
    const groups = [{ key: 'LDTT', label: null, count: 40 }, { key: 'BK_TINH', label: null, count: 7 }, { key: 'CSTD_TINH', label: null, count: 3 }, { key: 'BK_TTG', label: null, count: 1 }];
    expect(byLevel(groups)).toEqual([
      { key: 'national', label: 'Cấp Nhà nước', count: 1 },
      { key: 'province', label: 'Cấp tỉnh, bộ, ngành', count: 10 },
      { key: 'unit', label: 'Cấp cơ sở', count: 40 },
    ]);
    expect(total(groups)).toBe(51);
  });
  it('writes shares in Vietnamese and counts statuses', () => {
    expect(share(1, 8)).toBe('12,5');
    expect(share(3, 0)).toBe('0');
    expect(tallyStatuses(['achieved', 'achieved', 'no_data', 'weird'])).toMatchObject({ achieved: 2, no_data: 1, not_achieved: 0 });
  });
});

import { describe, expect, it } from 'vitest';
import { rankingsOverYears } from './rankings.js';

describe('rankings over years', () => {
  it('sets each unit\'s rank per year side by side, ordered by the latest year; a year out of the cluster is missing', () => {
    const series = rankingsOverYears([
      { key: 'block|khoi a', kind: 'block', name: 'Khối A (mới)', year: 2024, rows: [{ unitId: 'u1', unitName: 'Sở Y tế', rank: 2 }, { unitId: 'u2', unitName: 'Sở Lao động', rank: 1 }, { unitId: 'u4', unitName: 'Ban Dân tộc', rank: null }] },
      { key: 'block|khoi a', kind: 'block', name: 'Khối A', year: 2023, rows: [{ unitId: 'u1', unitName: 'Sở Y tế', rank: 1 }, { unitId: 'u3', unitName: 'Sở Văn hóa', rank: 2 }] },
      { key: 'cluster|cum b', kind: 'cluster', name: 'Cụm B', year: 2024, rows: [{ unitId: 'u9', unitName: 'Huyện Đắk Hà', rank: 1 }] },
    ]);
    expect(series.map((s) => [s.kind, s.name, s.years])).toEqual([['block', 'Khối A (mới)', [2023, 2024]], ['cluster', 'Cụm B', [2024]]]);
    expect(series[0]!.units).toEqual([
      { unitId: 'u2', unitName: 'Sở Lao động', ranks: { 2024: 1 } },
      { unitId: 'u1', unitName: 'Sở Y tế', ranks: { 2023: 1, 2024: 2 } },
      { unitId: 'u4', unitName: 'Ban Dân tộc', ranks: { 2024: null } },
      { unitId: 'u3', unitName: 'Sở Văn hóa', ranks: { 2023: 2 } },
    ]);
  });
});

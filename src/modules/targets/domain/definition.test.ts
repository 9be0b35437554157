import { describe, expect, it } from 'vitest';
import { definitionProblems, reportedChangeProblems, type IndicatorDefinition } from './definition.js';

const revenue: IndicatorDefinition = {
  code: 'CT03', name: 'Thu ngân sách nhà nước trên địa bàn', unit: 'tỷ đồng', comparator: 'gte', target: 4600, targetMax: null, baseline: null,
  baselineYear: null, baselineNote: null, accumulation: 'sum', frequency: 'month', decimals: 0, responsibleUnitId: 'u', parentId: null, sourceText: '',
};
const paths = (d: Partial<IndicatorDefinition>) => definitionProblems({ ...revenue, ...d }, 2025).map((p) => p.path);

describe('indicator definition', () => {
  it('accepts the 2024 revenue target and a rank target with its 2023 baseline', () => {
    expect(paths({})).toEqual([]);
    expect(paths({ comparator: 'rank_up_by', target: 5, baseline: 55, baselineYear: 2024, unit: 'bậc' })).toEqual([]);
  });

  it('names each bad field', () => {
    expect(paths({ code: 'CT 03' })).toEqual(['code']);
    expect(paths({ comparator: 'range' })).toEqual(['targetMax']);
    expect(paths({ comparator: 'range', target: 40, targetMax: 30 })).toEqual(['targetMax']);
    expect(paths({ comparator: 'decrease_by', target: 3 })).toEqual(['baseline']);
    expect(paths({ comparator: 'rank_up_by', target: 2.5, baseline: 0 })).toEqual(['target', 'baseline']);
    expect(paths({ baseline: 4000, baselineYear: 2025 })).toEqual(['baselineYear']);
    expect(paths({ target: -1, decimals: 7, frequency: 'week' })).toEqual(['frequency', 'decimals', 'target']);
  });

  it('a group has no target of its own to check', () => {
    expect(paths({ comparator: 'group', target: Number.NaN, unit: '' })).toEqual([]);
  });

  it('once values are reported, frequency and accumulation stay, the target may move', () => {
    expect(reportedChangeProblems(revenue, { ...revenue, target: 5000 })).toEqual([]);
    expect(reportedChangeProblems(revenue, { ...revenue, frequency: 'quarter', accumulation: 'last' }).map((p) => p.path)).toEqual(['frequency', 'accumulation']);
  });
});

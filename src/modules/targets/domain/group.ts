import type { Evaluation, EvaluationStatus } from './types.js';

/**
 * A group indicator (the seed's target 11 with two parts, 12 with four indices) has no target of
 * its own: it is judged by its sub-indicators.
 */
export const GROUP_COMPARATOR = 'group';

// Most severe first: a group is as bad as its worst part.
const SEVERITY: EvaluationStatus[] = ['not_achieved', 'off_track', 'at_risk', 'on_track', 'achieved'];

export function evaluateGroup(children: Evaluation[]): Evaluation {
  const known = children.filter((c) => c.status !== 'no_data');
  const missing = children.length - known.length;
  if (known.length === 0) {
    return { status: 'no_data', current: null, forecast: null, percentOfTarget: null, explanation: `Chưa có số liệu của ${children.length} chỉ tiêu thành phần.` };
  }
  const status = SEVERITY.find((s) => known.some((c) => c.status === s)) ?? 'on_track';
  const good = known.filter((c) => c.status === 'achieved' || c.status === 'on_track').length;
  const percentOfTarget = Math.round((good / children.length) * 1000) / 10;
  const verb = known.some((c) => c.status === 'on_track' || c.status === 'at_risk' || c.status === 'off_track') ? 'đạt hoặc đúng tiến độ' : 'đạt';
  const tail = missing > 0 ? `; ${missing} chỉ tiêu chưa có số liệu` : '';
  return { status, current: null, forecast: null, percentOfTarget, explanation: `${good}/${children.length} chỉ tiêu thành phần ${verb}${tail}.` };
}

export const describeGroup = (count: number): string => `gồm ${count} chỉ tiêu thành phần`;

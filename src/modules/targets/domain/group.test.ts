import { describe, expect, it } from 'vitest';
import { evaluateGroup } from './group.js';
import type { Evaluation, EvaluationStatus } from './types.js';

const ev = (status: EvaluationStatus): Evaluation => ({ status, current: 1, forecast: 1, percentOfTarget: 100, explanation: '' });

describe('evaluateGroup', () => {
  it('is achieved only when every part is achieved', () => {
    expect(evaluateGroup([ev('achieved'), ev('achieved')]).status).toBe('achieved');
    expect(evaluateGroup([ev('achieved'), ev('not_achieved')]).status).toBe('not_achieved');
  });
  it('takes the worst status of its parts and counts the good ones', () => {
    const g = evaluateGroup([ev('achieved'), ev('at_risk'), ev('on_track'), ev('no_data')]);
    expect(g.status).toBe('at_risk');
    expect(g.percentOfTarget).toBe(50);
    expect(g.explanation).toBe('2/4 chỉ tiêu thành phần đạt hoặc đúng tiến độ; 1 chỉ tiêu chưa có số liệu.');
  });
  it('has no data when no part has any', () => {
    expect(evaluateGroup([ev('no_data'), ev('no_data')]).status).toBe('no_data');
  });
});

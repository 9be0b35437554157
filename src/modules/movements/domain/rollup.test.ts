import { describe, expect, it } from 'vitest';
import { lateFrom, stateOf } from './rollup.js';
import { onTime } from './status.js';

describe('roll-up deadline as an instant', () => {
  it('is 17:00 UTC on the deadline, i.e. midnight in Vietnam', () => {
    expect(lateFrom('2024-03-31')).toBe('2024-03-31T17:00:00.000Z');
    expect(lateFrom(null)).toBeNull();
  });
  it('agrees with onTime around midnight in Vietnam, compared as text', () => {
    const cutoff = lateFrom('2024-03-31')!;
    for (const at of ['2024-03-31T16:59:59.999Z', '2024-03-31T17:00:00.000Z', '2024-03-30T23:30:00.000Z', '2024-04-01T01:00:00.000Z']) {
      expect(at < cutoff).toBe(onTime('2024-03-31', at));
    }
  });
  it('names the state of a submission', () => {
    expect(stateOf('2024-03-31', null)).toBe('missing');
    expect(stateOf('2024-03-31', '2024-03-31T16:30:00.000Z')).toBe('on_time');
    expect(stateOf('2024-03-31', '2024-03-31T17:30:00.000Z')).toBe('late');
    expect(stateOf(null, '2030-01-01T00:00:00.000Z')).toBe('on_time');
  });
});

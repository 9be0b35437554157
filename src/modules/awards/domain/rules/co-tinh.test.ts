import { describe, expect, it } from 'vitest';
import { check, collective, failing, reason } from '../testing.js';

const leader = collective({ clusterLeader: true, exceededTargets: true });

describe('CO_TINH', () => {
  it('the cluster leader that exceeded its targets: eligible, 8 × LCS, council 80 %', () => {
    const r = check('CO_TINH', 2024, leader, { decisionDate: '2025-01-15' });
    expect(r).toMatchObject({ status: 'eligible', manualReview: true, reward: { amount: 18_720_000 } });
    expect(reason(r, 'council_vote').message).toContain('80%');
  });

  it('not leading the cluster: not eligible', () => {
    const r = check('CO_TINH', 2024, { ...leader, clusterLeader: false });
    expect(failing(r)).toEqual(['cluster_leader']);
    expect(reason(r, 'cluster_leader').article).toBe('Luật TĐKT 2022, Điều 26');
  });

  it('targets not exceeded: not eligible', () => {
    expect(failing(check('CO_TINH', 2024, { ...leader, exceededTargets: undefined }))).toEqual(['exceeded_targets']);
  });

  it('needs registration (annual title)', () => {
    expect(failing(check('CO_TINH', 2024, { ...leader, registered: false }))).toEqual(['registration']);
  });

  it('the council threshold follows the setting in force on the decision date', () => {
    const s = [{ key: 'councilThresholdLow', value: 75, effectiveFrom: '2025-07-01' }] as const;
    expect(reason(check('CO_TINH', 2024, leader, { decisionDate: '2025-06-30' }, s), 'council_vote').message).toContain('80%');
    const after = reason(check('CO_TINH', 2024, leader, { decisionDate: '2025-07-02' }, s), 'council_vote');
    expect(after.message).toContain('75%');
    expect(after.setting).toEqual({ key: 'councilThresholdLow', value: 75, effectiveFrom: '2025-07-01' });
  });
});

import { describe, expect, it } from 'vitest';
import { conferringAuthorities } from '../catalogue.js';
import { check, collective, failing, person } from '../testing.js';

const thon = collective({ members: undefined });

describe('THON_VH', () => {
  it('a village: eligible pending local criteria, 1,5 × LCS', () => {
    expect(check('THON_VH', 2024, thon, { decisionDate: '2024-12-20' })).toMatchObject({ status: 'eligible', manualReview: true, reward: { amount: 3_510_000 } });
  });

  it('was conferred by the district chairman, by the commune chairman from 01/07/2025', () => {
    expect(conferringAuthorities('THON_VH', '2025-06-30')).toEqual(['Chủ tịch Ủy ban nhân dân cấp huyện']);
    expect(conferringAuthorities('THON_VH', '2025-07-01')).toEqual(['Chủ tịch Ủy ban nhân dân cấp xã']);
  });

  it('is not for households or individuals', () => {
    expect(failing(check('THON_VH', 2024, person({ kind: 'household' })))).toEqual(['subject_kind']);
    expect(failing(check('THON_VH', 2024, person()))).toEqual(['subject_kind']);
  });

  it('the reward follows the base salary on the decision date', () => {
    expect(check('THON_VH', 2024, thon, { decisionDate: '2024-06-30' }).reward?.amount).toBe(2_700_000);
  });

  it('is deferred while under review', () => {
    expect(check('THON_VH', 2024, { ...thon, underReview: true }).status).toBe('deferred');
  });
});

import { describe, expect, it } from 'vitest';
import { conferringAuthorities } from '../catalogue.js';
import { check, failing, person, reason } from '../testing.js';

const household = person({ kind: 'household', monthsWorked: undefined, registered: undefined });

describe('GIA_DINH_VH', () => {
  it('a household: eligible pending the local criteria, no money in LAW.md', () => {
    const r = check('GIA_DINH_VH', 2024, household);
    expect(r).toMatchObject({ status: 'eligible', manualReview: true });
    expect(r.reward).toBeUndefined();
    expect(reason(r, 'local_criteria').article).toBe('Luật TĐKT 2022, Điều 30, 31; quy định của tỉnh');
  });

  it('is not for individuals', () => {
    expect(failing(check('GIA_DINH_VH', 2024, person()))).toEqual(['subject_kind']);
  });

  it('is not for collectives', () => {
    expect(failing(check('GIA_DINH_VH', 2024, { ...household, kind: 'collective' }))).toEqual(['subject_kind']);
  });

  it('is deferred while under review', () => {
    expect(check('GIA_DINH_VH', 2024, { ...household, underReview: true }).status).toBe('deferred');
  });

  it('is conferred by the commune chairman before and after 01/07/2025', () => {
    expect(conferringAuthorities('GIA_DINH_VH', '2024-12-01')).toEqual(['Chủ tịch Ủy ban nhân dân cấp xã']);
    expect(conferringAuthorities('GIA_DINH_VH', '2025-12-01')).toEqual(['Chủ tịch Ủy ban nhân dân cấp xã']);
  });
});

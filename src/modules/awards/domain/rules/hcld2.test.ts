import { describe, expect, it } from 'vitest';
import { check, collective, failing, person, reason } from '../testing.js';

describe('HCLD2', () => {
  it('has no coded criteria: eligible pending the council', () => {
    const r = check('HCLD2', 2025, person(), { decisionDate: '2025-09-02' });
    expect(r).toMatchObject({ status: 'eligible', manualReview: true, ruleSet: 'law2022_d152' });
    expect(reason(r, 'criteria').message).toBe('Tiêu chuẩn Huân chương Lao động hạng Nhì chưa được mã hóa trong hệ thống — cần Hội đồng xem xét.');
  });

  it('pays 7,5 × LCS to an individual, 15 × to a collective', () => {
    expect(check('HCLD2', 2025, person(), { decisionDate: '2025-09-02' }).reward?.amount).toBe(17_550_000);
    expect(check('HCLD2', 2025, collective(), { decisionDate: '2025-09-02' }).reward?.amount).toBe(35_100_000);
  });

  it('a disciplinary period in the year bars it', () => {
    expect(failing(check('HCLD2', 2025, person({ disciplines: [{ form: 'ha_bac_luong', from: '2025-01-01', to: '2025-12-31' }] })))).toEqual(['discipline']);
  });

  it('is deferred under review', () => {
    expect(check('HCLD2', 2025, person({ underReview: true })).status).toBe('deferred');
  });

  it('is not for households', () => {
    expect(failing(check('HCLD2', 2025, person({ kind: 'household' })))).toEqual(['subject_kind']);
  });
});

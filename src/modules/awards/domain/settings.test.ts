import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings, addSettingVersion, describeSetting, settingNote, settingOn, settingProblems } from './settings.js';
import { check, person, ratings } from './testing.js';

describe('settingOn', () => {
  it('gives the defaults of LAW.md', () => {
    expect(settingOn([], 'minMonthsWorked', '2024-12-31').value).toBe(10);
    expect(settingOn([], 'registrationRequired', '2024-12-31').value).toBe(true);
    expect(settingOn([], 'individualDisciplineThreshold', '2024-12-31').value).toBe('khien_trach');
    expect(settingOn([], 'clusterFlagProposals', '2024-12-31').value).toBe(1);
    expect(settingOn([], 'clusterCertificateProposals', '2024-12-31').value).toBe(2);
    expect(settingOn([], 'councilThresholdHigh', '2025-12-31').value).toBe(90);
    expect(settingOn([], 'councilThresholdLow', '2025-12-31').value).toBe(80);
  });

  it('keeps the old 15 % CSTĐCS cap for 2023 and none from 2024', () => {
    expect(settingOn([], 'cstdcsQuotaPercent', '2023-12-31').value).toBe(15);
    expect(settingOn([], 'cstdcsQuotaPercent', '2024-01-01').value).toBeNull();
  });

  it('picks the board version in force on the date, the default before it', () => {
    const s: Settings = [{ key: 'minMonthsWorked', value: 9, effectiveFrom: '2026-01-01' }];
    expect(settingOn(s, 'minMonthsWorked', '2025-12-31').value).toBe(10);
    expect(settingOn(s, 'minMonthsWorked', '2026-12-31')).toEqual({ key: 'minMonthsWorked', value: 9, effectiveFrom: '2026-01-01' });
  });
});

describe('changing a setting', () => {
  const s9 = addSettingVersion(DEFAULT_SETTINGS, { key: 'minMonthsWorked', value: 9, effectiveFrom: '2026-01-01' }, '2025-11-01');
  const nineMonths = person({ ratings: ratings(2025, 2026, 'HTTNV'), monthsWorked: 9 });

  it('does not alter a past result', () => {
    expect(check('LDTT', 2025, nineMonths, {}, s9).status).toBe('not_eligible');
    const later = check('LDTT', 2026, nineMonths, {}, s9);
    expect(later.status).toBe('eligible');
    const months = later.reasons.find((r) => r.rule === 'months_worked');
    expect(months?.message).toBe('Công tác 9 tháng năm 2026 (cài đặt: tối thiểu 9 tháng công tác, từ 01/01/2026).');
    expect(months?.setting).toEqual({ key: 'minMonthsWorked', value: 9, effectiveFrom: '2026-01-01' });
  });

  it('refuses a version starting in the past unless it is declared retroactive', () => {
    const v = { key: 'minMonthsWorked', value: 9, effectiveFrom: '2024-01-01' } as const;
    expect(() => addSettingVersion([], v, '2025-11-01')).toThrow(/retroactive/);
    expect(addSettingVersion([], v, '2025-11-01', true)).toEqual([v]);
  });

  it('refuses values that cannot be right', () => {
    expect(settingProblems({ key: 'councilThresholdHigh', value: 120, effectiveFrom: '2026-01-01' })).toEqual(['percent must not exceed 100']);
    expect(settingProblems({ key: 'cstdTinhChainStep', value: 0, effectiveFrom: '2026-01-01' })).toHaveLength(1);
    expect(settingProblems({ key: 'minMonthsWorked', value: 10, effectiveFrom: '01/01/2026' })).toHaveLength(1);
  });

  it('describes each setting in Vietnamese', () => {
    expect(describeSetting({ key: 'cstdcsQuotaPercent', value: 15, effectiveFrom: '0001-01-01' })).toBe('CSTĐCS không quá 15% số LĐTT');
    expect(describeSetting({ key: 'individualDisciplineThreshold', value: 'canh_cao', effectiveFrom: '0001-01-01' })).toBe('kỷ luật từ cảnh cáo trở lên');
    expect(settingNote({ key: 'registrationRequired', value: false, effectiveFrom: '2026-01-01' })).toBe(' (cài đặt: không bắt buộc đăng ký thi đua, từ 01/01/2026)');
  });
});

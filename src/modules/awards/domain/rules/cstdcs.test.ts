import { describe, expect, it } from 'vitest';
import { check, failing, person, ratings, reason } from '../testing.js';

const httnv = person({ ratings: ratings(2024, 2024, 'HTTNV') });

describe('CSTDCS', () => {
  it('HTXSNV alone is enough under Law 2022 (an initiative is no longer mandatory)', () => {
    const r = check('CSTDCS', 2024, person({ ratings: ratings(2024, 2024, 'HTXSNV') }), { decisionDate: '2024-12-20' });
    expect(r).toMatchObject({ status: 'eligible', reward: { amount: 2_340_000 } });
    expect(reason(r, 'council_vote').message).toContain('tối thiểu 80% tổng số thành viên');
  });

  it('HTTNV needs an initiative or a science work of the year', () => {
    expect(failing(check('CSTDCS', 2024, httnv))).toEqual(['cstdcs_achievement']);
    expect(check('CSTDCS', 2024, { ...httnv, initiatives: [{ id: 'SK1', year: 2024, scope: 'unit' }] }).status).toBe('eligible');
    expect(check('CSTDCS', 2024, { ...httnv, scienceWorks: [{ year: 2024, scope: 'unit' }] }).status).toBe('eligible');
    expect(check('CSTDCS', 2024, { ...httnv, initiatives: [{ id: 'SK0', year: 2023, scope: 'unit' }] }).status).toBe('not_eligible');
  });

  it('an initiative already used for a Bằng khen is not used again', () => {
    const used = { ...httnv, initiatives: [{ id: 'SK1', year: 2024, scope: 'unit' as const, usedFor: [{ year: 2024, awardType: 'BK_TINH' as const }] }] };
    const r = check('CSTDCS', 2024, used);
    expect(r.status).toBe('not_eligible');
    expect(reason(r, 'cstdcs_achievement').message).toContain('sáng kiến SK1 đã được sử dụng, không dùng lại');
  });

  it('under Law 2003 (2023) HTXSNV is not an alternative and the 15 % cap is noted', () => {
    const r = check('CSTDCS', 2023, person({ ratings: ratings(2023, 2023, 'HTXSNV') }));
    expect(r.ruleSet).toBe('law2003');
    expect(failing(r)).toEqual(['cstdcs_achievement']);
    expect(reason(r, 'cstdcs_quota').message).toContain('(cài đặt: CSTĐCS không quá 15% số LĐTT)');
    expect(check('CSTDCS', 2024, person({ ratings: ratings(2024, 2024, 'HTXSNV') })).reasons.some((x) => x.rule === 'cstdcs_quota')).toBe(false);
  });

  it('requires the LĐTT standard first', () => {
    const r = check('CSTDCS', 2024, person({ ratings: ratings(2024, 2024, 'HTNV'), initiatives: [{ id: 'SK1', year: 2024, scope: 'unit' }] }));
    expect(failing(r)).toEqual(['rating']);
  });

  it('says what is missing', () => {
    expect(reason(check('CSTDCS', 2024, httnv), 'cstdcs_achievement').missing).toBe(
      'cần xếp loại HTXSNV năm 2024, hoặc 1 sáng kiến hoặc đề tài khoa học cấp cơ sở năm 2024',
    );
  });
});

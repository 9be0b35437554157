import { describe, expect, it } from 'vitest';
import { MEMBERS, check, collective, failing, ratings, reason } from '../testing.js';

const good = collective({ ratings: ratings(2024, 2024, 'HTXSNV') });

describe('TTLDXS', () => {
  it('HTXSNV, all duties done, ≥ 70 % LĐTT, a CSTĐCS: eligible, 1,5 × LCS', () => {
    expect(check('TTLDXS', 2024, good, { decisionDate: '2024-12-20' })).toMatchObject({ status: 'eligible', reward: { amount: 3_510_000 } });
  });

  it('HTTNV is not enough', () => {
    expect(failing(check('TTLDXS', 2024, { ...good, ratings: ratings(2024, 2024, 'HTTNV') }))).toEqual(['rating']);
  });

  it('every member must complete their duties', () => {
    const r = check('TTLDXS', 2024, { ...good, members: { ...MEMBERS, completedDuties: 9 } });
    expect(failing(r)).toEqual(['members_completed']);
    expect(reason(r, 'members_completed').message).toBe('9/10 thành viên hoàn thành nhiệm vụ; yêu cầu 100%.');
  });

  it('needs at least one CSTĐCS and 70 % LĐTT', () => {
    expect(failing(check('TTLDXS', 2024, { ...good, members: { ...MEMBERS, cstdcs: 0, ldtt: 6 } }))).toEqual(['ldtt_share', 'member_cstdcs']);
  });

  it('the [U] no-discipline clause is a setting, default on', () => {
    const warned = { ...good, members: { ...MEMBERS, disciplinedWarningOrAbove: 1 } };
    const on = check('TTLDXS', 2024, warned);
    expect(failing(on)).toEqual(['member_discipline']);
    expect(reason(on, 'member_discipline').message).toContain('(cài đặt: TTLĐXS không có thành viên bị kỷ luật từ cảnh cáo trở lên)');
    const off = [{ key: 'ttldxsNoDisciplinedMember', value: false, effectiveFrom: '2024-01-01' }] as const;
    expect(check('TTLDXS', 2024, warned, {}, off).status).toBe('eligible');
  });
});

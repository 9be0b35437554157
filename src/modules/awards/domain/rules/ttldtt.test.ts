import { describe, expect, it } from 'vitest';
import { MEMBERS, check, collective, failing, ratings, reason } from '../testing.js';

const good = collective({ ratings: ratings(2024, 2024, 'HTTNV') });

describe('TTLDTT', () => {
  it('HTTNV, ≥ 70 % LĐTT, nobody warned: eligible, 0,8 × LCS', () => {
    expect(check('TTLDTT', 2024, good, { decisionDate: '2024-12-20' })).toMatchObject({ status: 'eligible', reward: { amount: 1_880_000 } });
  });

  it('exactly 70 % LĐTT passes, 69 % does not', () => {
    const at = check('TTLDTT', 2024, { ...good, members: { ...MEMBERS, total: 10, ldtt: 7 } });
    expect(at.status).toBe('eligible');
    expect(reason(at, 'ldtt_share').message).toBe('7/10 thành viên (70%) đạt LĐTT; yêu cầu tối thiểu 70%.');
    const below = check('TTLDTT', 2024, { ...good, members: { ...MEMBERS, total: 100, ldtt: 69 } });
    expect(failing(below)).toEqual(['ldtt_share']);
    expect(reason(below, 'ldtt_share').missing).toBe('cần thêm 1 thành viên đạt LĐTT');
  });

  it('one member disciplined at cảnh cáo or above bars it', () => {
    expect(failing(check('TTLDTT', 2024, { ...good, members: { ...MEMBERS, disciplinedWarningOrAbove: 1 } }))).toEqual(['member_discipline']);
  });

  it('needs the collective rated HTTNV or better', () => {
    expect(failing(check('TTLDTT', 2024, { ...good, ratings: ratings(2024, 2024, 'HTNV') }))).toEqual(['rating']);
  });

  it('cannot be judged without member numbers', () => {
    const { members: _members, ...rest } = good;
    expect(failing(check('TTLDTT', 2024, rest))).toEqual(['ldtt_share', 'member_discipline']);
  });

  it('is for collectives only', () => {
    expect(failing(check('TTLDTT', 2024, { ...good, kind: 'individual' }))).toEqual(['subject_kind']);
  });
});

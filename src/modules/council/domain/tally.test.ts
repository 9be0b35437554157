import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../awards/domain/settings.js';
import { ballotRefusal, hasQuorum, tallyItem, thresholdFor, votesNeeded } from './tally.js';

const c = (yes: number, no: number, writtenYes = 0, writtenNo = 0) => ({ yes, no, writtenYes, writtenNo });

describe('council thresholds (LAW.md §4.5)', () => {
  it('asks 90 % for CSTĐ tỉnh, 80 % for CSTĐCS and Cờ tỉnh, a majority otherwise', () => {
    expect(thresholdFor('CSTD_TINH', '2024-12-20')).toMatchObject({ percent: 90, mode: 'at_least', setting: 'councilThresholdHigh' });
    expect(thresholdFor('CSTDCS', '2024-12-20')).toMatchObject({ percent: 80, setting: 'councilThresholdLow' });
    expect(thresholdFor('CO_TINH', '2024-12-20')).toMatchObject({ percent: 80 });
    expect(thresholdFor('BK_TINH', '2024-12-20')).toMatchObject({ percent: 50, mode: 'more_than', setting: null });
  });

  it('follows the board settings in force on the date', () => {
    const settings = [...DEFAULT_SETTINGS, { key: 'councilThresholdLow' as const, value: 75, effectiveFrom: '2025-07-01' }];
    expect(thresholdFor('CSTDCS', '2025-06-30', settings).percent).toBe(80);
    expect(thresholdFor('CSTDCS', '2025-07-01', settings).percent).toBe(75);
  });

  it('counts over ALL members: 9 members need 9 for 90 %, 8 for 80 %, 5 for a majority', () => {
    expect(votesNeeded(9, { percent: 90, mode: 'at_least' })).toBe(9); // 8.1 → 9
    expect(votesNeeded(9, { percent: 80, mode: 'at_least' })).toBe(8); // 7.2 → 8
    expect(votesNeeded(10, { percent: 80, mode: 'at_least' })).toBe(8); // exactly 8
    expect(votesNeeded(9, { percent: 50, mode: 'more_than' })).toBe(5);
    expect(votesNeeded(10, { percent: 50, mode: 'more_than' })).toBe(6);
  });

  it('passes with the written opinions of absent members and fails when those present are not enough', () => {
    const eighty = { percent: 80, mode: 'at_least' as const };
    expect(tallyItem(9, c(7, 0), eighty)).toMatchObject({ approvals: 7, needed: 8, passed: false, missing: 2 });
    expect(tallyItem(9, c(7, 0, 1, 1), eighty)).toMatchObject({ approvals: 8, passed: true, missing: 0 });
    // 7 present all in favour are 100 % of those present but 78 % of the council.
    expect(tallyItem(9, c(7, 0), eighty).passed).toBe(false);
    expect(tallyItem(0, c(0, 0), eighty).passed).toBe(false);
  });
});

describe('quorum and secret ballot', () => {
  it('needs 80 % of members present by default', () => {
    expect(hasQuorum(9, 8, 80)).toBe(true);
    expect(hasQuorum(9, 7, 80)).toBe(false);
    expect(hasQuorum(9, 6, 2 / 3 * 100)).toBe(true);
  });

  it('lets a present member vote once per item while the session is open', () => {
    const ok = { isMember: true, sessionOpen: true, present: true, onAgenda: true, alreadyVoted: false, gaveWrittenOpinion: false };
    expect(ballotRefusal(ok)).toBeNull();
    expect(ballotRefusal({ ...ok, isMember: false })).toBe('not_member');
    expect(ballotRefusal({ ...ok, sessionOpen: false })).toBe('session_closed');
    expect(ballotRefusal({ ...ok, alreadyVoted: true })).toBe('already_voted');
    expect(ballotRefusal({ ...ok, present: false })).toBe('not_present');
    expect(ballotRefusal({ ...ok, gaveWrittenOpinion: true })).toBe('written_opinion');
    expect(ballotRefusal({ ...ok, onAgenda: false })).toBe('not_on_agenda');
  });
});

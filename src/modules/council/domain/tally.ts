/**
 * Council (Hội đồng Thi đua – Khen thưởng) voting, LAW.md §4.5: a session needs a quorum of the
 * members; an award that needs a ballot passes with a share of ALL members (not of those present),
 * absent members counting through their written opinions. The ballot is secret: only counts exist.
 */
import { CATALOGUE } from '../../awards/domain/catalogue.js';
import { settingOn, type Settings } from '../../awards/domain/settings.js';
import type { AwardCode } from '../../awards/domain/types.js';

/** Percent of all members needed; types the law does not put to a ballot pass with a majority. */
export const MAJORITY = 50;

export interface Threshold {
  percent: number;
  /** 'more_than' for a plain majority (> 50 %), 'at_least' for the 80/90 % rules (≥). */
  mode: 'at_least' | 'more_than';
  setting: 'councilThresholdHigh' | 'councilThresholdLow' | null;
}

export function thresholdFor(code: AwardCode, date: string, settings: Settings = []): Threshold {
  const ballot = CATALOGUE[code].council;
  if (ballot === null) return { percent: MAJORITY, mode: 'more_than', setting: null };
  const key = ballot === 'high' ? 'councilThresholdHigh' : 'councilThresholdLow';
  return { percent: settingOn(settings, key, date).value, mode: 'at_least', setting: key };
}

/** Members needed for `percent` of `members`: the smallest whole number reaching it. */
export function votesNeeded(members: number, t: Pick<Threshold, 'percent' | 'mode'>): number {
  const exact = (members * t.percent) / 100;
  return t.mode === 'at_least' ? Math.ceil(exact - 1e-9) : Math.floor(exact + 1e-9) + 1;
}

export interface Counts {
  /** Electronic ballots of present members. */
  yes: number;
  no: number;
  /** Written opinions of absent members (recorded by the secretary). */
  writtenYes: number;
  writtenNo: number;
}

export interface ItemResult {
  members: number;
  approvals: number;
  needed: number;
  passed: boolean;
  /** Members who have not voted nor sent an opinion. */
  missing: number;
}

export function tallyItem(members: number, c: Counts, t: Pick<Threshold, 'percent' | 'mode'>): ItemResult {
  const approvals = c.yes + c.writtenYes;
  const needed = votesNeeded(members, t);
  return { members, approvals, needed, passed: members > 0 && approvals >= needed, missing: members - (c.yes + c.no + c.writtenYes + c.writtenNo) };
}

/** Default share of members who must attend an award session (Bắc Ninh: 80 % [S]); set per session. */
export const DEFAULT_QUORUM_PERCENT = 80;

export function hasQuorum(members: number, present: number, quorumPercent: number): boolean {
  return members > 0 && present >= votesNeeded(members, { percent: quorumPercent, mode: 'at_least' });
}

export type BallotRefusal =
  | 'not_member' | 'session_closed' | 'already_voted' | 'written_opinion' | 'not_present' | 'not_on_agenda';

export const BALLOT_REFUSALS: Record<BallotRefusal, string> = {
  not_member: 'Bạn không phải thành viên Hội đồng của nhiệm kỳ này',
  session_closed: 'Phiên họp chưa mở bỏ phiếu hoặc đã kết thúc',
  already_voted: 'Bạn đã bỏ phiếu cho trường hợp này; mỗi thành viên chỉ bỏ phiếu một lần',
  written_opinion: 'Bạn vắng mặt và đã có ý kiến bằng văn bản cho trường hợp này',
  not_present: 'Bạn chưa được điểm danh có mặt tại phiên họp',
  not_on_agenda: 'Trường hợp này không có trong chương trình phiên họp',
};

/** Secret-ballot rules for one member and one agenda item: once, from one's own login, while open, if present. */
export function ballotRefusal(s: { isMember: boolean; sessionOpen: boolean; present: boolean; onAgenda: boolean; alreadyVoted: boolean; gaveWrittenOpinion: boolean }): BallotRefusal | null {
  if (!s.isMember) return 'not_member';
  if (!s.onAgenda) return 'not_on_agenda';
  if (!s.sessionOpen) return 'session_closed';
  if (s.gaveWrittenOpinion) return 'written_opinion';
  if (!s.present) return 'not_present';
  if (s.alreadyVoted) return 'already_voted';
  return null;
}

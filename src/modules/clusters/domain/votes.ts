/**
 * The cluster's vote after publication (LAW.md §5, [U] provincial practice): each member unit casts
 * one secret ballot naming the leading unit (proposed for the provincial emulation flag, Cờ thi đua
 * tỉnh: exactly 1 per cluster) and up to `certificateQuota` further units proposed for the
 * provincial certificate of merit (Bằng khen). Only tallies are kept, never who chose whom.
 */
export interface VoteRules {
  /** Units proposed for the Bằng khen besides the leader: 1 in small clusters, 2 from `largeFrom` members. */
  certificatesSmall: number;
  certificatesLarge: number;
  largeFrom: number;
}

/** Default of the usual provincial practice ("1–2 further units depending on cluster size"); configurable. */
export const DEFAULT_VOTE_RULES: VoteRules = { certificatesSmall: 1, certificatesLarge: 2, largeFrom: 10 };

export const certificateQuota = (members: number, r: VoteRules = DEFAULT_VOTE_RULES): number =>
  members >= r.largeFrom ? r.certificatesLarge : r.certificatesSmall;

export interface Ballot {
  leading: string;
  certificates: readonly string[];
}

export interface Problem {
  path: string;
  message: string;
}

export function ballotProblems(b: Ballot, members: ReadonlySet<string>, quota: number): Problem[] {
  const p: Problem[] = [];
  if (!members.has(b.leading)) p.push({ path: 'leading', message: 'Đơn vị dẫn đầu phải là thành viên của cụm, khối' });
  if (b.certificates.length > quota) p.push({ path: 'certificates', message: `Chỉ được đề nghị tối đa ${quota} đơn vị tặng Bằng khen` });
  if (new Set(b.certificates).size !== b.certificates.length) p.push({ path: 'certificates', message: 'Có đơn vị bị chọn trùng' });
  b.certificates.forEach((u, i) => {
    if (!members.has(u)) p.push({ path: `certificates.${i}`, message: 'Đơn vị đề nghị phải là thành viên của cụm, khối' });
    if (u === b.leading) p.push({ path: `certificates.${i}`, message: 'Đơn vị dẫn đầu đã được đề nghị Cờ thi đua, không chọn thêm Bằng khen' });
  });
  return p;
}

export interface Tally {
  unitId: string;
  leading: number;
  certificates: number;
}

export interface VoteResult {
  leading: string | null;
  certificates: string[];
}

/**
 * Leading unit: most "leading" votes; certificates: most "certificate" votes among the others, up
 * to the quota. Equal votes are settled by the published rank (better rank first); a unit with no
 * vote is never proposed.
 */
export function voteResult(tallies: readonly Tally[], rankOf: (unitId: string) => number, quota: number): VoteResult {
  const byVotes = (k: 'leading' | 'certificates') => [...tallies].filter((t) => t[k] > 0).sort((a, b) => b[k] - a[k] || rankOf(a.unitId) - rankOf(b.unitId));
  const leading = byVotes('leading')[0]?.unitId ?? null;
  const certificates = byVotes('certificates').filter((t) => t.unitId !== leading).slice(0, quota).map((t) => t.unitId);
  return { leading, certificates };
}

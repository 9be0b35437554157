/**
 * A list of nominees: each judged alone, then the unit-level limits over the list. Quota verdicts
 * are reported, never applied: who gives way is the council's call, the women preference included.
 */
import { groupBy } from '../../../lib/collections.js';
import { formatNumber } from '../../../lib/format.js';
import { checkEligibility } from './eligibility.js';
import { RULE_SETS, lawCite, principleCite, ruleSetFor, yearEnd } from './rule-sets.js';
import { LDTT_SHARE_PERCENT, ldttNeeded } from './rules/collective.js';
import { type Settings, applied, settingNote, settingOn } from './settings.js';
import type { AppliedSetting, AwardCode, EligibilityInput, EligibilityResult } from './types.js';

export interface Nominee extends EligibilityInput {
  /** The nomination's id. */
  id: string;
  /** The person or collective, when nominated for several awards; defaults to `id`. */
  subjectId?: string;
  /** Unit whose LĐTT holders the CSTĐCS cap counts against; for a collective, the units it contains are its members. */
  unitId?: string;
  clusterId?: string;
}

export type QuotaRule = 'cstdcs_quota' | 'ldtt_share' | 'cluster_flag' | 'cluster_certificate' | 'cluster_leader';

export interface QuotaVerdict {
  rule: QuotaRule;
  article: string;
  year: number;
  unitId?: string;
  clusterId?: string;
  subjectId?: string;
  ok: boolean;
  count: number;
  /** Maximum allowed (caps) or minimum needed (shares); null when there is no limit. */
  limit: number | null;
  message: string;
  setting?: AppliedSetting;
  /** When a cap is exceeded: nominees preferred on a tie (women; collectives ≥ 70 % women), D152 Art 4.6. */
  preferred?: string[];
}

export interface BatchResult {
  results: { id: string; result: EligibilityResult }[];
  quotas: QuotaVerdict[];
  ok: boolean;
}

interface Judged {
  n: Nominee;
  r: EligibilityResult;
}

const subjectOf = (n: Nominee): string => n.subjectId ?? n.id;

const WOMEN_SHARE_PERCENT = 70;
function preferredOf(list: readonly Judged[]): string[] {
  return list.filter(({ n }) => {
    const s = n.subject;
    if (s.kind === 'individual') return s.gender === 'female';
    const m = s.members;
    return m !== undefined && m.total > 0 && m.women * 100 >= WOMEN_SHARE_PERCENT * m.total;
  }).map(({ n }) => n.id);
}

const tieNote = (rs: ReturnType<typeof ruleSetFor>, preferred: string[]): string =>
  preferred.length === 0 ? '' : ` Khi ngang nhau, ưu tiên ${preferred.join(', ')} (${principleCite(rs, 6)}).`;

/** CSTĐCS against the unit's LĐTT holders in the list (a CSTĐCS meets the LĐTT standard). */
function cstdcsQuota(unitId: string, year: number, group: Judged[], settings: Settings): QuotaVerdict | null {
  const cstdcs = group.filter(({ n, r }) => n.awardType === 'CSTDCS' && r.eligible);
  if (!group.some(({ n }) => n.awardType === 'CSTDCS')) return null;
  const ldtt = new Set(group.filter(({ n, r }) => ['LDTT', 'CSTT', 'CSTDCS'].includes(n.awardType) && r.eligible).map(({ n }) => subjectOf(n)));
  const v = settingOn(settings, 'cstdcsQuotaPercent', yearEnd(year));
  const rs = ruleSetFor(year);
  const limit = v.value === null ? null : Math.floor((v.value * ldtt.size) / 100 + 1e-9);
  const ok = limit === null || cstdcs.length <= limit;
  const preferred = ok ? [] : preferredOf(cstdcs);
  const max = limit === null ? 'không giới hạn' : `tối đa ${formatNumber(limit)}`;
  const message = `Đơn vị ${unitId} năm ${year}: ${formatNumber(cstdcs.length)} CSTĐCS đủ điều kiện trên ${formatNumber(ldtt.size)} LĐTT, ${max}${settingNote(v)}.${tieNote(rs, preferred)}`;
  const article = rs === 'law2003' ? `${RULE_SETS.law2003.decree}, Điều 9, khoản 3` : 'Quy định của bộ, ngành, tỉnh (Luật TĐKT 2022 không quy định tỷ lệ)';
  return { rule: 'cstdcs_quota', article, year, unitId, ok, count: cstdcs.length, limit, message, setting: applied(v), ...(preferred.length > 0 ? { preferred } : {}) };
}

/** The collective's declared LĐTT share, cross-read with its members nominated in the same list. */
function ldttShare(j: Judged, all: readonly Judged[]): QuotaVerdict | null {
  const m = j.n.subject.members;
  if (m === undefined) return null;
  const needed = ldttNeeded(m.total);
  const listed = new Set(all.filter(({ n, r }) => n.unitId === subjectOf(j.n) && n.year === j.n.year && ['LDTT', 'CSTT', 'CSTDCS'].includes(n.awardType) && r.eligible).map(({ n }) => subjectOf(n))).size;
  const cross = listed > 0 && listed < m.ldtt ? ` Danh sách đề nghị chỉ có ${formatNumber(listed)} LĐTT đủ điều kiện của tập thể này.` : '';
  const rs = ruleSetFor(j.n.year);
  return {
    rule: 'ldtt_share', article: lawCite(rs, j.n.awardType === 'TTLDXS' ? 27 : 28), year: j.n.year, subjectId: subjectOf(j.n),
    ok: m.total > 0 && m.ldtt >= needed, count: m.ldtt, limit: needed,
    message: `${subjectOf(j.n)}: ${formatNumber(m.ldtt)}/${formatNumber(m.total)} thành viên đạt LĐTT, cần tối thiểu ${formatNumber(needed)} (${LDTT_SHARE_PERCENT}%).${cross}`,
  };
}

const CLUSTER_CITE = 'Luật TĐKT 2022, Điều 16, khoản 2, điểm c; quy định của tỉnh về cụm, khối thi đua';

function clusterVerdicts(clusterId: string, year: number, group: Judged[], settings: Settings): QuotaVerdict[] {
  const out: QuotaVerdict[] = [];
  const rs = ruleSetFor(year);
  const cap = (rule: QuotaRule, code: AwardCode, key: 'clusterFlagProposals' | 'clusterCertificateProposals', label: string): void => {
    const list = group.filter(({ n }) => n.awardType === code && n.subject.kind === 'collective');
    if (list.length === 0) return;
    const v = settingOn(settings, key, yearEnd(year));
    const ok = list.length <= v.value;
    const preferred = ok ? [] : preferredOf(list);
    out.push({
      rule, article: CLUSTER_CITE, year, clusterId, ok, count: list.length, limit: v.value, setting: applied(v),
      message: `Cụm, khối ${clusterId} năm ${year}: ${formatNumber(list.length)} đơn vị đề nghị ${label}, tối đa ${formatNumber(v.value)}${settingNote(v)}.${tieNote(rs, preferred)}`,
      ...(preferred.length > 0 ? { preferred } : {}),
    });
  };
  cap('cluster_flag', 'CO_TINH', 'clusterFlagProposals', 'Cờ thi đua');
  cap('cluster_certificate', 'BK_TINH', 'clusterCertificateProposals', 'Bằng khen');
  const leaders = new Set(group.filter(({ n }) => n.subject.clusterLeader === true).map(({ n }) => subjectOf(n)));
  if (leaders.size > 1) {
    out.push({
      rule: 'cluster_leader', article: lawCite(rs, 26), year, clusterId, ok: false, count: leaders.size, limit: 1,
      message: `Cụm, khối ${clusterId} năm ${year} có ${formatNumber(leaders.size)} đơn vị khai là dẫn đầu (${[...leaders].join(', ')}); chỉ 1 đơn vị dẫn đầu.`,
    });
  }
  return out;
}

export function checkBatch(nominees: readonly Nominee[], settings: Settings = []): BatchResult {
  const judged: Judged[] = nominees.map((n) => ({ n, r: checkEligibility(n, settings) }));
  const quotas: QuotaVerdict[] = [];
  for (const group of groupBy(judged, ({ n }) => `${n.year}\u0000${n.unitId ?? ''}`).values()) {
    const first = group[0];
    if (first === undefined) continue;
    const v = cstdcsQuota(first.n.unitId ?? '(không rõ đơn vị)', first.n.year, group, settings);
    if (v) quotas.push(v);
  }
  for (const j of judged) {
    if (j.n.awardType !== 'TTLDTT' && j.n.awardType !== 'TTLDXS') continue;
    const v = ldttShare(j, judged);
    if (v) quotas.push(v);
  }
  for (const group of groupBy(judged, ({ n }) => (n.clusterId === undefined ? undefined : `${n.year}\u0000${n.clusterId}`)).values()) {
    const first = group[0];
    if (first?.n.clusterId !== undefined) quotas.push(...clusterVerdicts(first.n.clusterId, first.n.year, group, settings));
  }
  return { results: judged.map(({ n, r }) => ({ id: n.id, result: r })), quotas, ok: quotas.every((q) => q.ok) };
}

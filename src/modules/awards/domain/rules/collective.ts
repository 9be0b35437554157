/** Member-based checks shared by the collective titles (TTLĐTT, TTLĐXS). */
import { formatNumber } from '../../../../lib/format.js';
import type { Members, Reason } from '../types.js';
import { type RuleContext, pass } from './common.js';

export const LDTT_SHARE_PERCENT = 70;

const noMembers = (rule: string, article: string): Reason =>
  pass(rule, article, false, 'Chưa có số liệu thành viên của tập thể.', 'cần số liệu thành viên (tổng số, số đạt LĐTT, số bị kỷ luật)');

const share = (part: number, total: number): string => `${formatNumber(part)}/${formatNumber(total)} thành viên (${formatNumber(total === 0 ? 0 : (part * 100) / total, 1)}%)`;

/** Fewest members holding LĐTT for a share of at least 70 %; integer arithmetic, so 7 of 10 passes exactly. */
export const ldttNeeded = (total: number): number => Math.ceil((LDTT_SHARE_PERCENT * total) / 100 - 1e-9);

export function ldttShareCheck(ctx: RuleContext, article: string): Reason {
  const m = ctx.subject.members;
  if (m === undefined) return noMembers('ldtt_share', article);
  const needed = ldttNeeded(m.total);
  const ok = m.total > 0 && m.ldtt >= needed;
  const message = `${share(m.ldtt, m.total)} đạt LĐTT; yêu cầu tối thiểu ${LDTT_SHARE_PERCENT}%.`;
  return pass('ldtt_share', article, ok, message, `cần thêm ${formatNumber(Math.max(needed - m.ldtt, 0))} thành viên đạt LĐTT`);
}

export function memberDisciplineCheck(ctx: RuleContext, article: string): Reason {
  const m = ctx.subject.members;
  if (m === undefined) return noMembers('member_discipline', article);
  const n = m.disciplinedWarningOrAbove;
  const message = n === 0
    ? 'Không có thành viên bị kỷ luật từ cảnh cáo trở lên.'
    : `Có ${formatNumber(n)} thành viên bị kỷ luật từ cảnh cáo trở lên.`;
  return pass('member_discipline', article, n === 0, message, 'không có thành viên bị kỷ luật từ cảnh cáo trở lên');
}

/** Runs `check` on the members, or reports that they are missing. */
export function withMembers(ctx: RuleContext, rule: string, article: string, check: (m: Members) => Reason): Reason {
  const m = ctx.subject.members;
  return m === undefined ? noMembers(rule, article) : check(m);
}

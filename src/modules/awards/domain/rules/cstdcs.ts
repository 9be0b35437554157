/** Chiến sĩ thi đua cơ sở (Law Art 23): LĐTT plus one of HTXSNV, an initiative, a science work. */
import { formatNumber } from '../../../../lib/format.js';
import { ratingIn } from '../history.js';
import { RULE_SETS, lawCite } from '../rule-sets.js';
import type { Reason } from '../types.js';
import { type RuleModule, achievementCheck, manual, pass, settingFor, withSetting } from './common.js';
import { ldttCriteria } from './ldtt.js';

export const cstdcs: RuleModule = (ctx) => {
  const article = lawCite(ctx.ruleSet, 23, 1, 'b');
  const need = { rule: 'cstdcs_achievement', article, minScope: 'unit' as const, fromYear: ctx.year, count: 1 };
  let achievement: Reason;
  // Law 2003 required an initiative or a science work; HTXSNV became an alternative with Law 2022.
  if (ctx.ruleSet !== 'law2003' && ratingIn(ctx.subject, ctx.year) === 'HTXSNV') {
    achievement = pass(need.rule, article, true, `Năm ${ctx.year} xếp loại HTXSNV (một trong các điều kiện).`);
  } else {
    achievement = achievementCheck(ctx, need);
    if (!achievement.ok && ctx.ruleSet !== 'law2003') {
      achievement = { ...achievement, missing: `cần xếp loại HTXSNV năm ${ctx.year}, hoặc 1 sáng kiến hoặc đề tài khoa học cấp cơ sở năm ${ctx.year}` };
    }
  }
  const reasons = [...ldttCriteria(ctx), achievement];
  const quota = settingFor(ctx, 'cstdcsQuotaPercent');
  if (quota.value !== null) {
    const cite = ctx.ruleSet === 'law2003' ? `${RULE_SETS.law2003.decree}, Điều 9, khoản 3` : 'Quy định của bộ, ngành, tỉnh';
    const text = `Số CSTĐCS của đơn vị không quá ${formatNumber(quota.value)}% số LĐTT: kiểm tra trên danh sách đề nghị`;
    reasons.push(withSetting(manual('cstdcs_quota', cite, text), quota));
  }
  return reasons;
};

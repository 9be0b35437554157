/** Lao động tiên tiến (Law Art 24): officials and employees; workers' and farmers' criteria are set by the province. */
import { lawCite } from '../rule-sets.js';
import type { Reason } from '../types.js';
import { type RuleContext, type RuleModule, disciplineCheck, manual, monthsWorkedCheck, ratingCheck, registrationCheck } from './common.js';

/** The LĐTT standard, which CSTĐCS also requires (Art 23.1.a). */
export function ldttCriteria(ctx: RuleContext): Reason[] {
  return [
    monthsWorkedCheck(ctx),
    ...registrationCheck(ctx),
    ratingCheck(ctx, 'HTTNV', lawCite(ctx.ruleSet, 24, 1, 'a')),
    disciplineCheck(ctx),
    manual('conduct', lawCite(ctx.ruleSet, 24, 1, 'b'), 'Tự lực, đoàn kết, tích cực tham gia phong trào thi đua'),
  ];
}

export const ldtt: RuleModule = ldttCriteria;

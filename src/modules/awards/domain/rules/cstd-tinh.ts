/** Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh (Law Art 22): 3 consecutive CSTĐCS and a province-wide initiative. */
import { lawCite } from '../rule-sets.js';
import { type RuleModule, achievementCheck, chainCheck, disciplineCheck, registrationCheck } from './common.js';

export const CSTD_TINH_CHAIN = 3;

export const cstdTinh: RuleModule = (ctx) => [
  ...registrationCheck(ctx),
  disciplineCheck(ctx),
  chainCheck(ctx, { rule: 'cstdcs_chain', article: lawCite(ctx.ruleSet, 22, 1, 'a'), codes: ['CSTDCS'], need: CSTD_TINH_CHAIN, label: 'CSTĐCS' }),
  // The initiative must come from the period of the chain.
  achievementCheck(ctx, {
    rule: 'province_achievement', article: lawCite(ctx.ruleSet, 22, 1, 'b'), minScope: 'province',
    fromYear: ctx.year - CSTD_TINH_CHAIN + 1, count: 1,
  }),
];

/** Chiến sĩ thi đua toàn quốc (Law Art 21): 2 consecutive CSTĐ tỉnh and a nationwide initiative or science work. */
import { lawCite } from '../rule-sets.js';
import { type RuleModule, achievementCheck, chainCheck, disciplineCheck, settingFor, withSetting } from './common.js';
import { CSTD_TINH_CHAIN } from './cstd-tinh.js';

export const CSTDTQ_CHAIN = 2;

export const cstdtq: RuleModule = (ctx) => {
  const step = settingFor(ctx, 'cstdTinhChainStep');
  const chain = chainCheck(ctx, {
    rule: 'cstd_tinh_chain', article: lawCite(ctx.ruleSet, 21, 1, 'a'), codes: ['CSTD_TINH'], need: CSTDTQ_CHAIN,
    label: 'CSTĐ cấp bộ, ban, ngành, tỉnh', step: step.value,
  });
  // The window reaches back over the CSTĐCS years behind the first CSTĐ tỉnh of the chain.
  const fromYear = ctx.year - (CSTDTQ_CHAIN - 1) * step.value - (CSTD_TINH_CHAIN - 1);
  return [
    disciplineCheck(ctx),
    withSetting(chain, step),
    achievementCheck(ctx, { rule: 'national_achievement', article: lawCite(ctx.ruleSet, 21, 1, 'b'), minScope: 'national', fromYear, count: 1 }),
  ];
};

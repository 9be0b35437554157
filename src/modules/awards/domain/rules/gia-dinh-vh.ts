/** Gia đình văn hóa (Law Arts 30–31): criteria are set by local regulation. */
import { RULE_SETS } from '../rule-sets.js';
import { type RuleModule, manual } from './common.js';

export const localCite = (ruleSet: Parameters<RuleModule>[0]['ruleSet']): string =>
  `${ruleSet === 'law2003' ? RULE_SETS.law2003.law : 'Luật TĐKT 2022, Điều 30, 31'}; quy định của tỉnh`;

export const giaDinhVh: RuleModule = (ctx) => [
  manual('local_criteria', localCite(ctx.ruleSet), 'Tiêu chuẩn Gia đình văn hóa theo quy định của địa phương'),
];

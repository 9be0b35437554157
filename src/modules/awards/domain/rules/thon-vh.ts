/** Thôn, tổ dân phố văn hóa (Law Arts 30–31): criteria are set by local regulation. */
import { type RuleModule, manual } from './common.js';
import { localCite } from './gia-dinh-vh.js';

export const thonVh: RuleModule = (ctx) => [
  manual('local_criteria', localCite(ctx.ruleSet), 'Tiêu chuẩn Thôn, tổ dân phố văn hóa theo quy định của địa phương'),
];

/** Huân chương Lao động hạng Nhì: criteria not in LAW.md yet, so only the general checks and the council. */
import { lawCite } from '../rule-sets.js';
import { type RuleModule, disciplineCheck, manual } from './common.js';

export const uncodedOrder = (name: string): RuleModule => (ctx) => [
  disciplineCheck(ctx),
  manual('criteria', lawCite(ctx.ruleSet, 33), `Tiêu chuẩn ${name} chưa được mã hóa trong hệ thống`),
];

export const hcld2: RuleModule = uncodedOrder('Huân chương Lao động hạng Nhì');

/** Giấy khen (Law Art 75): HTTNV plus an achievement the unit judges; households for their contributions. */
import { lawCite } from '../rule-sets.js';
import { type RuleModule, disciplineCheck, manual, ratingCheck } from './common.js';

export const gk: RuleModule = (ctx) => {
  const article = lawCite(ctx.ruleSet, 75, 1);
  if (ctx.subject.kind === 'household') {
    return [manual('contribution', article, 'Đóng góp công sức, đất đai, tài sản hoặc có thành tích trong phong trào thi đua')];
  }
  const achievement = ctx.subject.kind === 'individual'
    ? 'Gương mẫu; có thành tích được công nhận trong phong trào thi đua, hoặc nhiều thành tích, thành tích đột xuất có ảnh hưởng trong đơn vị'
    : 'Có thành tích trong phong trào thi đua hoặc thành tích đột xuất; nội bộ đoàn kết';
  return [ratingCheck(ctx, 'HTTNV', article), disciplineCheck(ctx), manual('achievement', article, achievement)];
};

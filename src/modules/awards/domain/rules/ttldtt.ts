/** Tập thể lao động tiên tiến (Law Art 28; criteria as in Bắc Ninh QĐ 86/2025, Art 4.2). */
import { lawCite } from '../rule-sets.js';
import { type RuleModule, disciplineCheck, manual, ratingCheck, registrationCheck } from './common.js';
import { ldttShareCheck, memberDisciplineCheck } from './collective.js';

export const ttldtt: RuleModule = (ctx) => {
  const article = lawCite(ctx.ruleSet, 28);
  return [
    ...registrationCheck(ctx),
    ratingCheck(ctx, 'HTTNV', article),
    ldttShareCheck(ctx, article),
    memberDisciplineCheck(ctx, article),
    disciplineCheck(ctx),
    manual('conduct', article, 'Tham gia phong trào thi đua thường xuyên, hiệu quả; đoàn kết, chấp hành pháp luật'),
  ];
};

/**
 * Bằng khen cấp bộ, ban, ngành, tỉnh (Law Art 74). Only the record-based alternative (point d) is
 * machine-checkable; when it is not met the other alternatives go to the council, so it never blocks.
 */
import { ratingAtLeast, ratingChain, ratingIn, titleYears } from '../history.js';
import { lawCite } from '../rule-sets.js';
import type { Reason } from '../types.js';
import { type RuleContext, type RuleModule, achievementCheck, chainCheck, countableFrom, disciplineCheck, manual, pass } from './common.js';

function individualRecord(ctx: RuleContext): Reason {
  const article = lawCite(ctx.ruleSet, 74, 1, 'd');
  const chain = chainCheck(ctx, { rule: 'bk_record', article, codes: ['CSTDCS'], need: 2, label: 'CSTĐCS' });
  if (chain.ok) return chain;
  const htxs = ratingChain(ctx.subject, ctx.year, 'HTXSNV', countableFrom(ctx));
  if (htxs.length >= 2) {
    const start = htxs[0] ?? ctx.year;
    const work = achievementCheck(ctx, { rule: 'bk_record', article, minScope: 'unit', fromYear: start, count: 2 });
    if (work.ok && work.manual === undefined) {
      return pass('bk_record', article, true, `${htxs.length} năm liên tục HTXSNV (${start}–${ctx.year}); ${work.message}`);
    }
  }
  return manual('bk_record', article, `Chưa đạt điểm d (${chain.message.replace(/\.$/, '')}; hoặc 2 năm liên tục HTXSNV có 2 sáng kiến, đề tài cấp cơ sở); xét theo các điểm a, b, c, đ`, chain.missing);
}

/** Two consecutive years, each rated HTXSNV or holding TTLĐXS. */
function collectiveRecord(ctx: RuleContext): Reason {
  const article = lawCite(ctx.ruleSet, 74);
  const ttldxs = titleYears(ctx.subject, ['TTLDXS']);
  const good = (y: number): boolean => ttldxs.has(y) || ratingAtLeast(ratingIn(ctx.subject, y) ?? 'KHTNV', 'HTXSNV');
  if (good(ctx.year) && good(ctx.year - 1)) {
    return pass('bk_record', article, true, `Hai năm liên tục ${ctx.year - 1}–${ctx.year} HTXSNV hoặc đạt TTLĐXS.`);
  }
  const missing = [ctx.year - 1, ctx.year].filter((y) => !good(y));
  return manual('bk_record', article, `Chưa có 2 năm liên tục HTXSNV hoặc TTLĐXS; xét theo thành tích trong phong trào thi đua, thành tích đột xuất, đóng góp`, `cần HTXSNV hoặc TTLĐXS năm ${missing.join(', ')}`);
}

export const bkTinh: RuleModule = (ctx) => {
  const kind = ctx.subject.kind;
  if (kind === 'household') {
    return [manual('contribution', lawCite(ctx.ruleSet, 74), 'Đóng góp lớn về công sức, đất đai, tài sản cho địa phương, xã hội')];
  }
  const conduct = kind === 'individual' ? 'Gương mẫu chấp hành pháp luật' : 'Chấp hành pháp luật, nội bộ đoàn kết, thực hiện tốt dân chủ cơ sở, tiết kiệm, phòng chống tham nhũng';
  return [
    disciplineCheck(ctx),
    kind === 'individual' ? individualRecord(ctx) : collectiveRecord(ctx),
    manual('conduct', lawCite(ctx.ruleSet, 74), conduct),
  ];
};

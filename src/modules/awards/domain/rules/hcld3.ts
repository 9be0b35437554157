/**
 * Huân chương Lao động hạng Ba (Law Art 44). The officials' record rule is the old Decree 91/2017
 * Art 24 ([V]), probably kept by Law 2022 ([U]): it never blocks, the other alternatives go to the council.
 */
import { formatNumber } from '../../../../lib/format.js';
import { ratingChain, titleYears } from '../history.js';
import { lawCite } from '../rule-sets.js';
import type { Reason } from '../types.js';
import { type RuleContext, type RuleModule, achievementCheck, countableFrom, disciplineCheck, manual, pass } from './common.js';
import { BK_TTG_YEARS, heldBy } from './bk-ttg.js';

function individualRecord(ctx: RuleContext): Reason {
  const article = lawCite(ctx.ruleSet, 44, 1);
  const years = ratingChain(ctx.subject, ctx.year, 'HTXSNV', countableFrom(ctx)).slice(-BK_TTG_YEARS);
  const start = years[0] ?? ctx.year;
  // "Then ≥ 5 consecutive subsequent years": the PM's Bằng khen precedes the window.
  const bk = heldBy(ctx, 'BK_TTG', start - 1);
  const work = achievementCheck(ctx, { rule: 'hcld3_record', article, minScope: 'province', fromYear: start, count: 2 });
  const met = bk.length > 0 && years.length >= BK_TTG_YEARS && work.ok && work.manual === undefined;
  const have = `Bằng khen Thủ tướng trước giai đoạn: ${bk.length > 0 ? bk.join(', ') : 'chưa có'}; ${formatNumber(years.length)} năm liên tục HTXSNV; ${work.message.replace(/\.$/, '')}`;
  if (met && ctx.ruleSet === 'law2003') return pass('hcld3_record', `${article}; Nghị định 91/2017/NĐ-CP, Điều 24`, true, `Đạt: ${have}.`);
  const label = ctx.ruleSet === 'law2003' ? 'Chưa đạt tiêu chí thành tích' : `Tiêu chí dự kiến (chưa xác minh) ${met ? 'đạt' : 'chưa đạt'}`;
  return manual('hcld3_record', article, `${label}: ${have}; các trường hợp khác (khoản 2: công nhân, nông dân; cống hiến lâu dài) xét riêng`);
}

function collectiveRecord(ctx: RuleContext): Reason {
  const years = ratingChain(ctx.subject, ctx.year, 'HTXSNV', countableFrom(ctx)).slice(-BK_TTG_YEARS);
  const bk = heldBy(ctx, 'BK_TTG', ctx.year);
  const flags = [...titleYears(ctx.subject, ['CO_TINH'], false)].filter((y) => years.includes(y)).length;
  const certs = heldBy(ctx, 'BK_TINH', ctx.year).filter((y) => years.includes(y)).length;
  const met = bk.length > 0 && years.length >= BK_TTG_YEARS && (flags >= 1 || certs >= 2);
  return manual('hcld3_record', lawCite(ctx.ruleSet, 44),
    `Tiêu chí dự kiến (chưa xác minh): Bằng khen Thủ tướng, ${BK_TTG_YEARS} năm liên tục HTXSNV, 1 Cờ thi đua tỉnh hoặc 2 Bằng khen tỉnh — ${met ? 'đạt' : 'chưa đạt'}`);
}

export const hcld3: RuleModule = (ctx) => [
  disciplineCheck(ctx),
  ctx.subject.kind === 'collective' ? collectiveRecord(ctx) : individualRecord(ctx),
];

/** Bằng khen của Thủ tướng Chính phủ (Law Art 73). Point b is checked; the collective clause is [U], so advisory. */
import { formatNumber } from '../../../../lib/format.js';
import { ratingChain, titleYears } from '../history.js';
import { lawCite } from '../rule-sets.js';
import type { Reason } from '../types.js';
import { type RuleContext, type RuleModule, countableFrom, disciplineCheck, manual, pass } from './common.js';

export const BK_TTG_YEARS = 5;

/** Held a merit-basis award (thematic, ad-hoc excluded) in a year up to `toYear`. */
export const heldBy = (ctx: RuleContext, code: 'BK_TINH' | 'BK_TTG', toYear: number): number[] =>
  [...titleYears(ctx.subject, [code], false)].filter((y) => y <= toYear).sort((a, b) => a - b);

function individualRecord(ctx: RuleContext): Reason {
  const article = lawCite(ctx.ruleSet, 73, 1, 'b');
  const from = countableFrom(ctx);
  const bk = heldBy(ctx, 'BK_TINH', ctx.year);
  const years = ratingChain(ctx.subject, ctx.year, 'HTTNV', from);
  const window = years.slice(-BK_TTG_YEARS);
  const cstdcs = [...titleYears(ctx.subject, ['CSTDCS'])].filter((y) => window.includes(y)).length;
  const gaps: string[] = [];
  if (bk.length === 0) gaps.push('cần có Bằng khen cấp bộ, ban, ngành, tỉnh');
  if (years.length < BK_TTG_YEARS) gaps.push(`cần thêm ${formatNumber(BK_TTG_YEARS - years.length)} năm liên tục HTTNV trở lên`);
  if (cstdcs < 3) gaps.push(`cần thêm ${formatNumber(3 - cstdcs)} lần CSTĐCS trong ${BK_TTG_YEARS} năm`);
  const have = `Bằng khen tỉnh: ${bk.length > 0 ? bk.join(', ') : 'chưa có'}; ${formatNumber(years.length)} năm liên tục HTTNV trở lên; ${formatNumber(cstdcs)} lần CSTĐCS trong thời gian đó`;
  if (gaps.length === 0) return pass('bk_ttg_record', article, true, `Đạt điểm b: ${have}.`);
  return manual('bk_ttg_record', article, `Chưa đạt điểm b (${have}); xét theo điểm a, c`, gaps.join('; '));
}

function collectiveRecord(ctx: RuleContext): Reason {
  const bk = heldBy(ctx, 'BK_TINH', ctx.year);
  const years = ratingChain(ctx.subject, ctx.year, 'HTXSNV', countableFrom(ctx)).slice(-BK_TTG_YEARS);
  const flags = [...titleYears(ctx.subject, ['CO_TINH'], false)].filter((y) => years.includes(y)).length;
  const certs = heldBy(ctx, 'BK_TINH', ctx.year).filter((y) => years.includes(y)).length;
  const met = bk.length > 0 && years.length >= BK_TTG_YEARS && (flags >= 1 || certs >= 2);
  const text = `Tiêu chí dự kiến (chưa xác minh): đã có Bằng khen tỉnh, ${BK_TTG_YEARS} năm liên tục HTXSNV, trong đó 1 Cờ thi đua tỉnh hoặc 2 Bằng khen tỉnh — ${met ? 'đạt' : 'chưa đạt'} (${formatNumber(years.length)} năm HTXSNV, ${formatNumber(flags)} Cờ, ${formatNumber(certs)} Bằng khen)`;
  return manual('bk_ttg_record', lawCite(ctx.ruleSet, 73, 2), text);
}

export const bkTtg: RuleModule = (ctx) => [
  disciplineCheck(ctx),
  ctx.subject.kind === 'collective' ? collectiveRecord(ctx) : individualRecord(ctx),
];

/** Context and reason builders shared by the rule modules. */
import { formatNumber } from '../../../../lib/format.js';
import { CATALOGUE } from '../catalogue.js';
import {
  chainEndingAt, countableFromYear, disciplinesOverlapping, joinYears, missingChainYears, monthsCounted, ratingAtLeast,
  ratingIn, scienceWorksIn, selectInitiatives, titleYears,
} from '../history.js';
import { COUNCIL_CITE, lawCite, principleCite, yearEnd } from '../rule-sets.js';
import {
  type AnySettingVersion, type SettingKey, type SettingVersion, type Settings, applied,
  disciplineLabel, settingNote, settingOn,
} from '../settings.js';
import type { AwardCode, EligibilityInput, Rating, Reason, RuleSetId, Scope, SubjectHistory } from '../types.js';

export interface RuleContext {
  awardType: AwardCode;
  year: number;
  subject: SubjectHistory;
  ruleSet: RuleSetId;
  /** 31/12 of the year under review: criteria settings are read on this date. */
  criteriaDate: string;
  /** Decision date, or `criteriaDate` when none is given: procedure settings are read on it. */
  decisionDate: string;
  settings: Settings;
}

export type RuleModule = (ctx: RuleContext) => Reason[];

export function contextOf(input: EligibilityInput, ruleSet: RuleSetId, settings: Settings): RuleContext {
  const criteriaDate = yearEnd(input.year);
  return {
    awardType: input.awardType, year: input.year, subject: input.subject, ruleSet,
    criteriaDate, decisionDate: input.decisionDate ?? criteriaDate, settings,
  };
}

export const settingFor = <K extends SettingKey>(ctx: RuleContext, key: K, date = ctx.criteriaDate): SettingVersion<K> =>
  settingOn(ctx.settings, key, date);

export function pass(rule: string, article: string, ok: boolean, message: string, missing?: string): Reason {
  return ok || missing === undefined ? { rule, article, ok, message } : { rule, article, ok, message, missing };
}

/** A criterion a person must judge: never blocks, always says so. */
export function manual(rule: string, article: string, message: string, missing?: string): Reason {
  const r: Reason = { rule, article, ok: true, manual: true, message: `${message} — cần Hội đồng xem xét.` };
  return missing === undefined ? r : { ...r, missing };
}

/** Appends "(cài đặt: …)" and records the version applied. */
export function withSetting<K extends SettingKey>(r: Reason, v: SettingVersion<K> & AnySettingVersion): Reason {
  return { ...r, message: `${r.message.replace(/\.$/, '')}${settingNote(v)}.`, setting: applied(v) };
}

const RATING_TEXT: Record<Rating, string> = {
  HTXSNV: 'hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'hoàn thành tốt nhiệm vụ',
  HTNV: 'hoàn thành nhiệm vụ',
  KHTNV: 'không hoàn thành nhiệm vụ',
};
export const ratingText = (r: Rating): string => RATING_TEXT[r];

export function ratingCheck(ctx: RuleContext, min: Rating, article: string, rule = 'rating'): Reason {
  const r = ratingIn(ctx.subject, ctx.year);
  const want = min === 'HTXSNV' ? 'HTXSNV' : `${min} trở lên`;
  if (r === undefined) return pass(rule, article, false, `Chưa có kết quả xếp loại năm ${ctx.year}; yêu cầu ${want}.`, `cần kết quả xếp loại ${want} năm ${ctx.year}`);
  const ok = ratingAtLeast(r, min);
  return pass(rule, article, ok, `Năm ${ctx.year} xếp loại ${r} (${ratingText(r)}); yêu cầu ${want}.`, `cần xếp loại ${want} năm ${ctx.year}`);
}

export function monthsWorkedCheck(ctx: RuleContext): Reason {
  const v = settingFor(ctx, 'minMonthsWorked');
  const months = monthsCounted(ctx.subject);
  const article = `${principleCite(ctx.ruleSet, 5)}; ${lawCite(ctx.ruleSet, 24, 4)}`;
  if (months === undefined) {
    return withSetting(pass('months_worked', article, false, `Chưa có số tháng công tác năm ${ctx.year}.`, 'cần số tháng công tác trong năm'), v);
  }
  const maternity = ctx.subject.maternityMonths ? ` (kể cả ${formatNumber(ctx.subject.maternityMonths)} tháng nghỉ thai sản)` : '';
  const missing = `cần thêm ${formatNumber(v.value - months)} tháng công tác năm ${ctx.year}`;
  return withSetting(pass('months_worked', article, months >= v.value, `Công tác ${formatNumber(months)} tháng năm ${ctx.year}${maternity}.`, missing), v);
}

/** Only annual titles have the registration gate. */
export function registrationCheck(ctx: RuleContext): Reason[] {
  if (!CATALOGUE[ctx.awardType].annual) return [];
  const v = settingFor(ctx, 'registrationRequired');
  const article = 'Quy định về đăng ký thi đua của bộ, ngành, tỉnh (Nghị định 91/2017/NĐ-CP trước đây)';
  const reg = ctx.subject.registered;
  const ok = !v.value || reg === true;
  const text = reg === true ? `Đã đăng ký thi đua năm ${ctx.year}.` : reg === false ? `Không đăng ký thi đua năm ${ctx.year}.` : `Chưa có thông tin đăng ký thi đua năm ${ctx.year}.`;
  return [withSetting(pass('registration', article, ok, text, `cần đăng ký thi đua năm ${ctx.year}`), v)];
}

export function disciplineCheck(ctx: RuleContext): Reason {
  const v = settingFor(ctx, 'individualDisciplineThreshold');
  const found = disciplinesOverlapping(ctx.subject.disciplines, ctx.year, v.value);
  const article = principleCite(ctx.ruleSet, 4);
  const first = found[0];
  const message = first === undefined
    ? `Không bị kỷ luật trong năm ${ctx.year}.`
    : `Bị kỷ luật ${disciplineLabel(first.form)} trong năm ${ctx.year}; thành tích chỉ tính từ khi hết thời hạn kỷ luật.`;
  return withSetting(pass('discipline', article, first === undefined, message, `chờ hết thời hạn kỷ luật (năm ${ctx.year})`), v);
}

/** First year whose titles and ratings count, after any disciplinary period (D152 Art 4.4). */
export const countableFrom = (ctx: RuleContext): number =>
  countableFromYear(ctx.subject.disciplines, ctx.year, settingFor(ctx, 'individualDisciplineThreshold').value);

const SCOPE_TEXT: Record<Scope, string> = { unit: 'cấp cơ sở', province: 'cấp bộ, ban, ngành, tỉnh', national: 'toàn quốc' };
export const scopeText = (s: Scope): string => SCOPE_TEXT[s];

export interface AchievementNeed {
  rule: string;
  article: string;
  minScope: Scope;
  fromYear: number;
  /** How many initiatives, or science works, are needed. */
  count: number;
}

/** Initiatives or science works in the window; an initiative only reusable for a second title goes to the council. */
export function achievementCheck(ctx: RuleContext, need: AchievementNeed): Reason {
  const { rule, article, minScope, fromYear, count } = need;
  const sel = selectInitiatives(ctx.subject, minScope, fromYear, ctx.year, ctx.awardType, ctx.year);
  const works = scienceWorksIn(ctx.subject, minScope, fromYear, ctx.year);
  const period = fromYear === ctx.year ? `năm ${ctx.year}` : `${fromYear}–${ctx.year}`;
  const what = `${formatNumber(count)} sáng kiến hoặc ${formatNumber(count)} đề tài, công trình khoa học ${scopeText(minScope)} (${period})`;
  const have = `có ${formatNumber(sel.free.length)} sáng kiến chưa sử dụng, ${formatNumber(works)} đề tài khoa học`;
  if (sel.free.length >= count || works >= count) return pass(rule, article, true, `Đạt: ${have}; yêu cầu ${what}.`);
  if (sel.free.length + sel.titleReuse.length >= count) {
    const ids = sel.titleReuse.map((i) => i.id).join(', ');
    return manual(rule, article, `Sáng kiến ${ids} đã dùng để xét danh hiệu khác; dùng lại cho danh hiệu này`, `Hội đồng xem xét việc dùng lại sáng kiến ${ids}`);
  }
  const used = sel.blocked.length > 0 ? `; sáng kiến ${sel.blocked.map((i) => i.id).join(', ')} đã được sử dụng, không dùng lại` : '';
  return pass(rule, article, false, `Chưa đạt: ${have}${used}; yêu cầu ${what}.`, `cần ${what}`);
}

/** The council must vote, at the configured share of ALL members (D98 Art 30.7; [U] after 01/07/2025). */
export function councilReason(ctx: RuleContext): Reason[] {
  const ballot = CATALOGUE[ctx.awardType].council;
  if (ballot === null) return [];
  const v = ballot === 'high' ? settingFor(ctx, 'councilThresholdHigh', ctx.decisionDate) : settingFor(ctx, 'councilThresholdLow', ctx.decisionDate);
  const message = `Cần Hội đồng Thi đua - Khen thưởng bỏ phiếu, đạt tối thiểu ${formatNumber(v.value)}% tổng số thành viên.`;
  return [withSetting({ rule: 'council_vote', article: COUNCIL_CITE, ok: true, manual: true, message }, v)];
}


export interface ChainNeed {
  rule: string;
  article: string;
  codes: readonly AwardCode[];
  need: number;
  /** Short name in messages, e.g. "CSTĐCS". */
  label: string;
  step?: number;
}

/** A chain of regular titles ending at the year under review, after any disciplinary period. */
export function chainCheck(ctx: RuleContext, need: ChainNeed): Reason {
  const { rule, article, codes, label } = need;
  const step = need.step ?? 1;
  const from = countableFrom(ctx);
  const years = titleYears(ctx.subject, codes);
  const chain = chainEndingAt(years, ctx.year, step, from);
  const ok = chain.length >= need.need;
  const have = chain.length === 0
    ? `Chưa có chuỗi ${label} liên tục đến năm ${ctx.year}`
    : `Có ${formatNumber(chain.length)} lần liên tục đạt ${label} (${joinYears(chain)})`;
  const notes: string[] = [];
  const special = ctx.subject.titles.filter((t) => codes.includes(t.awardType) && t.kind !== undefined && t.kind !== 'regular');
  if (special.length > 0) notes.push(`danh hiệu chuyên đề, đột xuất (${joinYears(special.map((t) => t.year))}) không được tính`);
  if (from > -Infinity && [...years].some((y) => y < from)) notes.push(`thành tích trước khi hết thời hạn kỷ luật không được tính`);
  const note = notes.length > 0 ? `; ${notes.join('; ')}` : '';
  const missing = missingChainYears(years, ctx.year, need.need, step, from);
  const wording = `cần thêm ${formatNumber(missing.length)} năm ${label} liên tục (${joinYears(missing)})`;
  return pass(rule, article, ok, `${have}${note}; yêu cầu ${formatNumber(need.need)} lần liên tục.`, wording);
}

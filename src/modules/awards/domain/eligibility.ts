/**
 * Eligibility of one subject for one award: a pure function of the input and the settings.
 * Status: `deferred` while under review (D152 Art 4.4), else `eligible` iff every reason is ok.
 * Manual reasons are ok by construction: they never decide the status but set `manualReview`.
 */
import { CATALOGUE, baseSalaryOn, rewardAmount, rewardCoefficient } from './catalogue.js';
import { lawCite, principleCite, ruleSetFor } from './rule-sets.js';
import { contextOf, councilReason, pass } from './rules/common.js';
import { RULES } from './rules/index.js';
import type { Settings } from './settings.js';
import type { AwardCode, EligibilityInput, EligibilityResult, Reason, Reward, RuleSetId, SubjectKind } from './types.js';

const KIND_TEXT: Record<SubjectKind, string> = { individual: 'cá nhân', collective: 'tập thể', household: 'hộ gia đình' };

/** Articles naming who may receive each form (titles: Arts 19–20). */
const FORM_ARTICLE: Partial<Record<AwardCode, number>> = { GK: 75, BK_TINH: 74, BK_TTG: 73, HCLD3: 44 };

function subjectReason(input: EligibilityInput, rs: RuleSetId): Reason {
  const entry = CATALOGUE[input.awardType];
  const kind = input.subject.kind;
  const ok = entry.subjects.includes(kind);
  const allowed = entry.subjects.map((k) => KIND_TEXT[k]).join(', ');
  const article = entry.category === 'title' ? `${lawCite(rs, 19)}, ${lawCite(rs, 20).replace(/^.*, /, '')}` : lawCite(rs, FORM_ARTICLE[input.awardType] ?? 33);
  return pass('subject_kind', article, ok,
    `“${entry.name}” xét tặng cho ${allowed}; đối tượng là ${KIND_TEXT[kind]}.`, `“${entry.name}” không xét tặng cho ${KIND_TEXT[kind]}`);
}

function rewardOf(input: EligibilityInput, date: string, settings: Settings): Reward | undefined {
  const amount = rewardAmount(input.awardType, input.subject.kind, date, settings);
  const coefficient = rewardCoefficient(input.awardType, input.subject.kind, date, settings);
  const baseSalary = baseSalaryOn(date);
  if (amount === null || coefficient === null || baseSalary === null) return undefined;
  return { amount, currency: 'VND', coefficient, baseSalary, date };
}

export function checkEligibility(input: EligibilityInput, settings: Settings = []): EligibilityResult {
  const ruleSet = ruleSetFor(input.year, input.decisionDate);
  const ctx = contextOf(input, ruleSet, settings);
  const subject = subjectReason(input, ruleSet);
  const reasons: Reason[] = [subject];
  if (input.subject.underReview === true) {
    reasons.push(pass('under_review', principleCite(ruleSet, 4), false,
      'Đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc xác minh khiếu nại, tố cáo: tạm hoãn xét, xét lại khi có kết luận.',
      'chờ kết luận xem xét kỷ luật, thanh tra, xác minh'));
  }
  // A wrong subject kind makes the criteria meaningless, so they are not run.
  if (subject.ok) reasons.push(...RULES[input.awardType](ctx), ...councilReason(ctx));
  const manualReview = reasons.some((r) => r.manual === true);
  if (input.subject.underReview === true) return { status: 'deferred', eligible: false, ruleSet, reasons, manualReview };
  const eligible = reasons.every((r) => r.ok);
  const result: EligibilityResult = { status: eligible ? 'eligible' : 'not_eligible', eligible, ruleSet, reasons, manualReview };
  const reward = eligible ? rewardOf(input, ctx.decisionDate, settings) : undefined;
  return reward === undefined ? result : { ...result, reward };
}

/** What the officer still needs, one phrase per failing or manual reason, failing ones first. */
export function missingPhrases(result: EligibilityResult): string[] {
  const failing = result.reasons.filter((r) => !r.ok).map((r) => r.missing ?? r.message);
  const manual = result.reasons.filter((r) => r.manual === true && r.missing !== undefined).map((r) => `${r.missing} (cần Hội đồng xem xét)`);
  return [...failing, ...manual];
}

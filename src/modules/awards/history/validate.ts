/**
 * Checks and rows of subject history entries, shared by the JSON API and the Excel imports.
 * Pure: each check answers problems with the JSON field as `path` (the imports map them to columns).
 */
import { newId, nowIso } from '../../../lib/ids.js';
import { normalizeInput } from '../../../lib/text.js';
import type { ErrorDetail } from '../../../server/errors.js';
import { CATALOGUE } from '../domain/catalogue.js';
import type { AwardCode, DisciplineForm, Members, Scope } from '../domain/types.js';
import { isRealDate } from '../settings/service.js';
import type { HistoryKind } from './repo.js';

const SUBJECT_TEXT: Record<HistoryKind, string> = { individual: 'cá nhân', collective: 'tập thể' };

export type WorkKind = 'initiative' | 'science';
export interface WorkInput {
  title: string;
  year: number;
  scope: Scope;
  decision?: { number?: string | null; date?: string | null; issuer?: string | null };
  usedFor?: Array<{ year: number; awardType: AwardCode }>;
}

export function workProblems(input: WorkInput): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (normalizeInput(input.title).length < 3) problems.push({ path: 'title', message: 'Ghi tên sáng kiến, đề tài (ít nhất 3 ký tự)' });
  const date = input.decision?.date ?? null;
  if (date && !isRealDate(date)) problems.push({ path: 'decision.date', message: 'Ngày không hợp lệ (YYYY-MM-DD)' });
  const uses = input.usedFor ?? [];
  uses.forEach((u, i) => { if (u.year < input.year) problems.push({ path: `usedFor.${i}.year`, message: `Không thể dùng trước năm được công nhận (${input.year})` }); });
  if (new Set(uses.map((u) => `${u.year}|${u.awardType}`)).size !== uses.length) problems.push({ path: 'usedFor', message: 'Có lần sử dụng bị trùng' });
  return problems;
}

const text = (v: string | null | undefined): string | null => (v ? normalizeInput(v) || null : null);

/** The stored work, without its subject (the writer adds it). */
export function workRow(input: WorkInput, kind: WorkKind, by: string) {
  return {
    id: newId(), kind, title: normalizeInput(input.title), year: input.year, scope: input.scope,
    decision_number: text(input.decision?.number), decision_date: input.decision?.date ?? null, decision_issuer: text(input.decision?.issuer),
    created_by: by, created_at: nowIso(),
  };
}

export interface DisciplineInput {
  form: DisciplineForm;
  from: string;
  to?: string | null;
  decisionNumber?: string | null;
}

export function disciplineProblems(input: DisciplineInput): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if (!isRealDate(input.from)) problems.push({ path: 'from', message: 'Ngày không hợp lệ (YYYY-MM-DD)' });
  if (input.to && !isRealDate(input.to)) problems.push({ path: 'to', message: 'Ngày không hợp lệ (YYYY-MM-DD)' });
  else if (input.to && input.to < input.from) problems.push({ path: 'to', message: 'Ngày kết thúc không thể trước ngày bắt đầu' });
  return problems;
}

export function disciplineRow(input: DisciplineInput, by: string) {
  return { id: newId(), form: input.form, date_from: input.from, date_to: input.to ?? null, decision_number: text(input.decisionNumber), created_by: by, created_at: nowIso() };
}

export interface YearInput {
  monthsWorked?: number | null;
  maternityMonths?: number | null;
  registered?: AwardCode[];
  members?: Members | null;
}

export function yearProblems(kind: HistoryKind, input: YearInput): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  if ((input.monthsWorked ?? 0) + (input.maternityMonths ?? 0) > 12) problems.push({ path: 'maternityMonths', message: 'Số tháng công tác cộng số tháng nghỉ thai sản không quá 12' });
  (input.registered ?? []).forEach((code, i) => {
    if (!CATALOGUE[code].subjects.includes(kind)) problems.push({ path: `registered.${i}`, message: `"${CATALOGUE[code].name}" không xét cho ${SUBJECT_TEXT[kind]}` });
  });
  if (new Set(input.registered ?? []).size !== (input.registered ?? []).length) problems.push({ path: 'registered', message: 'Có danh hiệu đăng ký bị trùng' });
  const m = input.members;
  if (m && kind === 'individual') problems.push({ path: 'members', message: 'Chỉ nhập số thành viên cho tập thể' });
  else if (m) {
    for (const k of ['ldtt', 'cstdcs', 'completedDuties', 'disciplinedWarningOrAbove', 'women'] as const) {
      if (m[k] > m.total) problems.push({ path: `members.${k}`, message: `Không được lớn hơn tổng số thành viên (${m.total})` });
    }
    if (m.cstdcs > m.ldtt) problems.push({ path: 'members.cstdcs', message: 'Số CSTĐCS không được lớn hơn số LĐTT' });
  }
  return problems;
}

/**
 * A movement's life (DESIGN: draft → launched → mid-term reviewed → final reviewed → closed) and
 * the deadlines units work to. Pure: dates are ISO strings, "today" is passed in.
 */
export const MOVEMENT_KINDS = ['regular', 'thematic', 'unscheduled'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export const MOVEMENT_STATUSES = ['draft', 'launched', 'mid_term_reviewed', 'final_reviewed', 'closed'] as const;
export type MovementStatus = (typeof MOVEMENT_STATUSES)[number];

export const MOVEMENT_ACTIONS = ['launch', 'mid_term_review', 'final_review', 'close'] as const;
export type MovementAction = (typeof MOVEMENT_ACTIONS)[number];

/**
 * Allowed steps. A short thematic or unscheduled movement may skip the mid-term review, so the
 * final review is reachable from `launched` too.
 */
const STEPS: Record<MovementAction, { from: readonly MovementStatus[]; to: MovementStatus }> = {
  launch: { from: ['draft'], to: 'launched' },
  mid_term_review: { from: ['launched'], to: 'mid_term_reviewed' },
  final_review: { from: ['launched', 'mid_term_reviewed'], to: 'final_reviewed' },
  close: { from: ['final_reviewed'], to: 'closed' },
};

export const STATUS_TEXT: Record<MovementStatus, string> = {
  draft: 'Dự thảo',
  launched: 'Đã phát động',
  mid_term_reviewed: 'Đã sơ kết',
  final_reviewed: 'Đã tổng kết',
  closed: 'Đã kết thúc',
};

export type Step = { ok: true; to: MovementStatus } | { ok: false; message: string };

export function nextStatus(from: MovementStatus, action: MovementAction): Step {
  const step = STEPS[action];
  if (!step.from.includes(from)) {
    return { ok: false, message: `Phong trào đang ở trạng thái "${STATUS_TEXT[from]}", không thể chuyển bằng thao tác này` };
  }
  return { ok: true, to: step.to };
}

/** Content (title, documents, contents, scope) can change until the final review; a closed movement is history. */
export const isEditable = (s: MovementStatus): boolean => s === 'draft' || s === 'launched' || s === 'mid_term_reviewed';

/** Units register and report only while the movement runs. */
export const isRunning = (s: MovementStatus): boolean => s === 'launched' || s === 'mid_term_reviewed';

export interface LaunchFacts {
  directiveNumber: string;
  directiveDate: string;
  periodStart: string;
  periodEnd: string;
  contents: readonly string[];
  scopeUnitCount: number;
  registrationDeadline: string | null;
  midTermDeadline: string | null;
  finalDeadline: string | null;
}

export interface Problem {
  path: string;
  message: string;
}

/** What a movement needs before it can be launched; every problem names its field. */
export function launchProblems(m: LaunchFacts): Problem[] {
  const p: Problem[] = [];
  if (!m.directiveNumber.trim()) p.push({ path: 'directive.number', message: 'Cần số văn bản phát động' });
  if (m.contents.length === 0) p.push({ path: 'contents', message: 'Cần ít nhất một nội dung thi đua' });
  if (m.scopeUnitCount === 0) p.push({ path: 'scopeUnitIds', message: 'Cần chọn các đơn vị tham gia' });
  p.push(...periodProblems(m));
  return p;
}

/** Period and deadlines are consistent: start ≤ end, deadlines inside the period and in order. */
export function periodProblems(m: Omit<LaunchFacts, 'directiveNumber' | 'contents' | 'scopeUnitCount'>): Problem[] {
  const p: Problem[] = [];
  if (m.periodEnd < m.periodStart) p.push({ path: 'periodEnd', message: 'Ngày kết thúc phải sau ngày bắt đầu' });
  if (m.directiveDate > m.periodEnd) p.push({ path: 'directive.date', message: 'Ngày văn bản phát động phải trước ngày kết thúc' });
  const inside = (path: string, d: string | null, label: string) => {
    if (d !== null && (d < m.periodStart || d > m.periodEnd)) p.push({ path, message: `${label} phải nằm trong thời gian phong trào` });
  };
  inside('registrationDeadline', m.registrationDeadline, 'Hạn đăng ký');
  inside('midTermDeadline', m.midTermDeadline, 'Hạn báo cáo sơ kết');
  inside('finalDeadline', m.finalDeadline, 'Hạn báo cáo tổng kết');
  if (m.midTermDeadline && m.finalDeadline && m.finalDeadline < m.midTermDeadline) {
    p.push({ path: 'finalDeadline', message: 'Hạn tổng kết phải sau hạn sơ kết' });
  }
  return p;
}

/**
 * Deadlines are calendar days in Vietnam (UTC+7), inclusive: a report sent at 23:30 on the deadline
 * day is on time even though it is already the next day in UTC.
 */
export function vietnamDate(isoInstant: string): string {
  return new Date(Date.parse(isoInstant) + 7 * 3_600_000).toISOString().slice(0, 10);
}

export const onTime = (deadline: string | null, atIso: string): boolean => deadline === null || vietnamDate(atIso) <= deadline;

/** Days left until an inclusive deadline, counted in Vietnam's calendar (0 on the day itself, negative after). */
export function daysLeft(deadline: string, nowIso: string): number {
  return Math.round((Date.parse(deadline) - Date.parse(vietnamDate(nowIso))) / 86_400_000);
}

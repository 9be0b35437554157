/**
 * Scorecard workflow: the unit scores itself (draft), submits; the cluster leader or the board
 * assesses; the board approves. Returning sends it back to the unit with a reason, and the whole
 * chain restarts: a resubmitted scorecard must be assessed and approved again.
 */
export const SCORECARD_STATUSES = ['draft', 'submitted', 'assessed', 'approved', 'returned'] as const;
export type ScorecardStatus = (typeof SCORECARD_STATUSES)[number];

export const SCORECARD_ACTIONS = ['submit', 'assess', 'approve', 'return'] as const;
export type ScorecardAction = (typeof SCORECARD_ACTIONS)[number];

/** Who may take a step; the service maps the actor to these parties with policy.ts. */
export type Party = 'unit' | 'leader' | 'board';

const STEPS: Record<ScorecardAction, { from: readonly ScorecardStatus[]; to: ScorecardStatus; by: readonly Party[] }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', by: ['unit'] },
  assess: { from: ['submitted'], to: 'assessed', by: ['leader', 'board'] },
  approve: { from: ['assessed'], to: 'approved', by: ['board'] },
  return: { from: ['submitted', 'assessed', 'approved'], to: 'returned', by: ['leader', 'board'] },
};

export const SCORECARD_STATUS_TEXT: Record<ScorecardStatus, string> = {
  draft: 'Đang tự chấm',
  submitted: 'Đã gửi',
  assessed: 'Đã thẩm định',
  approved: 'Đã phê duyệt',
  returned: 'Trả lại',
};

export type Transition = { ok: true; to: ScorecardStatus } | { ok: false; status: 403 | 409; message: string };

export function transition(from: ScorecardStatus, action: ScorecardAction, parties: readonly Party[], published: boolean, reason?: string): Transition {
  const step = STEPS[action];
  if (!step.by.some((p) => parties.includes(p))) return { ok: false, status: 403, message: 'Bạn không có quyền thực hiện bước này' };
  if (published) return { ok: false, status: 409, message: 'Kết quả đã công bố; không thể thay đổi phiếu chấm' };
  if (!step.from.includes(from)) return { ok: false, status: 409, message: `Phiếu đang ở trạng thái "${SCORECARD_STATUS_TEXT[from]}"` };
  if (action === 'return' && !(reason ?? '').trim()) return { ok: false, status: 409, message: 'Cần ghi lý do trả lại' };
  return { ok: true, to: step.to };
}

/** The unit edits its self-scores only while the scorecard is with it. */
export const unitMayEdit = (s: ScorecardStatus): boolean => s === 'draft' || s === 'returned';
/** The assessor edits assessed scores while it is under assessment. */
export const assessorMayEdit = (s: ScorecardStatus): boolean => s === 'submitted';

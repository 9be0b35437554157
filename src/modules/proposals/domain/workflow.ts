/**
 * The proposal (hồ sơ đề nghị khen thưởng) state machine: which action moves a dossier from which
 * state to which, and which side may take it. Pure: the service loads, asks, then writes.
 */
export const PROPOSAL_STATES = [
  'draft', 'submitted', 'under_review', 'returned', 'resubmitted', 'to_council', 'disclosure', 'decided', 'rejected',
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export const PROPOSAL_ACTIONS = [
  'submit', 'start_review', 'return', 'resubmit', 'approve', 'open_disclosure', 'close_disclosure', 'decide', 'reject',
] as const;
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number];

/** The proposing unit's officers, or the board (Ban Thi đua – Khen thưởng). Admins act as either. */
export type Side = 'unit' | 'board';

interface Rule {
  from: readonly ProposalState[];
  to: ProposalState;
  side: Side;
  /** A reason is written with the transition (returns and rejections must say why). */
  reasonRequired: boolean;
}

export const TRANSITIONS: Record<ProposalAction, Rule> = {
  submit: { from: ['draft'], to: 'submitted', side: 'unit', reasonRequired: false },
  start_review: { from: ['submitted', 'resubmitted'], to: 'under_review', side: 'board', reasonRequired: false },
  return: { from: ['submitted', 'resubmitted', 'under_review'], to: 'returned', side: 'board', reasonRequired: true },
  resubmit: { from: ['returned'], to: 'resubmitted', side: 'unit', reasonRequired: false },
  // The board finds the dossier complete and puts it before the council.
  approve: { from: ['under_review'], to: 'to_council', side: 'board', reasonRequired: false },
  // The list is published before the council votes (LAW.md §4.4); it comes back to the council after.
  open_disclosure: { from: ['to_council'], to: 'disclosure', side: 'board', reasonRequired: false },
  close_disclosure: { from: ['disclosure'], to: 'to_council', side: 'board', reasonRequired: false },
  // Taken by issuing the decision, never by hand.
  decide: { from: ['to_council'], to: 'decided', side: 'board', reasonRequired: false },
  reject: { from: ['submitted', 'resubmitted', 'under_review', 'to_council', 'disclosure'], to: 'rejected', side: 'board', reasonRequired: true },
};

export const STATE_LABELS: Record<ProposalState, string> = {
  draft: 'Nháp',
  submitted: 'Đã gửi',
  under_review: 'Đang thẩm định',
  returned: 'Trả lại đơn vị',
  resubmitted: 'Đã gửi lại',
  to_council: 'Trình Hội đồng',
  disclosure: 'Đang công khai',
  decided: 'Đã có quyết định',
  rejected: 'Không khen thưởng',
};

export const ACTION_LABELS: Record<ProposalAction, string> = {
  submit: 'Gửi hồ sơ',
  start_review: 'Tiếp nhận, thẩm định',
  return: 'Trả lại đơn vị',
  resubmit: 'Gửi lại',
  approve: 'Trình Hội đồng',
  open_disclosure: 'Công khai',
  close_disclosure: 'Kết thúc công khai',
  decide: 'Ban hành quyết định',
  reject: 'Không khen thưởng',
};

/** States in which the unit may still change nominees and documents. */
export const EDITABLE_STATES: readonly ProposalState[] = ['draft', 'returned'];

export type TransitionCheck = { ok: true; to: ProposalState } | { ok: false; code: 'wrong_state' | 'wrong_side' | 'reason_required'; message: string };

/** Whether `sides` (what the caller may act as) may take `action` from `state`, with `reason`. */
export function checkTransition(state: ProposalState, action: ProposalAction, sides: readonly Side[], reason?: string | null): TransitionCheck {
  const rule = TRANSITIONS[action];
  if (!sides.includes(rule.side)) {
    return { ok: false, code: 'wrong_side', message: rule.side === 'unit' ? 'Chỉ đơn vị đề nghị được thực hiện bước này' : 'Chỉ Ban Thi đua – Khen thưởng được thực hiện bước này' };
  }
  if (!rule.from.includes(state)) {
    return { ok: false, code: 'wrong_state', message: `Không thể "${ACTION_LABELS[action]}" khi hồ sơ ở trạng thái "${STATE_LABELS[state]}"` };
  }
  if (rule.reasonRequired && (reason ?? '').trim().length < 5) {
    return { ok: false, code: 'reason_required', message: 'Ghi rõ lý do (ít nhất 5 ký tự)' };
  }
  return { ok: true, to: rule.to };
}

/** Actions the caller could take now (for the screen's buttons). */
export function availableActions(state: ProposalState, sides: readonly Side[]): ProposalAction[] {
  return PROPOSAL_ACTIONS.filter((a) => a !== 'decide' && sides.includes(TRANSITIONS[a].side) && TRANSITIONS[a].from.includes(state));
}

// ---- per-nominee outcome --------------------------------------------------------------------

export const NOMINEE_OUTCOMES = ['pending', 'approved', 'rejected', 'lowered'] as const;
export type NomineeOutcome = (typeof NOMINEE_OUTCOMES)[number];

export type OutcomeCheck = { ok: true } | { ok: false; path: string; message: string };

/**
 * A nominee's outcome: rejected needs a reason; lowered names a different award type the board
 * considers lower (the caller passes whether it is lower, from the catalogue's levels).
 */
export function checkOutcome(outcome: NomineeOutcome, input: { reason?: string | null; loweredTo?: string | null; isLower?: boolean }): OutcomeCheck {
  if (outcome === 'rejected' && (input.reason ?? '').trim().length < 5) return { ok: false, path: 'reason', message: 'Ghi rõ lý do không khen thưởng (ít nhất 5 ký tự)' };
  if (outcome === 'lowered') {
    if (!input.loweredTo) return { ok: false, path: 'loweredTo', message: 'Chọn hình thức khen thưởng thấp hơn' };
    if (!input.isLower) return { ok: false, path: 'loweredTo', message: 'Hình thức chuyển sang phải thấp hơn hình thức đề nghị' };
  }
  return { ok: true };
}

import { describe, expect, it } from 'vitest';
import { availableActions, checkOutcome, checkTransition, PROPOSAL_ACTIONS, TRANSITIONS } from './workflow.js';

describe('proposal workflow', () => {
  it('walks the whole path: draft → submitted → under review → returned → resubmitted → council → disclosure → council', () => {
    const unit = ['unit'] as const;
    const board = ['board'] as const;
    expect(checkTransition('draft', 'submit', unit)).toEqual({ ok: true, to: 'submitted' });
    expect(checkTransition('submitted', 'start_review', board)).toEqual({ ok: true, to: 'under_review' });
    expect(checkTransition('under_review', 'return', board, 'Thiếu biên bản bình xét')).toEqual({ ok: true, to: 'returned' });
    expect(checkTransition('returned', 'resubmit', unit)).toEqual({ ok: true, to: 'resubmitted' });
    expect(checkTransition('resubmitted', 'start_review', board)).toEqual({ ok: true, to: 'under_review' });
    expect(checkTransition('under_review', 'approve', board)).toEqual({ ok: true, to: 'to_council' });
    expect(checkTransition('to_council', 'open_disclosure', board)).toEqual({ ok: true, to: 'disclosure' });
    expect(checkTransition('disclosure', 'close_disclosure', board)).toEqual({ ok: true, to: 'to_council' });
    expect(checkTransition('to_council', 'decide', board)).toEqual({ ok: true, to: 'decided' });
  });

  it('lets each side take only its own steps', () => {
    expect(checkTransition('draft', 'submit', ['board'])).toMatchObject({ ok: false, code: 'wrong_side' });
    expect(checkTransition('submitted', 'start_review', ['unit'])).toMatchObject({ ok: false, code: 'wrong_side' });
    expect(checkTransition('under_review', 'approve', ['unit'])).toMatchObject({ ok: false, code: 'wrong_side' });
    // An admin acts as both.
    expect(checkTransition('draft', 'submit', ['unit', 'board'])).toMatchObject({ ok: true });
  });

  it('refuses steps from the wrong state, naming both', () => {
    const r = checkTransition('decided', 'reject', ['board'], 'Không đủ tiêu chuẩn');
    expect(r).toMatchObject({ ok: false, code: 'wrong_state' });
    expect(!r.ok && r.message).toContain('Đã có quyết định');
    expect(checkTransition('draft', 'approve', ['board'])).toMatchObject({ ok: false, code: 'wrong_state' });
    expect(checkTransition('to_council', 'approve', ['board'])).toMatchObject({ ok: false, code: 'wrong_state' });
  });

  it('needs a reason to return or reject', () => {
    expect(checkTransition('under_review', 'return', ['board'])).toMatchObject({ ok: false, code: 'reason_required' });
    expect(checkTransition('under_review', 'reject', ['board'], '  ab ')).toMatchObject({ ok: false, code: 'reason_required' });
    expect(checkTransition('under_review', 'reject', ['board'], 'Thành tích chưa đủ')).toMatchObject({ ok: true, to: 'rejected' });
  });

  it('never leaves a final state', () => {
    for (const a of PROPOSAL_ACTIONS) {
      expect(TRANSITIONS[a].from).not.toContain('decided');
      expect(TRANSITIONS[a].from).not.toContain('rejected');
    }
  });

  it('offers the buttons of the caller side only, never "decide" (taken by issuing a decision)', () => {
    expect(availableActions('draft', ['unit'])).toEqual(['submit']);
    expect(availableActions('draft', ['board'])).toEqual([]);
    expect(availableActions('under_review', ['board'])).toEqual(['return', 'approve', 'reject']);
    expect(availableActions('to_council', ['board'])).toEqual(['open_disclosure', 'reject']);
  });
});

describe('nominee outcome', () => {
  it('needs a reason for a rejection and a lower form for a move down', () => {
    expect(checkOutcome('approved', {})).toEqual({ ok: true });
    expect(checkOutcome('rejected', {})).toMatchObject({ ok: false, path: 'reason' });
    expect(checkOutcome('rejected', { reason: 'Chưa đủ 2 năm HTXSNV' })).toEqual({ ok: true });
    expect(checkOutcome('lowered', {})).toMatchObject({ ok: false, path: 'loweredTo' });
    expect(checkOutcome('lowered', { loweredTo: 'GK', isLower: false })).toMatchObject({ ok: false, path: 'loweredTo' });
    expect(checkOutcome('lowered', { loweredTo: 'GK', isLower: true })).toEqual({ ok: true });
  });
});

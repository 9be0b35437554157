import { describe, expect, it } from 'vitest';
import { registrationProblems } from './registration.js';
import { titleCodesFor, titleProblem, yearProblem } from './titles.js';
import { daysLeft, isEditable, launchProblems, nextStatus, onTime, vietnamDate } from './status.js';

const facts = {
  directiveNumber: '08/CT-UBND', directiveDate: '2024-02-06', periodStart: '2024-01-01', periodEnd: '2024-12-31',
  contents: ['Thi đua phát triển kinh tế'], scopeUnitCount: 3, registrationDeadline: '2024-03-31', midTermDeadline: '2024-06-30', finalDeadline: '2024-11-30',
};

describe('movement status machine', () => {
  it('walks draft → launched → mid-term → final → closed', () => {
    expect(nextStatus('draft', 'launch')).toEqual({ ok: true, to: 'launched' });
    expect(nextStatus('launched', 'mid_term_review')).toEqual({ ok: true, to: 'mid_term_reviewed' });
    expect(nextStatus('mid_term_reviewed', 'final_review')).toEqual({ ok: true, to: 'final_reviewed' });
    expect(nextStatus('final_reviewed', 'close')).toEqual({ ok: true, to: 'closed' });
  });
  it('lets a short movement go to the final review without a mid-term one', () => {
    expect(nextStatus('launched', 'final_review')).toEqual({ ok: true, to: 'final_reviewed' });
  });
  it('refuses steps out of order, naming the current status', () => {
    const r = nextStatus('draft', 'close');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('Dự thảo');
    expect(nextStatus('launched', 'launch').ok).toBe(false);
    expect(nextStatus('closed', 'final_review').ok).toBe(false);
  });
  it('freezes a movement after its final review', () => {
    expect(isEditable('draft')).toBe(true);
    expect(isEditable('mid_term_reviewed')).toBe(true);
    expect(isEditable('final_reviewed')).toBe(false);
    expect(isEditable('closed')).toBe(false);
  });
});

describe('launch checks', () => {
  it('accepts a complete movement', () => expect(launchProblems(facts)).toEqual([]));
  it('names every missing field', () => {
    const paths = launchProblems({ ...facts, directiveNumber: ' ', contents: [], scopeUnitCount: 0 }).map((p) => p.path);
    expect(paths).toEqual(['directive.number', 'contents', 'scopeUnitIds']);
  });
  it('keeps deadlines inside the period and in order', () => {
    expect(launchProblems({ ...facts, registrationDeadline: '2025-01-01' }).map((p) => p.path)).toEqual(['registrationDeadline']);
    expect(launchProblems({ ...facts, periodEnd: '2023-12-31', registrationDeadline: null, midTermDeadline: null, finalDeadline: null, directiveDate: '2023-01-01' }).map((p) => p.path)).toEqual(['periodEnd']);
    expect(launchProblems({ ...facts, finalDeadline: '2024-06-01' }).map((p) => p.path)).toEqual(['finalDeadline']);
    // Boundaries: a deadline on the first or last day of the period is inside.
    expect(launchProblems({ ...facts, registrationDeadline: '2024-01-01', finalDeadline: '2024-12-31' })).toEqual([]);
  });
});

describe('deadlines in Vietnam time', () => {
  it('counts a report at 23:30 on the deadline day (16:30 UTC) as on time, and 00:10 the next day as late', () => {
    expect(vietnamDate('2024-03-31T16:30:00.000Z')).toBe('2024-03-31');
    expect(onTime('2024-03-31', '2024-03-31T16:30:00.000Z')).toBe(true);
    expect(onTime('2024-03-31', '2024-03-31T17:10:00.000Z')).toBe(false);
    expect(onTime(null, '2030-01-01T00:00:00.000Z')).toBe(true);
  });
  it('counts days left in the Vietnamese calendar', () => {
    expect(daysLeft('2024-03-31', '2024-03-31T16:59:00.000Z')).toBe(0);
    expect(daysLeft('2024-03-31', '2024-03-31T17:01:00.000Z')).toBe(-1);
    expect(daysLeft('2024-03-31', '2024-03-29T10:00:00.000Z')).toBe(2);
  });
});

describe('registration', () => {
  const ctx = { status: 'launched' as const, deadline: '2024-03-31', inScope: true, nowIso: '2024-03-31T16:00:00.000Z' };
  it('accepts a unit in scope before the deadline', () => expect(registrationProblems(ctx, 'Hoàn thành 100% chỉ tiêu được giao')).toEqual([]));
  it('refuses after the deadline, naming it in dd/mm/yyyy', () => {
    const p = registrationProblems({ ...ctx, nowIso: '2024-03-31T17:00:00.000Z' }, 'Hoàn thành 100% chỉ tiêu được giao');
    expect(p).toEqual([{ path: 'registrationDeadline', message: 'Đã quá hạn đăng ký (31/03/2024)' }]);
  });
  it('refuses a unit outside the scope, a movement not running and empty commitments', () => {
    expect(registrationProblems({ ...ctx, inScope: false, status: 'draft' }, 'ngắn').map((p) => p.path)).toEqual(['unitId', 'movementId', 'commitments']);
  });
});

describe('title registration rules', () => {
  it('lists titles, not forms, for each kind of subject', () => {
    expect(titleCodesFor('individual')).toEqual(expect.arrayContaining(['LDTT', 'CSTDCS', 'CSTD_TINH']));
    expect(titleCodesFor('individual')).not.toContain('BK_TINH');
    expect(titleCodesFor('collective')).toEqual(expect.arrayContaining(['TTLDTT', 'TTLDXS', 'CO_TINH']));
  });
  it('names unknown codes, forms, wrong subjects and years out of range', () => {
    expect(titleProblem('XYZ', 'individual')).toContain('không có trong danh mục');
    expect(titleProblem('BK_TINH', 'individual')).toContain('hình thức khen thưởng');
    expect(titleProblem('TTLDTT', 'individual')).toContain('không dành cho cá nhân');
    expect(titleProblem('LDTT', 'individual')).toBeNull();
    const now = new Date('2026-06-01T00:00:00Z');
    expect(yearProblem(2025, now)).toBeNull();
    expect(yearProblem(2027, now)).toBeNull();
    expect(yearProblem(2024, now)).toBe('Năm đăng ký phải từ 2025 đến 2027');
  });
});

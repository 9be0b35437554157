/** Rules of a unit's registration for a movement (đăng ký thi đua), checked before anything is written. */
import { isRunning, vietnamDate, type MovementStatus, type Problem } from './status.js';

export interface RegistrationContext {
  status: MovementStatus;
  deadline: string | null;
  inScope: boolean;
  nowIso: string;
}

export function registrationProblems(c: RegistrationContext, commitments: string): Problem[] {
  const p: Problem[] = [];
  if (!c.inScope) p.push({ path: 'unitId', message: 'Đơn vị không thuộc phạm vi tham gia phong trào này' });
  if (!isRunning(c.status)) p.push({ path: 'movementId', message: 'Phong trào chưa phát động hoặc đã sơ kết, tổng kết: không nhận đăng ký' });
  if (c.deadline !== null && vietnamDate(c.nowIso) > c.deadline) {
    const [y, m, d] = c.deadline.split('-');
    p.push({ path: 'registrationDeadline', message: `Đã quá hạn đăng ký (${d}/${m}/${y})` });
  }
  if (commitments.trim().length < 10) p.push({ path: 'commitments', message: 'Ghi nội dung cam kết (ít nhất 10 ký tự)' });
  return p;
}

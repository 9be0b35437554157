/** The whole roll-up of a movement as one Excel table: registration, mid-term and final report of every unit the reader sees. */
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { formatDate } from '../../lib/format.js';
import type { Actor } from '../auth/actor.js';
import { applyFont, styleHeaderRow, toBuffer } from '../targets/excel-template.js';
import { stateOf, type SubmissionState } from './domain/rollup.js';
import { vietnamDate } from './domain/status.js';
import { rollupPage, type Source } from './rollup-repo.js';
import { deadlineOf, movementOr404, rollupQuery } from './rollup.js';

const STATE_TEXT: Record<SubmissionState, string> = { on_time: 'Đúng hạn', late: 'Trễ hạn', missing: 'Chưa gửi' };
const HEADERS = ['STT', 'Đơn vị', 'Đăng ký thi đua', 'Ngày đăng ký', 'Nội dung cam kết', 'Chỉ tiêu đăng ký', 'Báo cáo sơ kết', 'Ngày gửi sơ kết', 'Báo cáo tổng kết', 'Ngày gửi tổng kết'];
const WIDTHS = [6, 36, 15, 13, 50, 40, 15, 13, 15, 13];
/** Instants are shown as the calendar day in Vietnam, the day the deadline is counted in. */
const day = (at: string | null): string => (at ? formatDate(vietnamDate(at)) : '');
const deadlineText = (label: string, d: string | null): string => `${label}: ${d ? formatDate(d) : 'không quy định'}`;

export async function rollupWorkbook(db: Kysely<DB>, actor: Actor, movementId: string): Promise<{ fileName: string; content: Buffer }> {
  const m = await movementOr404(db, movementId);
  const sources: Source[] = [{ kind: 'registration' }, { kind: 'report', reportKind: 'mid_term' }, { kind: 'report', reportKind: 'final' }];
  const all = (s: Source) => rollupPage(db, rollupQuery(m, actor, s), { limit: null, offset: 0 });
  const at = async (s: Source) => new Map((await all(s)).map((r) => [r.id, r.at]));
  const [regs, midAt, finAt] = await Promise.all([all(sources[0]!), at(sources[1]!), at(sources[2]!)]);
  const details = new Map((await db.selectFrom('movement_registrations').select(['unit_id', 'commitments', 'targets_json']).where('movement_id', '=', movementId).execute()).map((r) => [r.unit_id, r]));

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Tổng hợp');
  ws.addRow(['TỔNG HỢP ĐĂNG KÝ THI ĐUA, BÁO CÁO SƠ KẾT, TỔNG KẾT']).font = { bold: true, size: 14 };
  ws.addRow([m.title]);
  ws.addRow([[deadlineText('Hạn đăng ký', m.registration_deadline), deadlineText('hạn sơ kết', m.mid_term_deadline), deadlineText('hạn tổng kết', m.final_deadline)].join('; ')]);
  ws.addRow([]);
  styleHeaderRow(ws.addRow(HEADERS));
  regs.forEach((u, i) => {
    const reg = details.get(u.id);
    const targets = reg ? (JSON.parse(reg.targets_json) as Array<{ name: string; target: string }>).map((t) => `${t.name}: ${t.target}`).join('\n') : '';
    const mAt = midAt.get(u.id) ?? null;
    const fAt = finAt.get(u.id) ?? null;
    ws.addRow([
      i + 1, u.name, STATE_TEXT[stateOf(m.registration_deadline, u.at)], day(u.at), reg?.commitments ?? '', targets,
      STATE_TEXT[stateOf(deadlineOf(m, sources[1]!), mAt)], day(mAt), STATE_TEXT[stateOf(deadlineOf(m, sources[2]!), fAt)], day(fAt),
    ]).alignment = { vertical: 'top', wrapText: true };
  });
  ws.columns.forEach((col, i) => { col.width = WIDTHS[i]; });
  applyFont(ws);
  return { fileName: `tong-hop-dang-ky-${m.code}.xlsx`, content: await toBuffer(wb) };
}

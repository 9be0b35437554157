/** Excel exports of a scorecard and of a cluster's ranking (with the vote's proposal when there is one). */
import ExcelJS from 'exceljs';
import { applyFont, styleHeaderRow, toBuffer } from '../targets/excel-template.js';
import { SCORECARD_STATUS_TEXT } from './domain/scorecard.js';
import type { results, votes } from './results.js';
import type { getScorecard } from './service.js';

type Card = Awaited<ReturnType<typeof getScorecard>>;
type Results = Awaited<ReturnType<typeof results>>;
type Votes = Awaited<ReturnType<typeof votes>>;
const KIND_TEXT: Record<string, string> = { standard: 'Chính', bonus: 'Điểm cộng', penalty: 'Điểm trừ' };
const RULE_TEXT: Record<string, string> = { total: 'Tổng điểm', at_max: 'Số tiêu chí đạt tối đa', penalty: 'Ít điểm trừ hơn', targets: 'Điểm chỉ tiêu', shared: 'Đồng hạng', '': '' };

export async function scorecardWorkbook(card: Card): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phiếu chấm điểm');
  ws.addRow([`PHIẾU CHẤM ĐIỂM THI ĐUA NĂM ${card.cluster.year}`]).font = { bold: true, size: 14 };
  ws.addRow([`${card.cluster.name} — ${card.unit.name}`]);
  ws.addRow([`Trạng thái: ${SCORECARD_STATUS_TEXT[card.status]}`]);
  ws.addRow([]);
  const header = ws.addRow(['Mã', 'Tiêu chí', 'Loại', 'Điểm tối đa', 'Tự chấm', 'Giải trình', 'Minh chứng', 'Thẩm định', 'Ý kiến thẩm định']);
  styleHeaderRow(header);
  const scoreOf = new Map(card.scores.map((s) => [s.criterionId, s]));
  for (const g of card.template) {
    ws.addRow([g.code, g.title]).font = { bold: true };
    for (const c of g.criteria) {
      const s = scoreOf.get(c.id);
      ws.addRow([c.code, c.title, KIND_TEXT[c.kind], c.maxPoints, s?.self ?? null, s?.selfNote ?? '', s?.evidenceUrl ?? '', s?.assessed ?? null, s?.assessedNote ?? '']);
    }
  }
  ws.addRow([]);
  ws.addRow(['', 'Tổng điểm (chính + cộng − trừ)', '', card.maximum, card.selfTotals.total, '', '', card.status === 'draft' || card.status === 'returned' ? null : card.totals.total]).font = { bold: true };
  ws.columns.forEach((col, i) => { col.width = [8, 60, 12, 12, 10, 40, 30, 11, 40][i]; });
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  applyFont(ws);
  return toBuffer(wb);
}

export async function rankingWorkbook(r: Results, v: Votes | null): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Xếp hạng');
  ws.addRow([`KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM ${r.cluster.year}`]).font = { bold: true, size: 14 };
  ws.addRow([r.cluster.name]);
  ws.addRow([r.cluster.publishedAt ? `Công bố ngày ${r.cluster.publishedAt.slice(0, 10).split('-').reverse().join('/')}` : 'Chưa công bố']);
  ws.addRow([]);
  styleHeaderRow(ws.addRow(['Hạng', 'Đơn vị', 'Điểm chính', 'Điểm cộng', 'Điểm trừ', 'Tổng điểm', 'Tiêu chí đạt tối đa', 'Phân định bởi', 'Trạng thái phiếu']));
  for (const row of r.rows) {
    ws.addRow([row.rank, row.unit.name, row.totals?.base ?? null, row.totals?.bonus ?? null, row.totals?.penalty ?? null, row.totals?.total ?? null, row.totals?.atMax ?? null, RULE_TEXT[row.decidedBy] ?? '', SCORECARD_STATUS_TEXT[row.status]]);
  }
  ws.addRow([]);
  ws.addRow(['', 'Quy tắc xếp hạng: tổng điểm cao hơn; bằng nhau thì nhiều tiêu chí đạt điểm tối đa hơn; rồi ít điểm trừ hơn; rồi điểm chỉ tiêu cao hơn; còn bằng nhau thì đồng hạng.']);
  if (v?.result) {
    ws.addRow([]);
    ws.addRow(['', 'KẾT QUẢ BỎ PHIẾU SUY TÔN']).font = { bold: true };
    ws.addRow(['', `Đơn vị dẫn đầu, đề nghị tặng Cờ thi đua của UBND tỉnh: ${v.result.leading?.name ?? '(chưa có)'}`]);
    ws.addRow(['', `Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh: ${v.result.certificates.map((x) => x.name).join('; ') || '(chưa có)'}`]);
    ws.addRow(['', `Số đơn vị đã bỏ phiếu: ${v.cast}/${v.members}`]);
  }
  ws.columns.forEach((col, i) => { col.width = [8, 40, 12, 11, 11, 12, 14, 20, 18][i]; });
  applyFont(ws);
  return toBuffer(wb);
}

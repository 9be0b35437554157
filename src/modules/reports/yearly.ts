/**
 * The yearly summary report of the emulation and commendation work, as an editable Word draft in
 * the Decree 30 layout (the documents kit): movements, targets, awards, exemplary models. Numbers
 * come from the same queries as the on-screen reports; the officer writes the assessment around them.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { formatDate } from '../../lib/format.js';
import type { Actor } from '../auth/actor.js';
import { requirePermission } from '../auth/policy.js';
import { renderOfficialDocument, type BodyBlock, type OfficialDocument } from '../documents/index.js';
import { findUnit } from '../org/units.repo.js';
import { PRACTICE_KIND_LABELS, type PracticeKind } from '../practices/domain/catalog.js';
import { share, TARGET_STATUS_LABELS, TARGET_STATUSES, total } from './domain/tally.js';
import { awardReport, movementsReport, targetsReport } from './service.js';

export async function yearlyReport(db: Kysely<DB>, actor: Actor, year: number, today: string): Promise<Buffer> {
  requirePermission(actor, 'reports.read');
  const unit = await findUnit(db, actor.unitId);
  const parent = unit?.parent_id ? await findUnit(db, unit.parent_id) : undefined;
  const root = unit ? await findUnit(db, unit.path.split('/')[1] ?? '') : undefined;
  const filters = { yearFrom: year, yearTo: year };
  const [byType, byLevel, byGender, byLeader, targets, movements, practices] = await Promise.all([
    awardReport(db, actor, { ...filters, groupBy: 'awardType' }),
    awardReport(db, actor, { ...filters, groupBy: 'level' }),
    awardReport(db, actor, { ...filters, groupBy: 'gender' }),
    awardReport(db, actor, { ...filters, groupBy: 'leader' }),
    targetsReport(db, actor, today),
    movementsReport(db, actor),
    db.selectFrom('practices').select(['kind', 'title']).where('status', '=', 'published').where('published_at', '>=', `${year}-01-01`).where('published_at', '<', `${year + 1}-01-01`).execute(),
  ]);
  const awards = total(byType);
  const people = total(byGender);
  const yearTargets = targets.find((t) => t.year === year);
  const yearMovements = movements.filter((m) => m.year === year);

  const body: BodyBlock[] = [
    { text: 'I. PHONG TRÀO THI ĐUA', bold: true, indent: false },
    ...(yearMovements.length
      ? yearMovements.map((m) => `${m.title} (Chỉ thị số ${m.directive}): ${m.indicators} chỉ tiêu thi đua chủ yếu, ${m.news} tin bài, ${m.practices} điển hình, mô hình được giới thiệu.`)
      : [`Năm ${year} chưa có phong trào thi đua nào được ghi nhận.`]),
    { text: 'II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA CHỦ YẾU', bold: true, indent: false },
    ...(yearTargets
      ? [
        `Theo số liệu đã được duyệt, ${yearTargets.total} chỉ tiêu thi đua chủ yếu năm ${year} có kết quả như sau:`,
        { table: { columns: [{ title: 'Kết quả', width: 3 }, { title: 'Số chỉ tiêu', align: 'right' as const }, { title: 'Tỷ lệ (%)', align: 'right' as const }],
          rows: TARGET_STATUSES.filter((s) => yearTargets.counts[s] > 0).map((s) => [TARGET_STATUS_LABELS[s], String(yearTargets.counts[s]), share(yearTargets.counts[s], yearTargets.total)]) } },
      ]
      : [`Chưa có chỉ tiêu thi đua năm ${year}.`]),
    { text: 'III. CÔNG TÁC KHEN THƯỞNG', bold: true, indent: false },
    `Năm ${year} có ${awards} lượt khen thưởng còn hiệu lực trong sổ vàng${people ? `, trong đó ${people} lượt khen thưởng cá nhân` : ''}.`,
    { table: { columns: [{ title: 'Danh hiệu, hình thức khen thưởng', width: 4 }, { title: 'Số lượt', align: 'right' as const }], rows: byType.map((g) => [g.label ?? String(g.key), String(g.count)]) } },
    `Theo cấp khen thưởng: ${byLevel.map((g) => `${g.label} ${g.count} lượt`).join('; ') || 'chưa có'}.`,
    ...(people
      ? [`Khen thưởng cá nhân: ${byGender.map((g) => `${g.label} ${g.count} lượt (${share(g.count, people)}%)`).join(', ')}; ${byLeader.map((g) => `${g.label} ${g.count} lượt (${share(g.count, people)}%)`).join(', ')}.`]
      : []),
    { text: 'IV. ĐIỂN HÌNH TIÊN TIẾN, MÔ HÌNH HAY, CÁCH LÀM HAY', bold: true, indent: false },
    ...(practices.length
      ? practices.map((p) => `${PRACTICE_KIND_LABELS[p.kind as PracticeKind] ?? p.kind}: ${p.title}.`)
      : [`Năm ${year} chưa có điển hình, mô hình nào được đăng.`]),
    { text: 'V. ĐÁNH GIÁ CHUNG VÀ PHƯƠNG HƯỚNG NĂM TIẾP THEO', bold: true, indent: false },
    { text: '(Đơn vị bổ sung nhận xét, hạn chế, nguyên nhân và phương hướng.)', italic: true },
    { text: `Số liệu trích từ phần mềm thi đua, khen thưởng ngày ${formatDate(today)}.`, italic: true },
  ];

  const doc: OfficialDocument = {
    issuer: {
      superior: parent?.name.toUpperCase(),
      name: (unit?.name ?? actor.unitName).toUpperCase(),
      symbol: unit?.short_name?.replace(/\s+/g, '') ?? unit?.code ?? actor.unitCode,
      place: (root?.name ?? '').replace(/^Tỉnh\s+/i, '') || 'Kon Tum',
    },
    kind: 'BC',
    number: null,
    date: null,
    summary: `Tổng kết công tác thi đua, khen thưởng năm ${year}`,
    body,
    recipients: [parent ? parent.name : 'Cơ quan cấp trên', 'Các đơn vị trực thuộc'],
    signature: { mode: null, title: unit?.kind === 'board' ? 'TRƯỞNG BAN' : 'THỦ TRƯỞNG ĐƠN VỊ', name: '' },
  };
  return renderOfficialDocument(doc);
}

/** The minutes (biên bản) of a closed council session with the tally per nominee, in the Decree 30 layout. */
import { formatDate } from '../../lib/format.js';
import { renderOfficialDocument, type OfficialDocument } from '../documents/index.js';
import type { getSession } from './service.js';

type Session = Awaited<ReturnType<typeof getSession>>;

/** The issuing body of council papers: the council of the province the deployment serves. */
export const COUNCIL_ISSUER = { name: 'Hội đồng Thi đua – Khen thưởng\ntỉnh Kon Tum', symbol: 'HĐTĐKT', place: 'Kon Tum' };

export function minutesDocument(s: Session): OfficialDocument {
  const absent = s.members.filter((m) => !m.present);
  return {
    issuer: COUNCIL_ISSUER, kind: 'BB', number: null, date: s.session.closed_at?.slice(0, 10) ?? s.session.meets_on,
    summary: `Họp ${s.session.title}`,
    body: [
      `Thời gian: ngày ${formatDate(s.session.meets_on)}${s.session.place ? `; địa điểm: ${s.session.place}` : ''}.`,
      `Thành viên Hội đồng: ${s.quorum.members}; có mặt: ${s.quorum.present} (${s.members.filter((m) => m.present).map((m) => m.name).join(', ')}); vắng mặt: ${absent.length}${absent.length ? ` (${absent.map((m) => m.name).join(', ')}), có ý kiến bằng văn bản theo quy định` : ''}. Phiên họp đủ điều kiện tiến hành (cần ít nhất ${s.quorum.needed} thành viên có mặt).`,
      'Hội đồng đã xem xét hồ sơ, ý kiến của nhân dân qua công khai và bỏ phiếu kín. Tỷ lệ đồng ý tính trên tổng số thành viên Hội đồng, gồm phiếu của thành viên có mặt và ý kiến bằng văn bản của thành viên vắng mặt. Kết quả như sau:',
      {
        table: {
          columns: [
            { title: 'Họ tên, tập thể', width: 3 }, { title: 'Đơn vị', width: 3 }, { title: 'Hình thức đề nghị', width: 3 },
            { title: 'Đồng ý', align: 'center' }, { title: 'Không đồng ý', align: 'center' }, { title: 'Văn bản (đồng ý/không)', align: 'center', width: 1.4 },
            { title: 'Cần', align: 'center' }, { title: 'Kết quả', width: 1.4, align: 'center' },
          ],
          rows: s.agenda.map((a) => [
            a.name, a.unitName, a.awardTypeName, String(a.tally?.yes ?? 0), String(a.tally?.no ?? 0), `${a.tally?.writtenYes ?? 0}/${a.tally?.writtenNo ?? 0}`,
            `${a.threshold.needed}/${s.quorum.members}`, a.tally?.passed ? 'Đạt' : 'Không đạt',
          ]),
        },
      },
      `Ý kiến của nhân dân qua công khai: ${[...new Map(s.agenda.map((a) => [a.proposalId, a.feedback])).values()].reduce((n, f) => n + f.total, 0)} ý kiến; Ban Thi đua – Khen thưởng đã xử lý và báo cáo Hội đồng.`,
      'Biên bản được lập xong và thông qua tại phiên họp.',
    ],
    recipients: ['Thành viên Hội đồng', 'Ban Thi đua – Khen thưởng', 'Lưu: VT'],
    signature: { mode: null, title: 'Thư ký Hội đồng', name: s.term.secretary_name },
  };
}

export const renderMinutes = (s: Session): Promise<Buffer> => renderOfficialDocument(minutesDocument(s));

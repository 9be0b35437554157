import { BorderStyle, PageOrientation, type Paragraph } from 'docx';
import { formatDate } from '../../../lib/format.js';
import { formatDocumentSymbol } from '../domain/numbering.js';
import { vietnameseDatePhrase } from '../domain/vietnamese-date.js';
import { A4, layoutTable, line, mm, packDocument, rule } from './layout.js';
import { signatureLines, type Issuer, type Signature } from './official-document.js';

/*
 * Printable certificates (Bằng khen, Giấy khen): one landscape A4 page per recipient, to print on
 * blank or pre-printed paper. A double page border stands in for the printed frame.
 */

export interface CertificateRecipient {
  /** As printed: "Ông Nguyễn Văn An", "Bà Y Nhi", or a collective "Phòng Giáo dục và Đào tạo huyện Đắk Hà". */
  name: string;
  /** Position and unit: "Chuyên viên, Sở Giáo dục và Đào tạo". */
  unit?: string;
  /** This recipient's achievement when it differs from the certificate's. */
  achievement?: string;
  /** Number in the register (số sổ vàng). */
  certificateNo?: string;
}

export interface Certificate {
  issuer: Issuer;
  /** Who confers, printed above "TẶNG": "Chủ tịch Ủy ban nhân dân tỉnh Kon Tum". */
  conferrer: string;
  /** "Bằng khen", "Giấy khen". */
  awardName: string;
  /** "Đã có thành tích xuất sắc trong phong trào thi đua năm 2024". */
  achievement: string;
  /** The decision that confers it; the symbol is built with the issuer's ("163/QĐ-UBND"). */
  decision: { number: number; date: string };
  /** Date of the place-and-date line; the decision's by default. */
  date?: string;
  signature: Signature;
  recipients: CertificateRecipient[];
}

const PAGE = { width: A4.height, height: A4.width };
const MARGIN = { top: mm(18), bottom: mm(15), left: mm(25), right: mm(25) };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const FOOT = [Math.round(WIDTH * 0.45), WIDTH - Math.round(WIDTH * 0.45)] as const;
const FRAME = { style: BorderStyle.DOUBLE, size: 18, color: '000000', space: 20 } as const;

function page(cert: Certificate, r: CertificateRecipient, first: boolean) {
  const symbol = formatDocumentSymbol(cert.decision.number, 'QĐ', cert.issuer.symbol);
  const reference = [
    line(`Quyết định số ${symbol}`, { size: 13 }, { align: 'center' }),
    line(`ngày ${formatDate(cert.decision.date)}`, { size: 13 }, { align: 'center' }),
    ...(r.certificateNo ? [line(`Số sổ vàng: ${r.certificateNo}`, { size: 13 }, { align: 'center' })] : []),
  ];
  const signed: Paragraph[] = [
    line(vietnameseDatePhrase(cert.issuer.place, cert.date ?? cert.decision.date), { italic: true }, { align: 'center', after: 4 }),
    ...signatureLines(cert.signature),
  ];
  return [
    line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, bold: true }, { align: 'center', pageBreakBefore: !first }),
    line('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true }, { align: 'center' }),
    rule(WIDTH, mm(60)),
    line(cert.conferrer.toUpperCase(), { size: 16, bold: true }, { align: 'center', before: 14 }),
    line('TẶNG', { size: 16, bold: true }, { align: 'center', before: 8 }),
    line(cert.awardName.toUpperCase(), { size: 40, bold: true }, { align: 'center', before: 4, after: 8 }),
    line(r.name, { size: 24, bold: true }, { align: 'center', after: 4 }),
    ...(r.unit ? [line(r.unit, { size: 16 }, { align: 'center', after: 6 })] : []),
    line(r.achievement ?? cert.achievement, { size: 16, italic: true }, { align: 'center', after: 12 }),
    layoutTable(FOOT, [[reference, signed]], true),
  ];
}

/** One landscape page per recipient, in the order given. */
export async function renderCertificates(cert: Certificate): Promise<Buffer> {
  if (cert.recipients.length === 0) throw new RangeError('A certificate needs at least one recipient');
  return packDocument({ title: `${cert.awardName} - ${cert.conferrer}`, bodySize: 14 }, [
    {
      properties: {
        page: {
          // docx swaps the sides of a landscape page itself: it takes the portrait size.
          size: { ...A4, orientation: PageOrientation.LANDSCAPE },
          margin: MARGIN,
          borders: { pageBorderTop: FRAME, pageBorderBottom: FRAME, pageBorderLeft: FRAME, pageBorderRight: FRAME },
        },
      },
      children: cert.recipients.flatMap((r, i) => page(cert, r, i === 0)),
    },
  ]);
}

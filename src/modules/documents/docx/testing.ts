import JSZip from 'jszip';
import type { Certificate } from './certificate.js';
import type { OfficialDocument } from './official-document.js';

/** A Bằng khen decision of the Kon Tum provincial chairman, with `people` names in its annex (tests, bench). */
export function sampleDecision(people = 3): OfficialDocument {
  const names = ['Nguyễn Văn An', 'Trần Thị Bình', 'Y Đức', 'A Thuận', 'Lê Thị Hồng Đào'];
  return {
    issuer: { name: 'Ủy ban nhân dân\ntỉnh Kon Tum', symbol: 'UBND', place: 'Kon Tum' },
    kind: 'QĐ',
    number: 163,
    date: '2024-12-20',
    summary: 'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    authority: 'Chủ tịch Ủy ban nhân dân tỉnh Kon Tum',
    bases: [
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      'Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 412/TTr-SNV ngày 16 tháng 12 năm 2024.',
    ],
    articles: [
      {
        paragraphs: [
          `Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho ${people} cá nhân (có danh sách kèm theo), đã có thành tích xuất sắc trong phong trào thi đua năm 2024.`,
        ],
      },
      { paragraphs: ['Mỗi cá nhân được tặng Bằng khen kèm theo tiền thưởng theo quy định, trích từ Quỹ thi đua, khen thưởng của tỉnh.'] },
      {
        paragraphs: [
          'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các đơn vị có liên quan và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
        ],
      },
    ],
    recipients: ['Như Điều 3', 'Sở Nội vụ (Ban TĐKT)', 'Lưu: VT, KGVX'],
    signature: { mode: 'KT', onBehalfOf: 'Chủ tịch', title: 'Phó Chủ tịch', name: 'Nguyễn Ngọc Sâm' },
    annex: {
      title: 'Danh sách cá nhân được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
      columns: [
        { title: 'Họ và tên', width: 2 },
        { title: 'Chức vụ, đơn vị', width: 3 },
      ],
      rows: [
        { group: 'Cá nhân' },
        ...Array.from({ length: people }, (_, i) => [
          `${names[i % names.length]!}${i >= names.length ? ` ${i + 1}` : ''}`,
          'Chuyên viên, Sở Giáo dục và Đào tạo',
        ]),
      ],
    },
  };
}

/** Bằng khen certificates for the people of `sampleDecision`. */
export function sampleCertificate(people = 2): Certificate {
  const decision = sampleDecision(people);
  return {
    issuer: decision.issuer,
    conferrer: 'Chủ tịch Ủy ban nhân dân tỉnh Kon Tum',
    awardName: 'Bằng khen',
    achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2024',
    decision: { number: decision.number!, date: decision.date! },
    signature: decision.signature,
    recipients: decision.annex!.rows.filter((r): r is string[] => Array.isArray(r)).map(([name, unit], i) => ({
      name: `Ông ${name!}`,
      unit: unit!,
      certificateNo: String(1201 + i),
    })),
  };
}

/** The main part and the font table of a .docx. */
export async function unzip(buffer: Buffer): Promise<{ document: string; fonts: string }> {
  const zip = await JSZip.loadAsync(buffer);
  const read = (path: string) => zip.file(path)!.async('string');
  return { document: await read('word/document.xml'), fonts: await read('word/fontTable.xml') };
}

/** The text of each paragraph (w:p) in order, with its XML, so tests can ask how a line is formatted. */
export function paragraphs(xml: string): { text: string; xml: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    xml: m[0],
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  }));
}

export const find = (ps: { text: string; xml: string }[], text: string | RegExp) => {
  const p = ps.find((x) => (typeof text === 'string' ? x.text === text : text.test(x.text)));
  if (!p) throw new Error(`no paragraph ${String(text)} in:\n${ps.map((x) => x.text).join('\n')}`);
  return p;
};

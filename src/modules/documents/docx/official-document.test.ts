import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderOfficialDocument } from './official-document.js';
import { find, paragraphs, sampleDecision, unzip } from './testing.js';

describe('official document (Decree 30/2020 layout)', () => {
  it('prints the header: body name, national name and motto, number and the date in words', async () => {
    const { document } = await unzip(await renderOfficialDocument(sampleDecision()));
    const ps = paragraphs(document);
    expect(find(ps, 'ỦY BAN NHÂN DÂNTỈNH KON TUM').xml).toContain('<w:b/>');
    const nation = find(ps, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').xml;
    expect(nation).toContain('<w:b/>');
    expect(nation).toContain('<w:sz w:val="24"/>');
    const motto = find(ps, 'Độc lập - Tự do - Hạnh phúc').xml;
    expect(motto).toContain('<w:b/>');
    expect(motto).toContain('<w:sz w:val="26"/>');
    expect(find(ps, 'Số: 163/QĐ-UBND').xml).toContain('<w:sz w:val="26"/>');
    expect(find(ps, 'Kon Tum, ngày 20 tháng 12 năm 2024').xml).toContain('<w:i/>');
  });

  it('prints the title, summary and authority in bold, the bases in italics ending ";" and the last ","', async () => {
    const ps = paragraphs((await unzip(await renderOfficialDocument(sampleDecision()))).document);
    expect(find(ps, 'QUYẾT ĐỊNH').xml).toContain('<w:jc w:val="center"/>');
    expect(find(ps, 'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh').xml).toContain('<w:b/>');
    expect(find(ps, 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM').xml).toContain('<w:b/>');
    const bases = ps.filter((p) => /^(Căn cứ|Theo đề nghị)/.test(p.text));
    expect(bases).toHaveLength(4);
    for (const b of bases) expect(b.xml).toContain('<w:i/>');
    expect(bases.slice(0, 3).map((b) => b.text.at(-1))).toEqual([';', ';', ';']);
    expect(bases[3]!.text).toMatch(/16 tháng 12 năm 2024,$/);
    expect(find(ps, 'QUYẾT ĐỊNH:').xml).toContain('<w:b/>');
  });

  it('numbers the articles in bold and closes the body with "./."', async () => {
    const ps = paragraphs((await unzip(await renderOfficialDocument(sampleDecision()))).document);
    const first = find(ps, /^Điều 1\. Tặng Bằng khen/);
    expect(first.xml).toMatch(/<w:b\/>[\s\S]*?<w:t xml:space="preserve">Điều 1\. <\/w:t>/);
    expect(find(ps, /^Điều 3\./).text).toMatch(/thi hành Quyết định này\.\/\.$/);
    expect(ps.filter((p) => p.text.includes('./.'))).toHaveLength(1);
  });

  it('prints the recipients and the signature block', async () => {
    const ps = paragraphs((await unzip(await renderOfficialDocument(sampleDecision()))).document);
    const heading = find(ps, 'Nơi nhận:').xml;
    expect(heading).toContain('<w:b/>');
    expect(heading).toContain('<w:i/>');
    expect(heading).toContain('<w:sz w:val="24"/>');
    expect(find(ps, '- Như Điều 3;').xml).toContain('<w:sz w:val="22"/>');
    expect(find(ps, '- Lưu: VT, KGVX.').xml).toContain('<w:sz w:val="22"/>');
    expect(find(ps, 'KT. CHỦ TỊCH').xml).toContain('<w:b/>');
    expect(find(ps, 'PHÓ CHỦ TỊCH').xml).toContain('<w:b/>');
    expect(find(ps, 'Nguyễn Ngọc Sâm').xml).toContain('<w:b/>');
  });

  it('adds the archive line when the recipients lack it, and prints "TM." forms', async () => {
    const doc = {
      ...sampleDecision(),
      recipients: ['- Như Điều 3;'],
      signature: { mode: 'TM' as const, onBehalfOf: 'Ủy ban nhân dân', title: 'Chủ tịch', name: 'Lê Ngọc Tuấn' },
    };
    const ps = paragraphs((await unzip(await renderOfficialDocument(doc))).document);
    expect(find(ps, '- Như Điều 3;')).toBeTruthy();
    expect(find(ps, '- Lưu: VT.')).toBeTruthy();
    expect(find(ps, 'TM. ỦY BAN NHÂN DÂN')).toBeTruthy();
  });

  it('lists the names in an annex on a new page, numbered, under a repeated header row', async () => {
    const { document } = await unzip(await renderOfficialDocument(sampleDecision(5)));
    const ps = paragraphs(document);
    expect(find(ps, /^DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN/).xml).toContain('<w:pageBreakBefore/>');
    expect(find(ps, '(Kèm theo Quyết định số 163/QĐ-UBND ngày 20 tháng 12 năm 2024)').xml).toContain('<w:i/>');
    expect(document).toContain('<w:tblHeader/>');
    for (const name of ['Nguyễn Văn An', 'Trần Thị Bình', 'Y Đức', 'A Thuận', 'Lê Thị Hồng Đào']) {
      expect(ps.some((p) => p.text === name)).toBe(true);
    }
    const stt = ps.filter((p) => /^\d+$/.test(p.text)).map((p) => p.text);
    expect(stt).toEqual(['1', '2', '3', '4', '5']);
  });

  it('lays out an A4 portrait page with the Decree 30 margins, in Times New Roman falling back to Liberation Serif', async () => {
    const { document, fonts } = await unzip(await renderOfficialDocument(sampleDecision()));
    // 210 × 297 mm; top and bottom 20 mm, left 30 mm, right 15 mm (1 mm = 56.7 twips).
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(document).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(fonts).toContain('<w:font w:name="Times New Roman"><w:altName w:val="Liberation Serif"/>');
    const zip = await JSZip.loadAsync(await renderOfficialDocument(sampleDecision()));
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toContain('w:ascii="Times New Roman"');
    // 1.15 lines, "auto" spelled out: LibreOffice reads a bare w:line as an exact height and clips large text.
    expect(styles).toMatch(/<w:spacing (?=[^>]*w:line="276")(?=[^>]*w:lineRule="auto")[^>]*\/>/);
  });

  it('leaves number and date blank on a draft', async () => {
    const ps = paragraphs((await unzip(await renderOfficialDocument({ ...sampleDecision(), number: null, date: null }))).document);
    expect(find(ps, /^Số:\s+\/QĐ-UBND$/)).toBeTruthy();
    expect(find(ps, /^Kon Tum, ngày\s+tháng\s+năm\s*$/)).toBeTruthy();
  });

  it('renders a free-form body (minutes) with a table and "Kính gửi"', async () => {
    const buffer = await renderOfficialDocument({
      issuer: { superior: 'UBND tỉnh Kon Tum', name: 'Hội đồng Thi đua - Khen thưởng', symbol: 'HĐTĐKT', place: 'Kon Tum' },
      kind: 'BB',
      number: 5,
      date: '2024-12-18',
      summary: 'Họp xét khen thưởng tổng kết năm 2024',
      addressees: ['Chủ tịch Ủy ban nhân dân tỉnh'],
      body: [
        { text: 'I. THÀNH PHẦN', bold: true, align: 'left' },
        'Có mặt 9/11 thành viên Hội đồng.',
        { table: { columns: [{ title: 'Danh hiệu' }, { title: 'Số phiếu đồng ý', align: 'right' }], rows: [['Bằng khen', '9']] } },
        { runs: [{ text: 'Cuộc họp kết thúc lúc ' }, { text: '11 giờ 30 phút', bold: true }] },
      ],
      recipients: ['Thành viên Hội đồng'],
      signature: { mode: null, title: 'Thư ký', name: 'Trần Văn Cường' },
    });
    const ps = paragraphs((await unzip(buffer)).document);
    expect(find(ps, 'UBND TỈNH KON TUM').xml).not.toContain('<w:b/>');
    expect(find(ps, 'Số: 05/BB-HĐTĐKT')).toBeTruthy();
    expect(find(ps, 'BIÊN BẢN')).toBeTruthy();
    expect(find(ps, 'Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh')).toBeTruthy();
    expect(find(ps, 'Số phiếu đồng ý').xml).toContain('<w:b/>');
    expect(find(ps, 'Cuộc họp kết thúc lúc 11 giờ 30 phút./.')).toBeTruthy();
    expect(find(ps, 'THƯ KÝ')).toBeTruthy();
  });
});

import { describe, expect, it } from 'vitest';
import { renderCertificates } from './certificate.js';
import { find, paragraphs, sampleCertificate, unzip } from './testing.js';

describe('certificates (Bằng khen, Giấy khen)', () => {
  it('prints one landscape A4 page per recipient, framed, in Times New Roman', async () => {
    const { document, fonts } = await unzip(await renderCertificates(sampleCertificate(3)));
    expect(document).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(document).toContain('<w:pgBorders');
    const ps = paragraphs(document);
    const pages = ps.filter((p) => p.text === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(pages).toHaveLength(3);
    expect(pages.map((p) => p.xml.includes('<w:pageBreakBefore/>'))).toEqual([false, true, true]);
    expect(fonts).toContain('<w:altName w:val="Liberation Serif"/>');
  });

  it('names the conferrer, the award, each recipient with unit and achievement, the decision and the signer', async () => {
    const ps = paragraphs((await unzip(await renderCertificates(sampleCertificate(2)))).document);
    expect(find(ps, 'Độc lập - Tự do - Hạnh phúc').xml).toContain('<w:b/>');
    expect(find(ps, 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM').xml).toContain('<w:b/>');
    expect(ps.filter((p) => p.text === 'TẶNG')).toHaveLength(2);
    const award = find(ps, 'BẰNG KHEN').xml;
    expect(award).toContain('<w:sz w:val="80"/>');
    expect(find(ps, 'Ông Nguyễn Văn An').xml).toContain('<w:b/>');
    expect(find(ps, 'Ông Trần Thị Bình')).toBeTruthy();
    expect(ps.filter((p) => p.text === 'Chuyên viên, Sở Giáo dục và Đào tạo')).toHaveLength(2);
    expect(find(ps, 'Đã có thành tích xuất sắc trong phong trào thi đua năm 2024').xml).toContain('<w:i/>');
    expect(ps.filter((p) => p.text === 'Quyết định số 163/QĐ-UBND')).toHaveLength(2);
    expect(find(ps, 'ngày 20/12/2024')).toBeTruthy();
    expect(find(ps, 'Số sổ vàng: 1202')).toBeTruthy();
    expect(find(ps, 'Kon Tum, ngày 20 tháng 12 năm 2024').xml).toContain('<w:i/>');
    expect(find(ps, 'KT. CHỦ TỊCH')).toBeTruthy();
    expect(ps.filter((p) => p.text === 'Nguyễn Ngọc Sâm')).toHaveLength(2);
  });

  it('prints a Giấy khen for a collective with its own achievement line', async () => {
    const ps = paragraphs((await unzip(await renderCertificates({
      ...sampleCertificate(1),
      conferrer: 'Giám đốc Sở Giáo dục và Đào tạo',
      awardName: 'Giấy khen',
      recipients: [{ name: 'Trường Tiểu học Kim Đồng', achievement: 'Đã có thành tích xuất sắc trong năm học 2023 - 2024' }],
    }))).document);
    expect(find(ps, 'GIẤY KHEN')).toBeTruthy();
    expect(find(ps, 'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO')).toBeTruthy();
    expect(find(ps, 'Trường Tiểu học Kim Đồng')).toBeTruthy();
    expect(find(ps, 'Đã có thành tích xuất sắc trong năm học 2023 - 2024')).toBeTruthy();
    expect(ps.some((p) => p.text.startsWith('Số sổ vàng'))).toBe(false);
  });

  it('refuses a certificate without recipients', async () => {
    await expect(renderCertificates({ ...sampleCertificate(1), recipients: [] })).rejects.toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { decisionDocument, recipientsPhrase, type DecisionDraft, type DecisionLine } from './document.js';

const draft: DecisionDraft = {
  issuerName: 'Ủy ban nhân dân\ntỉnh Kon Tum', issuerSymbol: 'UBND', place: 'Kon Tum', number: 163, date: '2024-12-20',
  summary: 'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', authority: 'Chủ tịch Ủy ban nhân dân tỉnh Kon Tum',
  bases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'], signForm: 'KT', signerTitle: 'Phó Chủ tịch', signerName: 'Nguyễn Ngọc Sâm',
  fundingSource: 'Quỹ thi đua, khen thưởng của tỉnh', recipients: ['Như Điều 3', 'Lưu: VT, KGVX'], proposingUnit: 'Huyện Đắk Hà',
  achievement: 'đã có thành tích xuất sắc trong phong trào thi đua năm 2024',
};
const lines: DecisionLine[] = [
  { name: 'Y Liên', subjectKind: 'individual', position: 'Chuyên viên', unitName: 'Huyện Đắk Hà', awardType: 'BK_TINH', amount: 3_510_000 },
  { name: 'Huyện Đắk Hà', subjectKind: 'collective', position: null, unitName: 'Huyện Đắk Hà', awardType: 'BK_TINH', amount: 7_020_000 },
];

describe('decision document', () => {
  it('counts recipients by kind', () => {
    expect(recipientsPhrase(lines)).toBe('1 cá nhân và 1 tập thể');
    expect(recipientsPhrase([lines[0]!, lines[0]!])).toBe('2 cá nhân');
  });

  it('writes the three articles, the total money and its source, and the annex by group', () => {
    const doc = decisionDocument(draft, lines);
    expect(doc.articles![0]!.paragraphs[0]).toBe('Tặng Bằng khen cấp bộ, ban, ngành, tỉnh cho 1 cá nhân và 1 tập thể (có danh sách kèm theo), đã có thành tích xuất sắc trong phong trào thi đua năm 2024.');
    expect(doc.articles![1]!.paragraphs[0]).toContain('10.530.000 đồng');
    expect(doc.articles![1]!.paragraphs[0]).toContain('Quỹ thi đua, khen thưởng của tỉnh');
    expect(doc.annex!.rows).toEqual([
      { group: 'Cá nhân' }, ['Y Liên', 'Chuyên viên, Huyện Đắk Hà', 'Bằng khen cấp bộ, ban, ngành, tỉnh', '3.510.000'],
      { group: 'Tập thể' }, ['Huyện Đắk Hà', 'Huyện Đắk Hà', 'Bằng khen cấp bộ, ban, ngành, tỉnh', '7.020.000'],
    ]);
  });

  it('signs KT. for the head and TM. for the body', () => {
    expect(decisionDocument(draft, lines).signature).toMatchObject({ mode: 'KT', onBehalfOf: 'Chủ tịch', title: 'Phó Chủ tịch' });
    expect(decisionDocument({ ...draft, signForm: 'TM', signerTitle: 'Chủ tịch' }, lines).signature).toMatchObject({ mode: 'TM', onBehalfOf: 'Ủy ban nhân dân' });
  });
});

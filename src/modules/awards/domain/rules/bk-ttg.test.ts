import { describe, expect, it } from 'vitest';
import { check, collective, failing, person, ratings, reason, titles } from '../testing.js';

const record = person({
  ratings: ratings(2020, 2024, 'HTTNV'),
  titles: [...titles('BK_TINH', [2019]), ...titles('CSTDCS', [2020, 2022, 2024])],
});

describe('BK_TTG', () => {
  it('a Bằng khen tỉnh, 5 years HTTNV+ with 3 CSTĐCS: point b met, 3,5 × LCS', () => {
    const r = check('BK_TTG', 2024, record, { decisionDate: '2025-03-01' });
    expect(r).toMatchObject({ status: 'eligible', reward: { amount: 8_190_000 } });
    expect(reason(r, 'bk_ttg_record')).toMatchObject({ ok: true, article: 'Luật TĐKT 2022, Điều 73, khoản 1, điểm b' });
  });

  it('4 years HTTNV+ are one short: advisory, to the council', () => {
    const cstdcs = [...titles('BK_TINH', [2019]), ...titles('CSTDCS', [2021, 2022, 2024])];
    const r = check('BK_TTG', 2024, { ...record, ratings: ratings(2021, 2024, 'HTTNV'), titles: cstdcs });
    const b = reason(r, 'bk_ttg_record');
    expect(b.manual).toBe(true);
    expect(b.missing).toBe('cần thêm 1 năm liên tục HTTNV trở lên');
  });

  it('a thematic Bằng khen tỉnh is no basis', () => {
    const s = { ...record, titles: [...titles('BK_TINH', [2019], 'thematic'), ...titles('CSTDCS', [2020, 2022, 2024])] };
    expect(reason(check('BK_TTG', 2024, s), 'bk_ttg_record').missing).toContain('cần có Bằng khen cấp bộ, ban, ngành, tỉnh');
  });

  it('2 CSTĐCS in the 5 years are not 3', () => {
    const s = { ...record, titles: [...titles('BK_TINH', [2019]), ...titles('CSTDCS', [2020, 2024])] };
    expect(reason(check('BK_TTG', 2024, s), 'bk_ttg_record').missing).toBe('cần thêm 1 lần CSTĐCS trong 5 năm');
  });

  it('the collective clause is [U]: advisory only; 7 × LCS', () => {
    const c = collective({ ratings: ratings(2020, 2024, 'HTXSNV'), titles: [...titles('BK_TINH', [2019, 2021, 2023])] });
    const r = check('BK_TTG', 2024, c, { decisionDate: '2025-03-01' });
    expect(reason(r, 'bk_ttg_record').message).toContain('Tiêu chí dự kiến (chưa xác minh)');
    expect(reason(r, 'bk_ttg_record').message).toContain('— đạt');
    expect(r.reward?.amount).toBe(16_380_000);
  });

  it('is not for households', () => {
    expect(failing(check('BK_TTG', 2024, person({ kind: 'household' })))).toEqual(['subject_kind']);
  });
});

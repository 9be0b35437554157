import { describe, expect, it } from 'vitest';
import { check, collective, failing, person, ratings, reason, titles } from '../testing.js';

const PROV = [{ id: 'P1', year: 2021, scope: 'province' as const }, { id: 'P2', year: 2023, scope: 'national' as const }];
const official = person({ ratings: ratings(2019, 2023, 'HTXSNV'), titles: titles('BK_TTG', [2018]), initiatives: PROV });

describe('HCLD3', () => {
  it('under Law 2003 the D91 Art 24 record is checked and met', () => {
    const r = check('HCLD3', 2023, official, { decisionDate: '2024-03-01' });
    expect(r.status).toBe('eligible');
    expect(reason(r, 'hcld3_record')).toMatchObject({ ok: true, article: 'Luật TĐKT 2003 (đối chiếu Luật TĐKT 2022, Điều 44, khoản 1); Nghị định 91/2017/NĐ-CP, Điều 24' });
    expect(r.reward?.amount).toBe(8_100_000); // 4,5 × 1.800.000
  });

  it('under Law 2022 the same record is advisory ([U])', () => {
    const s = { ...official, ratings: ratings(2020, 2024, 'HTXSNV'), titles: titles('BK_TTG', [2019]) };
    const r = check('HCLD3', 2024, s);
    expect(reason(r, 'hcld3_record')).toMatchObject({ ok: true, manual: true });
    expect(reason(r, 'hcld3_record').message).toContain('Tiêu chí dự kiến (chưa xác minh) đạt');
  });

  it('a PM Bằng khen inside the 5 years does not start them', () => {
    const s = { ...official, titles: titles('BK_TTG', [2020]) };
    expect(reason(check('HCLD3', 2023, s), 'hcld3_record').manual).toBe(true);
  });

  it('an initiative already used for another form is not counted', () => {
    const used = [PROV[0]!, { ...PROV[1]!, usedFor: [{ year: 2023, awardType: 'BK_TTG' as const }] }];
    const r = check('HCLD3', 2023, { ...official, initiatives: used });
    expect(reason(r, 'hcld3_record').manual).toBe(true);
    expect(reason(r, 'hcld3_record').message).toContain('P2 đã được sử dụng');
  });

  it('a collective: advisory [U] record, 9 × LCS', () => {
    const c = collective({ ratings: ratings(2020, 2024, 'HTXSNV'), titles: [...titles('BK_TTG', [2019]), ...titles('CO_TINH', [2022])] });
    const r = check('HCLD3', 2024, c, { decisionDate: '2025-08-01' });
    expect(reason(r, 'hcld3_record').message).toContain('— đạt');
    expect(r.reward?.amount).toBe(21_060_000);
  });

  it('not for households; deferred under review', () => {
    expect(failing(check('HCLD3', 2024, person({ kind: 'household' })))).toEqual(['subject_kind']);
    expect(check('HCLD3', 2024, { ...official, underReview: true }).status).toBe('deferred');
  });
});

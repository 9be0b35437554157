import { describe, expect, it } from 'vitest';
import { missingPhrases } from '../eligibility.js';
import { check, failing, person, ratings, reason, titles } from '../testing.js';

const SK = { id: 'SK-T1', year: 2023, scope: 'province' as const };
const base = person({ ratings: ratings(2020, 2024, 'HTXSNV'), initiatives: [SK] });

describe('CSTD_TINH', () => {
  it('3 consecutive CSTĐCS and a provincial initiative: eligible, 3,0 × LCS', () => {
    const r = check('CSTD_TINH', 2024, { ...base, titles: titles('CSTDCS', [2022, 2023, 2024]) }, { decisionDate: '2024-12-20' });
    expect(r).toMatchObject({ status: 'eligible', reward: { amount: 7_020_000 } });
    expect(reason(r, 'cstdcs_chain').message).toBe('Có 3 lần liên tục đạt CSTĐCS (2022, 2023 và 2024); yêu cầu 3 lần liên tục.');
    expect(reason(r, 'council_vote').message).toContain('90%');
  });

  it('2 CSTĐCS are one short: "cần thêm 1 năm CSTĐCS liên tục (2024)"', () => {
    const r = check('CSTD_TINH', 2024, { ...base, titles: titles('CSTDCS', [2022, 2023]) });
    expect(failing(r)).toEqual(['cstdcs_chain']);
    expect(reason(r, 'cstdcs_chain').article).toBe('Luật TĐKT 2022, Điều 22, khoản 1, điểm a');
    expect(missingPhrases(r)).toEqual(['cần thêm 1 năm CSTĐCS liên tục (2024)']);
  });

  it('a gap resets the chain', () => {
    const r = check('CSTD_TINH', 2024, { ...base, titles: titles('CSTDCS', [2020, 2021, 2022, 2024]) });
    expect(r.status).toBe('not_eligible');
    expect(reason(r, 'cstdcs_chain').missing).toBe('cần thêm 1 năm CSTĐCS liên tục (2023)');
  });

  it('thematic titles do not count', () => {
    const t = [...titles('CSTDCS', [2022, 2024]), ...titles('CSTDCS', [2023], 'thematic')];
    const r = check('CSTD_TINH', 2024, { ...base, titles: t });
    expect(r.status).toBe('not_eligible');
    expect(reason(r, 'cstdcs_chain').message).toContain('danh hiệu chuyên đề, đột xuất (2023) không được tính');
  });

  it('a CSTĐCS conferred by an abolished district still counts', () => {
    const t = [
      { year: 2023, awardType: 'CSTDCS' as const, conferredBy: 'Chủ tịch UBND huyện Đăk Hà (đã giải thể)' },
      { year: 2024, awardType: 'CSTDCS' as const, conferredBy: 'Chủ tịch UBND huyện Đăk Hà' },
      { year: 2025, awardType: 'CSTDCS' as const, conferredBy: 'Chủ tịch UBND xã Đăk Hà' },
    ];
    const r = check('CSTD_TINH', 2025, { ...base, ratings: ratings(2023, 2025, 'HTXSNV'), titles: t });
    expect(r.status).toBe('eligible');
    expect(r.ruleSet).toBe('law2022_d152');
  });

  it('a unit-level initiative is not enough; a provincial science work is', () => {
    const chain = titles('CSTDCS', [2022, 2023, 2024]);
    const unitOnly = check('CSTD_TINH', 2024, { ...base, titles: chain, initiatives: [{ ...SK, scope: 'unit' }] });
    expect(failing(unitOnly)).toEqual(['province_achievement']);
    const science = check('CSTD_TINH', 2024, { ...base, titles: chain, initiatives: [], scienceWorks: [{ year: 2022, scope: 'province' }] });
    expect(science.status).toBe('eligible');
  });

  it('achievements before the end of a disciplinary period do not count', () => {
    const r = check('CSTD_TINH', 2024, {
      ...base, titles: titles('CSTDCS', [2022, 2023, 2024]), disciplines: [{ form: 'khien_trach', from: '2022-01-10', to: '2022-07-10' }],
    });
    expect(failing(r)).toEqual(['cstdcs_chain']);
    expect(reason(r, 'cstdcs_chain').message).toContain('thành tích trước khi hết thời hạn kỷ luật không được tính');
  });
});

import { describe, expect, it } from 'vitest';
import { checkEligibility, missingPhrases } from './eligibility.js';
import { check, failing, person, ratings, titles } from './testing.js';
import type { EligibilityInput } from './types.js';

describe('checkEligibility', () => {
  it('answers the API body of POST /api/v1/eligibility/check', () => {
    const body: EligibilityInput = {
      awardType: 'CSTD_TINH', year: 2024, decisionDate: '2024-12-20',
      subject: {
        kind: 'individual', gender: 'female', ratings: ratings(2022, 2024, 'HTXSNV'), titles: titles('CSTDCS', [2022, 2023, 2024]),
        initiatives: [{ id: 'SK7', year: 2024, scope: 'province' }], scienceWorks: [], disciplines: [], registered: true,
      },
    };
    const r = checkEligibility(body);
    expect(r).toMatchObject({ status: 'eligible', eligible: true, ruleSet: 'law2022_d98', reward: { amount: 7_020_000, currency: 'VND' } });
    for (const reason of r.reasons) {
      expect(reason.rule).toMatch(/^[a-z_]+$/);
      expect(reason.article.length).toBeGreaterThan(0);
      expect(reason.message).toMatch(/[.]$/);
    }
  });

  it('is deferred under review, keeping every other reason for when it is cleared', () => {
    const r = check('LDTT', 2024, person({ ratings: ratings(2024, 2024, 'HTNV'), underReview: true }));
    expect(r).toMatchObject({ status: 'deferred', eligible: false });
    expect(failing(r)).toEqual(['under_review', 'rating']);
    expect(r.reward).toBeUndefined();
  });

  it('lists every failing reason when not eligible, and gives no reward', () => {
    const r = check('LDTT', 2024, person({ ratings: ratings(2024, 2024, 'KHTNV'), monthsWorked: 6, registered: false }));
    expect(failing(r)).toEqual(['months_worked', 'registration', 'rating']);
    expect(r.reward).toBeUndefined();
  });

  it('manual reasons never block and are flagged', () => {
    const r = check('GIA_DINH_VH', 2024, person({ kind: 'household' }));
    expect(r.reasons.filter((x) => x.manual)).toHaveLength(1);
    expect(r.reasons.every((x) => x.ok)).toBe(true);
    expect(r).toMatchObject({ eligible: true, manualReview: true });
  });
});

describe('missingPhrases', () => {
  it('phrases what is missing for an officer', () => {
    const r = check('LDTT', 2024, person({ ratings: ratings(2024, 2024, 'HTNV'), monthsWorked: 8 }));
    expect(missingPhrases(r)).toEqual(['cần thêm 2 tháng công tác năm 2024', 'cần xếp loại HTTNV trở lên năm 2024']);
  });

  it('is empty when nothing is missing', () => {
    expect(missingPhrases(check('LDTT', 2024, person({ ratings: ratings(2024, 2024, 'HTTNV') })))).toEqual([]);
  });

  it('names the years a chain lacks', () => {
    const s = person({ titles: titles('CSTDCS', [2022, 2023]), initiatives: [{ id: 'P', year: 2023, scope: 'province' }] });
    expect(missingPhrases(check('CSTD_TINH', 2024, s))).toEqual(['cần thêm 1 năm CSTĐCS liên tục (2024)']);
  });
});

describe('subject kind', () => {
  it('cites the article naming who may receive the award', () => {
    const title = check('TTLDTT', 2024, person());
    expect(title.reasons[0]).toMatchObject({ rule: 'subject_kind', ok: false, article: 'Luật TĐKT 2022, Điều 19, Điều 20' });
    expect(title.reasons[0]?.message).toBe('“Tập thể lao động tiên tiến” xét tặng cho tập thể; đối tượng là cá nhân.');
    expect(check('BK_TTG', 2024, person({ kind: 'household' })).reasons[0]?.article).toBe('Luật TĐKT 2022, Điều 73');
  });
});

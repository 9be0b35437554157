import { describe, expect, it } from 'vitest';
import { check, failing, person, ratings, reason } from '../testing.js';

const good = person({ ratings: ratings(2024, 2024, 'HTTNV') });

describe('LDTT', () => {
  it('HTTNV or better, 12 months, registered, no discipline: eligible with 0,3 × LCS', () => {
    const r = check('LDTT', 2024, good, { decisionDate: '2024-12-20' });
    expect(r).toMatchObject({ status: 'eligible', eligible: true, ruleSet: 'law2022_d98', reward: { amount: 710_000, currency: 'VND' } });
    expect(reason(r, 'rating').article).toBe('Luật TĐKT 2022, Điều 24, khoản 1, điểm a');
  });

  it('HTNV is below "HTTNV trở lên"', () => {
    const r = check('LDTT', 2024, person({ ratings: ratings(2024, 2024, 'HTNV') }));
    expect(failing(r)).toEqual(['rating']);
    expect(reason(r, 'rating').message).toBe('Năm 2024 xếp loại HTNV (hoàn thành nhiệm vụ); yêu cầu HTTNV trở lên.');
  });

  it('needs 10 months worked, maternity leave counting as worked', () => {
    expect(check('LDTT', 2024, { ...good, monthsWorked: 9 }).status).toBe('not_eligible');
    expect(check('LDTT', 2024, { ...good, monthsWorked: 10 }).status).toBe('eligible');
    const maternity = check('LDTT', 2024, { ...good, monthsWorked: 5, maternityMonths: 6 });
    expect(maternity.status).toBe('eligible');
    expect(reason(maternity, 'months_worked').message).toContain('kể cả 6 tháng nghỉ thai sản');
    expect(reason(maternity, 'months_worked').message).toContain('(cài đặt: tối thiểu 10 tháng công tác)');
  });

  it('a khiển trách overlapping the year bars it; one that ended the year before does not', () => {
    const during = check('LDTT', 2024, { ...good, disciplines: [{ form: 'khien_trach', from: '2024-02-01', to: '2024-08-01' }] });
    expect(failing(during)).toEqual(['discipline']);
    const before = check('LDTT', 2024, { ...good, disciplines: [{ form: 'khien_trach', from: '2023-02-01', to: '2023-08-01' }] });
    expect(before.status).toBe('eligible');
    const lenient = [{ key: 'individualDisciplineThreshold', value: 'canh_cao', effectiveFrom: '2024-01-01' }] as const;
    expect(check('LDTT', 2024, { ...good, disciplines: [{ form: 'khien_trach', from: '2024-02-01' }] }, {}, lenient).status).toBe('eligible');
  });

  it('the registration gate is a setting, default on', () => {
    const unregistered = { ...good, registered: false };
    expect(failing(check('LDTT', 2024, unregistered))).toEqual(['registration']);
    const off = [{ key: 'registrationRequired', value: false, effectiveFrom: '2024-01-01' }] as const;
    expect(check('LDTT', 2024, unregistered, {}, off).status).toBe('eligible');
  });

  it('missing data is not taken as met', () => {
    const r = check('LDTT', 2024, person({ monthsWorked: undefined, registered: undefined }));
    expect(failing(r)).toEqual(['months_worked', 'registration', 'rating']);
  });
});

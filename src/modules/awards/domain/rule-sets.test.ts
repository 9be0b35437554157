import { describe, expect, it } from 'vitest';
import { RULE_SETS, decreeOn, lawCite, principleCite, ruleSetFor } from './rule-sets.js';

describe('ruleSetFor', () => {
  it('keeps achievements up to 2023 under Law 2003, whenever decided', () => {
    expect(ruleSetFor(2023)).toBe('law2003');
    expect(ruleSetFor(2023, '2024-02-15')).toBe('law2003');
  });

  it('uses Decree 98 up to 30/06/2025 and Decree 152 from 01/07/2025', () => {
    expect(ruleSetFor(2024)).toBe('law2022_d98');
    expect(ruleSetFor(2024, '2025-06-30')).toBe('law2022_d98');
    expect(ruleSetFor(2024, '2025-07-01')).toBe('law2022_d152');
    expect(ruleSetFor(2025)).toBe('law2022_d152');
  });

  it('rejects a malformed decision date', () => {
    expect(() => ruleSetFor(2024, '20/12/2024')).toThrow(RangeError);
  });

  it('names the decree in force on a date', () => {
    expect(decreeOn('2023-12-31')).toBe('law2003');
    expect(decreeOn('2024-01-01')).toBe('law2022_d98');
    expect(decreeOn('2025-07-01')).toBe('law2022_d152');
    expect(RULE_SETS.law2022_d152.name).toContain('Nghị định 152/2025/NĐ-CP');
  });
});

describe('citations', () => {
  it('writes articles in Vietnamese legal style', () => {
    expect(lawCite('law2022_d98', 22, 1, 'a')).toBe('Luật TĐKT 2022, Điều 22, khoản 1, điểm a');
    expect(lawCite('law2003', 22, 1, 'a')).toBe('Luật TĐKT 2003, Điều 22');
    expect(lawCite('law2003', 74, 1, 'd')).toBe('Luật TĐKT 2003 (đối chiếu Luật TĐKT 2022, Điều 74, khoản 1, điểm d)');
    expect(principleCite('law2022_d152', 4)).toBe('Nghị định 152/2025/NĐ-CP, Điều 4, khoản 4');
    expect(principleCite('law2022_d98', 3)).toBe('Nghị định 98/2023/NĐ-CP (đối chiếu Nghị định 152/2025/NĐ-CP, Điều 4, khoản 3)');
  });
});

import { describe, expect, it } from 'vitest';
import {
  documentNumberProblem,
  formatDocumentSymbol,
  nextDocumentNumber,
  parseDocumentSymbol,
} from './numbering.js';

describe('document numbering (Decree 30/2020 Art 15)', () => {
  const issued = [
    { number: 1, date: '2024-01-02' },
    { number: 162, date: '2024-12-19' },
    { number: 163, date: '2024-12-20' },
  ];

  it('gives the number after the highest of the year', () => {
    expect(nextDocumentNumber(issued, '2024-12-31')).toBe(164);
  });

  it('starts again from 1 on 1 January', () => {
    expect(nextDocumentNumber(issued, '2025-01-01')).toBe(1);
    expect(nextDocumentNumber([...issued, { number: 1, date: '2025-01-01' }], '2025-01-02')).toBe(2);
    expect(nextDocumentNumber([], '2024-06-01')).toBe(1);
  });

  it('refuses a number already given in the same year, in Vietnamese', () => {
    expect(documentNumberProblem(issued, 163, '2024-12-31')).toBe(
      'Số 163 năm 2024 đã được cấp cho văn bản ngày 20/12/2024; mỗi số chỉ dùng một lần trong năm',
    );
    expect(documentNumberProblem(issued, 163, '2025-01-01')).toBeNull();
    expect(documentNumberProblem(issued, 0, '2024-12-31')).toBe('Số văn bản phải là số nguyên dương');
  });

  it('refuses a date that does not exist', () => {
    expect(() => nextDocumentNumber(issued, '2024-13-01')).toThrow(RangeError);
  });

  it('formats and reads the symbol, numbers below 10 with a leading 0', () => {
    expect(formatDocumentSymbol(163, 'QĐ', 'UBND')).toBe('163/QĐ-UBND');
    expect(formatDocumentSymbol(5, 'BB', 'HĐTĐKT')).toBe('05/BB-HĐTĐKT');
    expect(parseDocumentSymbol('Số: 163/QĐ-UBND')).toEqual({ number: 163, kind: 'QĐ', issuerSymbol: 'UBND' });
    expect(parseDocumentSymbol('05/TTr-BTĐKT')).toEqual({ number: 5, kind: 'TTr', issuerSymbol: 'BTĐKT' });
    expect(parseDocumentSymbol('QĐ 163')).toBeNull();
  });
});

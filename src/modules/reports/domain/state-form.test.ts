import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../awards/domain/catalogue.js';
import { buildStateForm, FORM_AWARDS, FORM_COLUMNS, type AwardFact } from './state-form.js';

const fact = (f: Partial<AwardFact> & Pick<AwardFact, 'awardType' | 'subjectKind'>): AwardFact => ({ kind: 'regular', female: false, leader: false, count: 1, ...f });
const col = (awardType: string, subject: string) => FORM_COLUMNS.findIndex((c) => c.awardType === awardType && c.subject === subject);
const row = (rows: ReturnType<typeof buildStateForm>, label: string) => rows.find((r) => r.label === label)!;

describe('form 0602.N/BNV-TĐKT', () => {
  it('has a column for every State-level form of the catalogue, collective and individual apart', () => {
    const national = Object.values(CATALOGUE).filter((e) => e.level === 'national').map((e) => e.code);
    expect([...FORM_AWARDS].sort()).toEqual(national.sort());
    expect(FORM_COLUMNS.filter((c) => c.awardType === 'CO_CP').map((c) => c.subject)).toEqual(['collective']);
    expect(FORM_COLUMNS.filter((c) => c.awardType === 'CSTDTQ').map((c) => c.subject)).toEqual(['individual']);
    expect(FORM_COLUMNS.filter((c) => c.awardType === 'HCLD3').map((c) => c.subject)).toEqual(['collective', 'individual']);
  });

  it('counts totals, subjects, leaders, women and the way of commending', () => {
    const rows = buildStateForm([
      fact({ awardType: 'HCLD3', subjectKind: 'collective', count: 2 }),
      fact({ awardType: 'HCLD3', subjectKind: 'individual', leader: true, female: true }),
      fact({ awardType: 'BK_TTG', subjectKind: 'individual', kind: 'unscheduled', count: 3 }),
      fact({ awardType: 'CO_CP', subjectKind: 'collective' }),
    ]);
    const total = row(rows, 'Tổng số');
    expect(total.code).toBe('1');
    expect(total.total).toBe(7);
    expect(total.cells[col('HCLD3', 'collective')]).toBe(2);
    expect(total.cells[col('BK_TTG', 'individual')]).toBe(3);
    expect(row(rows, '- Tập thể').total).toBe(3);
    // A collective row leaves the individual columns blank, as on the paper form.
    expect(row(rows, '- Tập thể').cells[col('HCLD3', 'individual')]).toBeNull();
    expect(row(rows, '- Cá nhân').total).toBe(4);
    expect(row(rows, '+ Lãnh đạo, quản lý (các cấp)').total).toBe(1);
    expect(rows.find((r) => r.code === '14')!.total).toBe(3);
    expect(row(rows, 'Trong đó: nữ')).toMatchObject({ total: 1, extra: true });
    expect(row(rows, '- Thường xuyên').total).toBe(4);
    expect(row(rows, '- Đột xuất').total).toBe(3);
    expect(row(rows, '2. Chia theo đối tượng khen thưởng')).toMatchObject({ section: true, total: null });
  });

  it('ignores award types below State level', () => {
    expect(row(buildStateForm([fact({ awardType: 'BK_TINH', subjectKind: 'individual', count: 9 })]), 'Tổng số').total).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { type Nominee, checkBatch } from './batch.js';
import { MEMBERS, collective, person, ratings } from './testing.js';
import type { AwardCode, SubjectHistory } from './types.js';

const nominee = (id: string, awardType: AwardCode, year: number, subject: SubjectHistory, extra: Partial<Nominee> = {}): Nominee =>
  ({ id, awardType, year, subject, unitId: 'SNV', ...extra });

/** n LĐTT holders and k CSTĐCS (HTXSNV) in one unit. */
function unit(year: number, ldtt: number, cstdcs: number): Nominee[] {
  const list: Nominee[] = [];
  for (let i = 0; i < ldtt; i++) list.push(nominee(`L${i}`, 'LDTT', year, person({ ratings: ratings(year, year, 'HTTNV') })));
  for (let i = 0; i < cstdcs; i++) {
    const s = person({ gender: i === 0 ? 'female' : 'male', ratings: ratings(year, year, 'HTXSNV'), initiatives: [{ id: `S${i}`, year, scope: 'unit' }] });
    list.push(nominee(`C${i}`, 'CSTDCS', year, s));
  }
  return list;
}

describe('checkBatch: CSTĐCS cap', () => {
  it('2023: at most 15 % of LĐTT holders (Decree 91/2017); 2 of 12 is over, reported not applied', () => {
    const b = checkBatch(unit(2023, 10, 2));
    const q = b.quotas.find((x) => x.rule === 'cstdcs_quota');
    expect(q).toMatchObject({ ok: false, count: 2, limit: 1, article: 'Nghị định 91/2017/NĐ-CP, Điều 9, khoản 3', preferred: ['C0'] });
    expect(q?.message).toContain('(cài đặt: CSTĐCS không quá 15% số LĐTT)');
    expect(q?.message).toContain('ưu tiên C0');
    expect(b.ok).toBe(false);
    expect(b.results.filter((r) => r.result.eligible)).toHaveLength(12);
  });

  it('2023: 3 of 20 is within 15 %', () => {
    expect(checkBatch(unit(2023, 17, 3)).quotas[0]).toMatchObject({ ok: true, count: 3, limit: 3 });
  });

  it('2024: no cap by default, a board cap when set', () => {
    expect(checkBatch(unit(2024, 10, 2)).quotas[0]).toMatchObject({ ok: true, limit: null });
    const capped = checkBatch(unit(2024, 10, 2), [{ key: 'cstdcsQuotaPercent', value: 10, effectiveFrom: '2024-01-01' }]);
    expect(capped.quotas[0]).toMatchObject({ ok: false, limit: 1 });
  });
});

describe('checkBatch: collectives and clusters', () => {
  it('checks the 70 % LĐTT share of each TTLĐTT, cross-read with its listed members', () => {
    const team = nominee('PHONG1', 'TTLDTT', 2024, collective({ ratings: ratings(2024, 2024, 'HTTNV'), members: { ...MEMBERS, total: 10, ldtt: 7 } }));
    const members = unit(2024, 5, 0).map((n) => ({ ...n, id: `P-${n.id}`, unitId: 'PHONG1' }));
    const q = checkBatch([team, ...members]).quotas.find((x) => x.rule === 'ldtt_share');
    expect(q).toMatchObject({ ok: true, count: 7, limit: 7 });
    expect(q?.message).toContain('Danh sách đề nghị chỉ có 5 LĐTT đủ điều kiện của tập thể này.');
  });

  it('1 flag and 2 Bằng khen per cluster; two leaders is an error', () => {
    const c = (id: string, code: AwardCode, women = 0): Nominee =>
      nominee(id, code, 2024, collective({ clusterLeader: true, exceededTargets: true, members: { ...MEMBERS, women } }), { clusterId: 'CUM1' });
    const b = checkBatch([c('A', 'CO_TINH', 8), c('B', 'CO_TINH'), c('D', 'BK_TINH'), c('E', 'BK_TINH')]);
    expect(b.quotas.find((q) => q.rule === 'cluster_flag')).toMatchObject({ ok: false, count: 2, limit: 1, preferred: ['A'] });
    expect(b.quotas.find((q) => q.rule === 'cluster_certificate')).toMatchObject({ ok: true, count: 2, limit: 2 });
    expect(b.quotas.find((q) => q.rule === 'cluster_leader')).toMatchObject({ ok: false, count: 4 });
  });
});

describe('checkBatch: 500 nominees', () => {
  it('judges each one and counts the unit limits correctly', () => {
    const list: Nominee[] = [];
    for (let u = 0; u < 10; u++) {
      for (const n of unit(2023, 45, 5)) list.push({ ...n, id: `U${u}-${n.id}`, unitId: `U${u}` });
    }
    expect(list).toHaveLength(500);
    const b = checkBatch(list);
    expect(b.results).toHaveLength(500);
    expect(b.results.every((r) => r.result.status === 'eligible')).toBe(true);
    const quotas = b.quotas.filter((q) => q.rule === 'cstdcs_quota');
    expect(quotas).toHaveLength(10);
    // 15 % of 50 LĐTT holders is 7,5: 5 CSTĐCS fit.
    expect(quotas.every((q) => q.ok && q.limit === 7 && q.count === 5)).toBe(true);
  });
});

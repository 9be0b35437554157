import { describe, expect, it } from 'vitest';
import { clusterNominations } from './proposal.js';

describe('clusterNominations', () => {
  const base = {
    clusterName: 'Khối văn hóa – xã hội', year: 2024, members: 3, maximum: 100,
    ranking: [{ unitId: 'a', rank: 1, total: 96.5 }, { unitId: 'b', rank: 2, total: 90 }, { unitId: 'c', rank: 3, total: 85.25 }],
    tallies: [{ unitId: 'a', leading: 3, certificates: 0 }, { unitId: 'b', leading: 0, certificates: 2 }],
  };

  it('proposes the flag for the leading unit and Bằng khen for the voted units, in that order', () => {
    const n = clusterNominations({ ...base, leading: 'a', certificates: ['b'] });
    expect(n.map((x) => [x.unitId, x.awardType])).toEqual([['a', 'CO_TINH'], ['b', 'BK_TINH']]);
  });

  it('summarizes rank, total score (vi-VN) and votes', () => {
    const [flag, cert] = clusterNominations({ ...base, leading: 'a', certificates: ['b'] });
    expect(flag!.achievements).toBe('Xếp hạng 1/3 Khối văn hóa – xã hội năm 2024, tổng điểm 96,5 (thang điểm chuẩn 100); được 3/3 đơn vị thành viên suy tôn dẫn đầu phong trào thi đua.');
    expect(cert!.achievements).toContain('Xếp hạng 2/3');
    expect(cert!.achievements).toContain('được 2/3 đơn vị thành viên bỏ phiếu đề nghị tặng Bằng khen');
  });

  it('still names the cluster when a unit has no rank', () => {
    const [flag] = clusterNominations({ ...base, ranking: [], leading: 'a', certificates: [] });
    expect(flag!.achievements).toBe('Thành viên Khối văn hóa – xã hội năm 2024; được 3/3 đơn vị thành viên suy tôn dẫn đầu phong trào thi đua.');
  });
});

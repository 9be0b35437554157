/**
 * What a cluster's vote result proposes (issue #5, LAW.md): the leading unit for the emulation flag
 * (Cờ thi đua cấp tỉnh), the units voted for the provincial certificate of merit (Bằng khen), each with
 * an achievements summary drawn from the published ranking and the tallies.
 */
import { formatNumber } from '../../../lib/format.js';

export const FLAG_AWARD = 'CO_TINH';
export const CERTIFICATE_AWARD = 'BK_TINH';

export interface NominationInput {
  clusterName: string;
  year: number;
  members: number;
  /** Points of the standard criteria (the scale the totals are read against). */
  maximum: number;
  leading: string;
  certificates: readonly string[];
  ranking: ReadonlyArray<{ unitId: string; rank: number | null; total: number | null }>;
  tallies: ReadonlyArray<{ unitId: string; leading: number; certificates: number }>;
}

export interface Nomination {
  unitId: string;
  awardType: typeof FLAG_AWARD | typeof CERTIFICATE_AWARD;
  achievements: string;
}

export function clusterNominations(x: NominationInput): Nomination[] {
  const summary = (unitId: string, votes: string) => {
    const r = x.ranking.find((row) => row.unitId === unitId);
    const place = r?.rank ? `Xếp hạng ${r.rank}/${x.members} ${x.clusterName} năm ${x.year}` : `Thành viên ${x.clusterName} năm ${x.year}`;
    const score = r?.total !== null && r?.total !== undefined ? `, tổng điểm ${formatNumber(r.total)} (thang điểm chuẩn ${formatNumber(x.maximum)})` : '';
    return `${place}${score}; ${votes}.`;
  };
  const tally = (unitId: string) => x.tallies.find((t) => t.unitId === unitId) ?? { leading: 0, certificates: 0 };
  return [
    { unitId: x.leading, awardType: FLAG_AWARD, achievements: summary(x.leading, `được ${tally(x.leading).leading}/${x.members} đơn vị thành viên suy tôn dẫn đầu phong trào thi đua`) },
    ...x.certificates.map((unitId): Nomination => ({
      unitId, awardType: CERTIFICATE_AWARD, achievements: summary(unitId, `được ${tally(unitId).certificates}/${x.members} đơn vị thành viên bỏ phiếu đề nghị tặng Bằng khen`),
    })),
  ];
}

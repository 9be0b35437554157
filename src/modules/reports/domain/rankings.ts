/** Clusters' and blocks' published rankings set side by side over the years. Pure. */
import { compareVietnamese } from '../../../lib/text.js';

/** One cluster's published ranking of one year; `key` is what stays the same from year to year (kind and folded name). */
export interface YearRanking { key: string; kind: string; name: string; year: number; rows: ReadonlyArray<{ unitId: string; unitName: string; rank: number | null }> }

export interface RankingSeries {
  kind: string;
  /** The name of the latest year. */
  name: string;
  years: number[];
  /** Each unit's rank per year; a year the unit was not a member is missing, a year without an approved scorecard is null. */
  units: Array<{ unitId: string; unitName: string; ranks: Record<number, number | null> }>;
}

export function rankingsOverYears(items: readonly YearRanking[]): RankingSeries[] {
  const groups = new Map<string, YearRanking[]>();
  for (const r of items) groups.set(r.key, [...(groups.get(r.key) ?? []), r]);
  const out: RankingSeries[] = [];
  for (const list of groups.values()) {
    const sorted = [...list].sort((a, b) => a.year - b.year);
    const latest = sorted[sorted.length - 1]!;
    const units = new Map<string, RankingSeries['units'][number]>();
    for (const r of sorted) {
      for (const row of r.rows) {
        const u = units.get(row.unitId) ?? { unitId: row.unitId, unitName: row.unitName, ranks: {} };
        u.unitName = row.unitName;
        u.ranks[r.year] = row.rank;
        units.set(row.unitId, u);
      }
    }
    // Ordered by the latest year's rank (units without one after), then by name.
    const latestRank = (u: RankingSeries['units'][number]) => u.ranks[latest.year] ?? Number.POSITIVE_INFINITY;
    const ordered = [...units.values()].sort((a, b) => latestRank(a) - latestRank(b) || compareVietnamese(a.unitName, b.unitName));
    out.push({ kind: latest.kind, name: latest.name, years: sorted.map((r) => r.year), units: ordered });
  }
  return out.sort((a, b) => a.kind.localeCompare(b.kind) || compareVietnamese(a.name, b.name));
}

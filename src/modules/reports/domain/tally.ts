/** Pure tallies behind the reports: award groups by level, target statuses per year, shares. */
import { CATALOGUE } from '../../awards/domain/catalogue.js';
import type { AwardCode } from '../../awards/domain/types.js';

export interface Group { key: string | number | null; label: string | null; count: number }

const LEVEL_LABELS: Record<string, string> = { unit: 'Cấp cơ sở', province: 'Cấp tỉnh, bộ, ngành', national: 'Cấp Nhà nước' };
const LEVEL_ORDER = ['national', 'province', 'unit'];

/** Award-type counts folded into the catalogue's levels, highest level first. */
export function byLevel(groups: readonly Group[]): Group[] {
  const counts = new Map<string, number>();
  for (const g of groups) {
    const level = CATALOGUE[g.key as AwardCode]?.level ?? 'unit';
    counts.set(level, (counts.get(level) ?? 0) + g.count);
  }
  return LEVEL_ORDER.filter((l) => counts.has(l)).map((l) => ({ key: l, label: LEVEL_LABELS[l]!, count: counts.get(l)! }));
}

export const total = (groups: readonly Group[]): number => groups.reduce((s, g) => s + g.count, 0);

/** "12,5" — a share in percent with one decimal, vi-VN. */
export function share(count: number, of: number): string {
  return of === 0 ? '0' : new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format((count * 100) / of);
}

export const TARGET_STATUSES = ['achieved', 'on_track', 'at_risk', 'off_track', 'not_achieved', 'no_data'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];
export const TARGET_STATUS_LABELS: Record<TargetStatus, string> = {
  achieved: 'Đã đạt', on_track: 'Đúng tiến độ', at_risk: 'Có nguy cơ không đạt', off_track: 'Chậm tiến độ', not_achieved: 'Không đạt', no_data: 'Chưa có số liệu',
};

/** Count of top-level targets per evaluation status. */
export function tallyStatuses(statuses: readonly string[]): Record<TargetStatus, number> {
  const out = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>;
  for (const s of statuses) if (s in out) out[s as TargetStatus] += 1;
  return out;
}

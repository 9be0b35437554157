import type { Kysely } from 'kysely';
import type { DB, IndicatorValueRow } from '../../db/schema.js';
import { groupBy } from '../../lib/collections.js';
import type { Actor } from '../auth/actor.js';
import { describeTarget, evaluateIndicator } from './domain/evaluate.js';
import { describeGroup, evaluateGroup, GROUP_COMPARATOR } from './domain/group.js';
import type { Evaluation, PeriodValue, ValueKind } from './domain/types.js';
import * as repo from './repo.js';
import { canReport } from './service.js';
import { specOf } from './spec.js';

const targetTextOf = (i: repo.IndicatorWithUnit, childCount: number): string =>
  i.comparator === GROUP_COMPARATOR ? describeGroup(childCount) : describeTarget(specOf(i, i.year));

export const presentIndicator = (i: repo.IndicatorWithUnit, childCount = 0) => ({
  id: i.id, code: i.code, order: i.order_no, name: i.name, unit: i.unit, comparator: i.comparator, target: i.target,
  targetMax: i.target_max, baseline: i.baseline, baselineYear: i.baseline_year, baselineNote: i.baseline_note,
  accumulation: i.accumulation, frequency: i.frequency, responsibleUnitId: i.responsible_unit_id, parentId: i.parent_id,
  sourceText: i.source_text, targetText: targetTextOf(i, childCount), decimals: i.decimals, responsibleUnitName: i.unit_name, updatedAt: i.updated_at,
});

export type IndicatorView = ReturnType<typeof presentIndicator>;

export interface DashboardCard {
  indicator: IndicatorView;
  responsibleUnit: { id: string; name: string };
  evaluation: Evaluation;
  latest: { period: string; value: number; kind: ValueKind } | null;
  series: Array<{ period: string; value: number }>;
  canReport: boolean;
  children: DashboardCard[];
}

const toPeriodValue = (v: Pick<IndicatorValueRow, 'period' | 'value' | 'kind'>): PeriodValue => ({ period: v.period, value: v.value, kind: v.kind as ValueKind });

/** Nests items by parentId, keeping their order. */
export function nest<T extends { children: T[] }>(items: T[], idOf: (t: T) => string, parentOf: (t: T) => string | null): T[] {
  const byId = new Map(items.map((t) => [idOf(t), t]));
  const roots: T[] = [];
  for (const t of items) {
    const parent = parentOf(t);
    const p = parent ? byId.get(parent) : undefined;
    if (p) p.children.push(t);
    else roots.push(t);
  }
  return roots;
}

/**
 * Evaluated cards of a set of indicators (a movement's, or a group's parts), from three queries
 * whatever their number; lookups are grouped once so the cost grows with indicators + values.
 */
async function buildCards(
  db: Kysely<DB>, indicators: repo.IndicatorWithUnit[], asOf: string, opts: { actor: Actor | null; publicOnly: boolean },
): Promise<DashboardCard[]> {
  if (indicators.length === 0) return [];
  const statuses = opts.publicOnly ? ['accepted'] : repo.RETAINED_STATUSES;
  const year = indicators[0]!.year;
  const values = groupBy(await repo.listRetainedValues(db, indicators.map((i) => i.id), statuses), (v) => (v.period_end <= asOf ? v.indicator_id : null));
  const lastYear = groupBy(await repo.listLastYearValues(db, indicators.map((i) => i.code), year, statuses), (v) => v.code);
  const children = groupBy(indicators, (i) => i.parent_id);
  const cards = indicators.map((ind): DashboardCard => {
    const own = values.get(ind.id) ?? [];
    const latest = own[own.length - 1];
    return {
      indicator: presentIndicator(ind, children.get(ind.id)?.length ?? 0),
      responsibleUnit: { id: ind.responsible_unit_id, name: ind.unit_name },
      // Groups are judged from their parts once the tree is built (below).
      evaluation: ind.comparator === GROUP_COMPARATOR
        ? evaluateGroup([])
        : evaluateIndicator(specOf(ind, year), own.map(toPeriodValue), asOf, (lastYear.get(ind.code) ?? []).map(toPeriodValue)),
      latest: latest ? { period: latest.period, value: latest.value, kind: latest.kind as ValueKind } : null,
      series: own.map((v) => ({ period: v.period, value: v.value })),
      canReport: opts.actor ? canReport(opts.actor, ind) : false,
      children: [],
    };
  });
  const roots = nest(cards, (c) => c.indicator.id, (c) => c.indicator.parentId);
  for (const c of cards) {
    if (c.indicator.comparator === GROUP_COMPARATOR) c.evaluation = evaluateGroup(c.children.map((k) => k.evaluation));
  }
  return roots;
}

/** A movement's dashboard as of a date. `publicOnly` keeps only values the board accepted (the public dashboard). */
export async function buildDashboard(
  db: Kysely<DB>, movementId: string, asOf: string, opts: { actor: Actor | null; publicOnly: boolean },
): Promise<DashboardCard[]> {
  return buildCards(db, await repo.listIndicators(db, movementId), asOf, opts);
}

export async function evaluateOne(db: Kysely<DB>, ind: repo.IndicatorWithUnit, asOf: string): Promise<Evaluation> {
  // A group needs only its own parts, not the whole movement.
  const family = ind.comparator === GROUP_COMPARATOR ? [ind, ...(await repo.listChildren(db, ind.id))] : [ind];
  const cards = await buildCards(db, family, asOf, { actor: null, publicOnly: false });
  return cards[0]!.evaluation;
}

/** Client-side filters of the dashboard: status, responsible unit, name without diacritics. */
import type { DashboardCard, EvaluationStatus } from '../../api/types.js';
import { foldVietnamese } from '../../lib/text.js';

export interface CardFilter {
  status?: EvaluationStatus;
  unitId?: string;
  q: string;
}

function matches(card: DashboardCard, f: CardFilter, foldedQ: string): boolean {
  return (
    (!f.status || card.evaluation.status === f.status) &&
    (!f.unitId || card.responsibleUnit.id === f.unitId) &&
    (!foldedQ || foldVietnamese(`${card.indicator.code} ${card.indicator.name}`).includes(foldedQ))
  );
}

/** Keeps a parent card when it or one of its sub-indicators matches (sub-indicators stay inside). */
export function filterCards(cards: DashboardCard[], f: CardFilter): DashboardCard[] {
  const q = foldVietnamese(f.q);
  return cards.filter((c) => matches(c, f, q) || c.children.some((child) => matches(child, f, q)));
}

/** Responsible units appearing on the dashboard, for the unit filter. */
export function responsibleUnits(cards: DashboardCard[]): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  for (const c of cards.flatMap((p) => [p, ...p.children])) byId.set(c.responsibleUnit.id, c.responsibleUnit.name);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

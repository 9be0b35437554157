/** The authority tree built from a flat unit list, sorted in Vietnamese order, for pickers and the tree view. */
import type { Unit } from '../api/types.js';
import { compareVietnamese, foldVietnamese } from './text.js';

export interface UnitNode {
  /** The unit id, under the names antd's Tree (`key`) and TreeSelect (`value`) read. */
  key: string;
  value: string;
  title: string;
  /** Code and name folded for search without diacritics. */
  folded: string;
  unit: Unit;
  children: UnitNode[];
}

export function buildUnitTree(units: Unit[], activeOnly: boolean): UnitNode[] {
  const nodes = new Map<string, UnitNode>();
  for (const u of units) {
    if (activeOnly && !u.active) continue;
    nodes.set(u.id, { key: u.id, value: u.id, title: u.name, folded: foldVietnamese(`${u.code} ${u.name}`), unit: u, children: [] });
  }
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: UnitNode[]) => {
    list.sort((a, b) => compareVietnamese(a.title, b.title));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

/** Keeps the nodes matching the folded query, with their ancestors so the path stays visible. */
export function filterUnitTree(nodes: UnitNode[], foldedQuery: string): UnitNode[] {
  if (!foldedQuery) return nodes;
  return nodes.flatMap((n) => {
    const children = filterUnitTree(n.children, foldedQuery);
    return n.folded.includes(foldedQuery) || children.length > 0 ? [{ ...n, children }] : [];
  });
}

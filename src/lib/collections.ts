/** Small list helpers shared by the set-based readers. */

/** Items by key, each group in the input's order; a null or undefined key leaves the item out. */
export function groupBy<T>(items: readonly T[], keyOf: (t: T) => string | null | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const t of items) {
    const key = keyOf(t);
    if (key === null || key === undefined) continue;
    const list = map.get(key);
    if (list) list.push(t);
    else map.set(key, [t]);
  }
  return map;
}

/** Consecutive slices of at most `size` items (an `in (…)` list kept under the engines' bound-parameter limits). */
export const chunks = <T>(list: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

/** Ids per `in (…)` list of the set-based readers: far under SQLite's bound-parameter limit, few statements per batch. */
export const IDS_PER_QUERY = 500;

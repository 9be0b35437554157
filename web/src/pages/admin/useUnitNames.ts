import { useMemo } from 'react';
import { useAllUnits } from '../../api/org.js';

/** id → unit name, for columns that only carry a unit id. */
export function useUnitNames(): (id: string | null | undefined) => string {
  const units = useAllUnits();
  const names = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u.name])), [units.data]);
  return (id) => (id ? (names.get(id) ?? '') : '');
}

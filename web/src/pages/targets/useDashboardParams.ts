/** The movement and "as of" date of the targets pages, kept in the URL (?phongTrao=…&ngay=YYYY-MM-DD). */
import { useSearchParams } from 'react-router';
import { useMovements } from '../../api/targets.js';

export function useDashboardParams() {
  const [params, setParams] = useSearchParams();
  const movements = useMovements();
  const movementId = params.get('phongTrao') ?? movements.data?.[0]?.id;
  const asOf = params.get('ngay') ?? undefined;
  const update = (key: 'phongTrao' | 'ngay', value: string | undefined) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return {
    movements,
    movementId,
    asOf,
    setMovement: (id: string) => update('phongTrao', id),
    setAsOf: (date: string | undefined) => update('ngay', date),
    /** Query string carrying the same choice to another page (print view). */
    search: params.toString(),
  };
}

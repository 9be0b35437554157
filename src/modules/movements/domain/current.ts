/**
 * The movement a home screen follows: the current year's regular (annual) movement. A thematic or
 * unscheduled movement, even of a later year, never replaces it; without one this year (a new year
 * before its plan is issued), the latest regular movement; with no regular movement at all, none.
 */
export function currentRegularMovement<T extends { kind: string; year: number }>(movements: readonly T[], year: number): T | undefined {
  const regular = movements.filter((m) => m.kind === 'regular');
  return regular.find((m) => m.year === year) ?? [...regular].sort((a, b) => b.year - a.year)[0];
}

import { describe, expect, it } from 'vitest';
import { currentRegularMovement } from './current.js';

const m = (id: string, kind: string, year: number) => ({ id, kind, year });

describe('currentRegularMovement', () => {
  it('takes this year\'s regular movement over a thematic one of a later year listed first', () => {
    expect(currentRegularMovement([m('t', 'thematic', 2026), m('r25', 'regular', 2025), m('r24', 'regular', 2024)], 2025)?.id).toBe('r25');
  });

  it('falls back to the latest regular movement when this year has none yet', () => {
    expect(currentRegularMovement([m('u', 'unscheduled', 2026), m('r24', 'regular', 2024), m('r25', 'regular', 2025)], 2026)?.id).toBe('r25');
  });

  it('answers none when there is no regular movement', () => {
    expect(currentRegularMovement([m('t', 'thematic', 2026)], 2026)).toBeUndefined();
  });
});

import type { MovementRow } from '../../db/schema.js';
import { foldVietnamese } from '../../lib/text.js';

/** What the movement list's search looks in: code, name, theme and directive number, folded (no diacritics, đ → d). */
export const movementSearchText = (m: { code: string; title: string; theme: string; directiveNumber: string }): string =>
  foldVietnamese([m.code, m.title, m.theme, m.directiveNumber].join(' '));

export const presentMovement = (m: MovementRow) => ({
  id: m.id,
  code: m.code,
  title: m.title,
  theme: m.theme,
  kind: m.kind,
  status: m.status,
  year: m.year,
  directive: { number: m.directive_number, date: m.directive_date, signer: m.directive_signer },
  periodStart: m.period_start,
  periodEnd: m.period_end,
  registrationDeadline: m.registration_deadline,
  midTermDeadline: m.mid_term_deadline,
  finalDeadline: m.final_deadline,
  launchedAt: m.launched_at,
});

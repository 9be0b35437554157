/** Puts a server error's `details` on the matching form fields; what is typed stays in the form. */
import type { FormInstance } from 'antd';
import { ApiError } from '../api/client.js';

/** "/body/fullName", "fullName", "roles.0" → ["fullName"] / ["roles"]. */
function fieldOf(path: string): string | null {
  const parts = path.replace(/^\/?(body\/)?/, '').split(/[/.[\]]/).filter(Boolean);
  return parts[0] ?? null;
}

/**
 * Returns the message to show above the form when the error is not about a known field,
 * or null when every detail landed on a field.
 */
export function applyServerErrors(form: FormInstance, error: unknown, fields: readonly string[]): string | null {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  const byField = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const d of error.details) {
    const field = fieldOf(d.path);
    if (field && fields.includes(field)) byField.set(field, [...(byField.get(field) ?? []), d.message]);
    else unplaced.push(d.message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  if (byField.size > 0 && unplaced.length === 0) return null;
  return [error.message, ...unplaced].join(' ');
}

/** Puts a server error's `details` on the matching form fields; what is typed stays in the form. */
import type { FormInstance } from 'antd';
import { ApiError } from '../api/client.js';

/** "/body/fullName", "fullName", "roles.0", "/querystring/year" → ["fullName"] / ["roles"] / ["year"]. */
function fieldOf(path: string): string | null {
  const parts = path.replace(/^\/?((body|querystring)\/)?/, '').split(/[/.[\]]/).filter(Boolean);
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

/** The same error with some detail paths renamed to flat form fields ("decision.date" → "decisionDate"). */
export function renamePaths(error: unknown, names: Record<string, string>): unknown {
  if (!(error instanceof ApiError)) return error;
  const details = error.details.map((d) => {
    const path = d.path.replace(/^\/?((body|querystring)\/)?/, '').replace(/\//g, '.');
    return names[path] ? { ...d, path: names[path] } : d;
  });
  return new ApiError(error.status, error.code, error.message, details);
}

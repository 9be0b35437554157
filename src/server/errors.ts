import type { MessageCode } from './messages.js';

/** A detail names the field (or Excel row/column) and says what is wrong with it, in Vietnamese. */
export interface ErrorDetail {
  path: string;
  message: string;
}

/**
 * Typed application error: the code picks the status and the localized message; details carry
 * field-level messages (already Vietnamese: they come from domain validation).
 */
export class AppError extends Error {
  constructor(
    readonly code: MessageCode,
    readonly status: number,
    readonly params: Record<string, string | number> = {},
    readonly details: ErrorDetail[] = [],
  ) {
    super(code);
  }
}

export const badInput = (details: ErrorDetail[]): AppError => new AppError('validation', 400, {}, details);
export const badField = (path: string, message: string): AppError => badInput([{ path, message }]);
export const forbidden = (): AppError => new AppError('forbidden', 403);
export const notFound = (entity: string): AppError => new AppError('not_found', 404, { entity });
export const conflict = (reason: string): AppError => new AppError('conflict', 409, { reason });

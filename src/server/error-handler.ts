import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from './errors.js';
import { localeOf, message } from './messages.js';
import { validationDetails } from './validation.js';

/** One error shape for every failure: `{ error: { code, message, details } }`, localized. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError, request, reply) => {
    const locale = request.locale ?? localeOf(request.headers['accept-language']);
    if (err instanceof AppError) {
      return reply.code(err.status).send({ error: { code: err.code, message: message(locale, err.code, err.params), details: err.details } });
    }
    if (err.validation) {
      const details = validationDetails(err.validation, err.validationContext);
      return reply.code(400).send({ error: { code: 'validation', message: message(locale, 'validation'), details } });
    }
    if (isUniqueViolation(err)) {
      // Two requests racing to create the same record: the database's unique index decides, the loser is told.
      return reply.code(409).send({ error: { code: 'conflict', message: message(locale, 'conflict', { reason: message(locale, 'duplicate') }), details: [] } });
    }
    if (err.code === 'FST_REQ_FILE_TOO_LARGE' || err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send({ error: { code: 'too_large', message: message(locale, 'too_large', { limit: '20 MB' }), details: [{ path: 'file', message: 'Tệp quá lớn' }] } });
    }
    if (err.statusCode === 403 || err.statusCode === 404) {
      const code = err.statusCode === 403 ? 'forbidden' : 'not_found';
      return reply.code(err.statusCode).send({ error: { code, message: message(locale, code, { entity: request.url }), details: [] } });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Malformed JSON, wrong content type, bad multipart: the client's fault, said plainly.
      return reply.code(err.statusCode).send({ error: { code: 'validation', message: message(locale, 'validation'), details: [{ path: 'body', message: err.message }] } });
    }
    request.log.error(err);
    return reply.code(500).send({ error: { code: 'internal', message: message(locale, 'internal'), details: [] } });
  });
}

/** SQLite's and PostgreSQL's unique-constraint errors. */
function isUniqueViolation(err: { code?: string }): boolean {
  return err.code === 'SQLITE_CONSTRAINT_UNIQUE' || err.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || err.code === '23505';
}

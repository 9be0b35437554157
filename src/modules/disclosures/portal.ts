/**
 * The disclosure lists on the public portal (no login, no scripts): the same service functions and
 * the same per-sender throttle as the public JSON endpoints, with a plain HTML form for feedback.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { App } from '../../server/app.js';
import type { AppDeps } from '../../server/context.js';
import { AppError, type ErrorDetail } from '../../server/errors.js';
import { message } from '../../server/messages.js';
import {
  disclosurePage, disclosuresPage, DISCLOSURE_PATH, feedbackSentPage, feedbackThrottledPage, type FeedbackForm,
} from '../portal/pages/disclosures.js';
import type { PortalKit, PortalSection } from '../portal/sections.js';
import { FEEDBACK_BODY_LIMIT, FEEDBACK_MAX } from './routes.js';
import { publicDisclosure, publicDisclosures, sendFeedback } from './service.js';

const FIELDS = ['name', 'contact', 'content'] as const;
type Values = FeedbackForm['values'];
const EMPTY: Values = { name: '', contact: '', content: '' };
const Params = Type.Object({ id: Type.String({ maxLength: 64 }) });

/** A form field as one string (a repeated field keeps its first value; a missing one is empty). */
function valuesOf(body: unknown): Values {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const one = (v: unknown): string => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '');
  return { name: one(b.name), contact: one(b.contact), content: one(b.content) };
}

const tooLong = (v: Values): ErrorDetail[] =>
  FIELDS.filter((f) => v[f].length > FEEDBACK_MAX[f]).map((f) => ({ path: f, message: `Dài quá ${FEEDBACK_MAX[f].toLocaleString('vi-VN')} ký tự` }));

function register(app: App, deps: AppDeps, kit: PortalKit): void {
  const { db } = deps.database;
  const opts = { schema: { hide: true, params: Params } };

  /** The disclosure page, or "not found" when the service says so (unknown, or not yet open). */
  async function showDisclosure(request: FastifyRequest, reply: FastifyReply, id: string, form: Omit<FeedbackForm, 'max'>, status = 200) {
    try {
      const d = await publicDisclosure(db, id);
      return await kit.send(request, reply, disclosurePage(d, { ...form, max: FEEDBACK_MAX }), status);
    } catch (err) {
      if (err instanceof AppError && err.status === 404) return kit.notFound(request, reply);
      throw err;
    }
  }

  app.get(DISCLOSURE_PATH, { schema: { hide: true } }, async (request, reply) => kit.send(request, reply, disclosuresPage(await publicDisclosures(db))));

  app.get(`${DISCLOSURE_PATH}/:id`, opts, async (request: FastifyRequest<{ Params: { id: string } }>, reply) =>
    showDisclosure(request, reply, request.params.id, { values: EMPTY, errors: [] }));

  app.get(`${DISCLOSURE_PATH}/:id/da-gui`, opts, async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {
    try {
      return await kit.send(request, reply, feedbackSentPage(await publicDisclosure(db, request.params.id)));
    } catch (err) {
      if (err instanceof AppError && err.status === 404) return kit.notFound(request, reply);
      throw err;
    }
  });

  // Form posts are parsed only here: the JSON API keeps refusing them (no cross-site form posts to it).
  void app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FEEDBACK_BODY_LIMIT }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });
    scope.post(`${DISCLOSURE_PATH}/:id/gop-y`, { ...opts, bodyLimit: FEEDBACK_BODY_LIMIT }, async (request: FastifyRequest<{ Params: { id: string } }>, reply) => {
      const { id } = request.params;
      const values = valuesOf(request.body);
      const long = tooLong(values);
      if (long.length) return showDisclosure(request, reply, id, { values, errors: long }, 400);
      try {
        await sendFeedback(db, id, request.ip, values);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        if (err.status === 404) return kit.notFound(request, reply);
        if (err.status === 429) return kit.send(request, reply, feedbackThrottledPage(message('vi', err.code, err.params), id), 429);
        // 409: the publication ended meanwhile; the page says so and shows no form.
        return showDisclosure(request, reply, id, { values, errors: err.details }, err.status);
      }
      // Post/redirect/get: reloading the confirmation does not send the feedback twice.
      return reply.redirect(`${DISCLOSURE_PATH}/${id}/da-gui`, 303);
    });
  });
}

export const disclosureSection: PortalSection = { nav: { href: DISCLOSURE_PATH, label: 'Công khai khen thưởng' }, register };

import { Type } from 'typebox';
import type { App } from '../../server/app.js';
import { actorOf, type AppDeps } from '../../server/context.js';
import { badField, notFound } from '../../server/errors.js';
import { requirePermission } from '../auth/policy.js';
import { checkBatch } from './domain/batch.js';
import { CATALOGUE, conferringAuthorities, rewardCoefficient, type CatalogueEntry } from './domain/catalogue.js';
import { checkEligibility, missingPhrases } from './domain/eligibility.js';
import { DEFAULT_SETTINGS, settingOn } from './domain/settings.js';
import type { AwardCode } from './domain/types.js';
import { BatchBody, CheckBody } from './schemas.js';

const today = (): string => new Date().toISOString().slice(0, 10);

// The board's edited settings are stored in a later step; until then the defaults of LAW.md apply.
const settings = DEFAULT_SETTINGS;

function presentAwardType(e: CatalogueEntry, date: string) {
  const threshold = e.council ? settingOn(settings, e.council === 'high' ? 'councilThresholdHigh' : 'councilThresholdLow', date).value : null;
  return {
    code: e.code, name: e.name, category: e.category, subject: [...e.subjects], level: e.level, annual: e.annual,
    conferredBy: [...conferringAuthorities(e.code, date)],
    conferredByHistory: { until20250630: [...e.conferredBy.before], from20250701: [...e.conferredBy.after] },
    councilVote: { required: e.council !== null, threshold },
    rewardCoefficient: {
      individual: e.subjects.includes('individual') ? rewardCoefficient(e.code, 'individual', date, settings) : null,
      collective: e.subjects.includes('collective') ? rewardCoefficient(e.code, 'collective', date, settings) : null,
    },
    dossierDocuments: [...e.dossier],
  };
}

export function awardRoutes(app: App, _deps: AppDeps): void {
  const tags = ['awards'];
  const DateQuery = Type.Object({ date: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })) });

  app.get('/award-types', { schema: { tags, querystring: DateQuery } }, async (request) => {
    actorOf(request);
    const date = request.query.date ?? today();
    return { items: Object.values(CATALOGUE).map((e) => presentAwardType(e, date)) };
  });

  app.get('/award-types/:code', { schema: { tags, params: Type.Object({ code: Type.String({ maxLength: 20 }) }), querystring: DateQuery } }, async (request) => {
    actorOf(request);
    const entry = CATALOGUE[request.params.code.toUpperCase() as AwardCode] as CatalogueEntry | undefined;
    if (!entry) throw notFound(`loại khen thưởng "${request.params.code}"`);
    return presentAwardType(entry, request.query.date ?? today());
  });

  app.post('/eligibility/check', { schema: { tags, body: CheckBody } }, async (request) => {
    requirePermission(actorOf(request), 'org.read');
    const body = request.body;
    if (body.decisionDate && Number(body.decisionDate.slice(0, 4)) < body.year) {
      throw badField('decisionDate', 'Ngày quyết định không thể trước năm xét khen thưởng');
    }
    const result = checkEligibility(body, settings);
    return { ...result, missing: missingPhrases(result) };
  });

  app.post('/eligibility/batch', { schema: { tags, body: BatchBody } }, async (request) => {
    requirePermission(actorOf(request), 'org.read');
    const res = checkBatch(request.body.nominees, settings);
    return { ...res, results: res.results.map((r) => ({ ...r, missing: missingPhrases(r.result) })) };
  });
}

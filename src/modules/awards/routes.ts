import { Type } from 'typebox';
import type { App } from '../../server/app.js';
import { actorOf, type AppDeps } from '../../server/context.js';
import { notFound } from '../../server/errors.js';
import { requirePermission } from '../auth/policy.js';
import { checkBatch } from './domain/batch.js';
import { CATALOGUE, conferringAuthorities, rewardCoefficient, type CatalogueEntry } from './domain/catalogue.js';
import { checkEligibility, missingPhrases } from './domain/eligibility.js';
import { settingOn, type Settings } from './domain/settings.js';
import { awardHistoryRoutes } from './history/routes.js';
import { checkDecisionDate } from './history/service.js';
import type { AwardCode } from './domain/types.js';
import { BatchBody, CheckBody } from './schemas.js';
import { awardSettingRoutes } from './settings/routes.js';
import { loadSettings, todayIso as today } from './settings/service.js';

function presentAwardType(e: CatalogueEntry, date: string, settings: Settings) {
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

export function awardRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['awards'];
  const DateQuery = Type.Object({ date: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })) });

  app.get('/award-types', { schema: { tags, querystring: DateQuery } }, async (request) => {
    actorOf(request);
    const date = request.query.date ?? today();
    const settings = await loadSettings(db);
    return { items: Object.values(CATALOGUE).map((e) => presentAwardType(e, date, settings)) };
  });

  app.get('/award-types/:code', { schema: { tags, params: Type.Object({ code: Type.String({ maxLength: 20 }) }), querystring: DateQuery } }, async (request) => {
    actorOf(request);
    const entry = CATALOGUE[request.params.code.toUpperCase() as AwardCode] as CatalogueEntry | undefined;
    if (!entry) throw notFound(`loại khen thưởng "${request.params.code}"`);
    return presentAwardType(entry, request.query.date ?? today(), await loadSettings(db));
  });

  app.post('/eligibility/check', { schema: { tags, body: CheckBody } }, async (request) => {
    requirePermission(actorOf(request), 'org.read');
    const body = request.body;
    checkDecisionDate(body.year, body.decisionDate);
    const result = checkEligibility(body, await loadSettings(db));
    return { ...result, missing: missingPhrases(result) };
  });

  app.post('/eligibility/batch', { schema: { tags, body: BatchBody } }, async (request) => {
    requirePermission(actorOf(request), 'org.read');
    const res = checkBatch(request.body.nominees, await loadSettings(db));
    return { ...res, results: res.results.map((r) => ({ ...r, missing: missingPhrases(r.result) })) };
  });

  awardSettingRoutes(app, deps);
  awardHistoryRoutes(app, deps);
}

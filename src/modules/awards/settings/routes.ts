/** HTTP of the board-editable settings: anyone logged in reads them, the board and admins add versions. */
import { Type } from 'typebox';
import type { App } from '../../../server/app.js';
import { actorOf, auditWho, type AppDeps } from '../../../server/context.js';
import { IsoDate } from '../../../server/schemas.js';
import { deadlinesToday, refreshOpenDueDates } from '../../proposals/deadlines-now.js';
import { literals } from '../registry/schemas.js';
import { addSetting, listSettings } from './service.js';
import { SETTING_KEYS } from './values.js';

const SettingBody = Type.Object({
  key: literals(SETTING_KEYS),
  // Typed per key by valueProblems (a boolean, a number, null, a form code or a table of coefficients).
  value: Type.Unknown(),
  effectiveFrom: IsoDate,
  reason: Type.String({ minLength: 5, maxLength: 2000 }),
  retroactive: Type.Optional(Type.Boolean()),
});

export function awardSettingRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['awards'];

  app.get('/award-settings', { schema: { tags } }, async (request) => {
    actorOf(request);
    return listSettings(db);
  });

  app.post('/award-settings', { schema: { tags, body: SettingBody } }, async (request, reply) => {
    const actor = actorOf(request);
    reply.code(201);
    const added = await addSetting(db, actor, auditWho(request), request.body);
    await refreshOpenDueDates(db, await deadlinesToday(db));
    return added;
  });
}

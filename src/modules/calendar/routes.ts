/** HTTP of the working-day calendar: anyone signed in reads it, the board keeps it. */
import { Type } from 'typebox';
import type { App } from '../../server/app.js';
import { actorOf, auditWho, type AppDeps } from '../../server/context.js';
import { IsoDate } from '../../server/schemas.js';
import { addHoliday, listHolidays, removeHoliday, updateHoliday } from './service.js';

const DayKindSchema = Type.Union([Type.Literal('off'), Type.Literal('work')]);
const HolidaySchema = Type.Object({ date: IsoDate, name: Type.String(), kind: DayKindSchema });

export function calendarRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['calendar'];

  app.get('/holidays', {
    schema: {
      tags,
      querystring: Type.Object({
        year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2999 })),
        from: Type.Optional(IsoDate),
        to: Type.Optional(IsoDate),
      }),
      response: { 200: Type.Object({ items: Type.Array(HolidaySchema) }) },
    },
  }, async (request) => {
    actorOf(request);
    return { items: await listHolidays(db, request.query) };
  });

  app.post('/holidays', {
    schema: {
      tags,
      body: Type.Object({ date: IsoDate, name: Type.String({ minLength: 2, maxLength: 200 }), kind: Type.Optional(DayKindSchema) }),
      response: { 201: HolidaySchema },
    },
  }, async (request, reply) => {
    const holiday = await addHoliday(db, actorOf(request), auditWho(request), request.body);
    reply.code(201);
    return holiday;
  });

  app.patch('/holidays/:date', {
    schema: {
      tags,
      params: Type.Object({ date: IsoDate }),
      body: Type.Object({ date: IsoDate, name: Type.String({ minLength: 2, maxLength: 200 }), kind: DayKindSchema }),
      response: { 200: HolidaySchema },
    },
  }, async (request) => updateHoliday(db, actorOf(request), auditWho(request), request.params.date, request.body));

  app.delete('/holidays/:date', { schema: { tags, params: Type.Object({ date: IsoDate }) } }, async (request, reply) => {
    await removeHoliday(db, actorOf(request), auditWho(request), request.params.date);
    reply.code(204);
  });
}

import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { MovementRow } from '../../db/schema.js';
import type { App } from '../../server/app.js';
import { actorOf, auditWho, type AppDeps } from '../../server/context.js';
import { badField, badInput, notFound } from '../../server/errors.js';
import { IsoDate } from '../../server/schemas.js';
import { requirePermission } from '../auth/policy.js';
import { checkFileType } from '../files/file-type.js';
import { findMovement } from '../movements/repo.js';
import { buildDashboard } from './dashboard.js';
import { buildDashboardWorkbook } from './excel-export.js';
import { excelProblems, parseValuesWorkbook } from './excel-import.js';
import { buildValuesTemplate } from './excel-template.js';
import * as repo from './repo.js';
import { checkValues, saveValues } from './service.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const Id = Type.Object({ id: Type.String() });
const today = (): string => new Date().toISOString().slice(0, 10);

function sendXlsx(reply: FastifyReply, fileName: string, content: Buffer): FastifyReply {
  return reply
    .type(XLSX_MIME)
    .header('content-disposition', `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(content);
}

export function targetExcelRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['targets'];

  const movementOf = async (id: string): Promise<MovementRow> => {
    const movement = await findMovement(db, id);
    if (!movement) throw notFound('phong trào thi đua');
    return movement;
  };

  app.get('/movements/:id/values-template.xlsx', { schema: { tags, params: Id } }, async (request, reply) => {
    const actor = actorOf(request);
    const movement = await movementOf(request.params.id);
    const content = await buildValuesTemplate(movement, await repo.listIndicators(db, movement.id), actor);
    return sendXlsx(reply, `mau-so-lieu-chi-tieu-${movement.year}.xlsx`, content);
  });

  app.post('/movements/:id/values-import', { schema: { tags, params: Id } }, async (request) => {
    const actor = actorOf(request);
    requirePermission(actor, 'targets.report');
    const movement = await movementOf(request.params.id);
    const part = await request.file();
    if (!part) throw badField('file', 'Chưa chọn tệp Excel');
    const content = await part.toBuffer();
    const type = checkFileType(part.filename, content.subarray(0, 8), ['xlsx']);
    if (!type.ok) throw badField('file', type.message);

    const indicators = await repo.listIndicators(db, movement.id);
    const { entries, problems } = await parseValuesWorkbook(content, new Map(indicators.map((i) => [i.code, i])));
    if (problems.some((p) => p.path === 'file' || p.path.startsWith('Tiêu đề'))) throw badInput(problems);
    if (!problems.length && !entries.length) throw badField('file', 'Tệp chưa có dòng số liệu nào');
    // Unreadable rows and rejected values are reported together, so the officer fixes the file once.
    const check = await checkValues(db, actor, entries);
    const all = [...problems, ...excelProblems(check.problems)];
    if (all.length) throw badInput(all.sort((a, b) => rowOf(a.path) - rowOf(b.path)));
    return { imported: await saveValues(db, actor, auditWho(request), check.checked) };
  });

  app.get('/movements/:id/dashboard.xlsx', { schema: { tags, params: Id, querystring: Type.Object({ asOf: Type.Optional(IsoDate) }) } }, async (request, reply) => {
    const actor = actorOf(request);
    const movement = await movementOf(request.params.id);
    const asOf = request.query.asOf ?? today();
    const cards = await buildDashboard(db, movement.id, asOf, { actor, publicOnly: false });
    return sendXlsx(reply, `chi-tieu-${movement.year}.xlsx`, await buildDashboardWorkbook(movement, cards, asOf));
  });
}

/** Problems in the order of the sheet, as the officer goes through it. */
const rowOf = (path: string): number => Number(/^Dòng (\d+)/.exec(path)?.[1] ?? 0);

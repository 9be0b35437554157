/** Excel of the registry: export, import template, import (runs after the reply) and its progress. */
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { AwardImportRow } from '../../../db/schema.js';
import { formatNumber } from '../../../lib/format.js';
import type { App } from '../../../server/app.js';
import { actorOf, auditWho, type AppDeps } from '../../../server/context.js';
import { badField, badInput, notFound } from '../../../server/errors.js';
import { requirePermission } from '../../auth/policy.js';
import { checkFileType } from '../../files/file-type.js';
import { parseRegisterWorkbook } from './excel-import.js';
import { buildRegisterWorkbook } from './excel-export.js';
import { buildImportTemplate } from './excel-template.js';
import { createImportJob, runImport } from './import-service.js';
import { findImport, type AwardListRow } from './repo.js';
import { AwardFilters } from './schemas.js';
import { requireImportReader, searchAwards } from './service.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** An export is for printing and sharing; the whole national register is a database dump, not an Excel file. */
const MAX_EXPORT_ROWS = 50_000;
const EXPORT_PAGE = 500;

export function sendXlsx(reply: FastifyReply, fileName: string, content: Buffer): FastifyReply {
  return reply.type(XLSX_MIME)
    .header('content-disposition', `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(content);
}

const presentJob = (j: AwardImportRow) => ({
  id: j.id, fileName: j.file_name, state: j.state, processed: j.processed, total: j.total, imported: j.imported,
  errors: JSON.parse(j.errors_json) as unknown[], createdAt: j.created_at, updatedAt: j.updated_at,
});

export function registryExcelRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['awards'];
  // Imports still running when the server stops are awaited, so their transaction ends cleanly.
  const running = new Set<Promise<void>>();
  app.addHook('onClose', async () => { await Promise.allSettled([...running]); });

  app.get('/awards/export.xlsx', { schema: { tags, querystring: Type.Object(AwardFilters) } }, async (request, reply) => {
    const actor = actorOf(request);
    const rows: AwardListRow[] = [];
    let cursor: string | undefined;
    do {
      const page = await searchAwards(db, actor, { ...request.query, limit: EXPORT_PAGE, cursor });
      rows.push(...page.items);
      cursor = page.nextCursor ?? undefined;
      if (rows.length > MAX_EXPORT_ROWS) throw badField('file', `Danh sách có hơn ${formatNumber(MAX_EXPORT_ROWS)} khen thưởng; hãy lọc thêm (năm, đơn vị, hình thức) rồi xuất lại`);
    } while (cursor);
    const year = request.query.year ? ` năm ${request.query.year}` : '';
    return sendXlsx(reply, `so-khen-thuong${request.query.year ? `-${request.query.year}` : ''}.xlsx`, await buildRegisterWorkbook(rows, `SỔ KHEN THƯỞNG${year.toUpperCase()}`));
  });

  app.get('/awards/import-template.xlsx', { schema: { tags } }, async (request, reply) => {
    requirePermission(actorOf(request), 'awards.record');
    return sendXlsx(reply, 'mau-nhap-so-khen-thuong.xlsx', await buildImportTemplate());
  });

  app.post('/awards/imports', { schema: { tags } }, async (request, reply) => {
    const actor = actorOf(request);
    requirePermission(actor, 'awards.record');
    const part = await request.file();
    if (!part) throw badField('file', 'Chưa chọn tệp Excel');
    const content = await part.toBuffer();
    const type = checkFileType(part.filename, content.subarray(0, 8), ['xlsx']);
    if (!type.ok) throw badField('file', type.message);
    const { rows, problems } = await parseRegisterWorkbook(content);
    if (problems.some((p) => p.path === 'file' || p.path.startsWith('Tiêu đề'))) throw badInput(problems);
    if (!rows.length && !problems.length) throw badField('file', 'Tệp chưa có dòng khen thưởng nào');
    // Rows unreadable in the file fail the job at once; otherwise the database checks run after the reply.
    const job = await createImportJob(db, actor, part.filename, rows.length + new Set(problems.map((p) => p.path.split(',')[0])).size, problems);
    if (!problems.length) {
      const work = runImport(db, actor, auditWho(request), job.id, rows).finally(() => running.delete(work));
      running.add(work);
    }
    reply.code(202);
    return presentJob(job);
  });

  app.get('/awards/imports/:id', { schema: { tags, params: Type.Object({ id: Type.String() }) } }, async (request) => {
    const actor = actorOf(request);
    const job = await findImport(db, request.params.id);
    if (!job) throw notFound('lượt nhập sổ khen thưởng');
    requireImportReader(actor, job.created_by);
    return presentJob(job);
  });
}

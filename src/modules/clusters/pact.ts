/** The pact (giao ước thi đua) a cluster or block signs for its year: number, date and the signed document. */
import { isRealDate } from '../awards/settings/service.js';
import { nowIso } from '../../lib/ids.js';
import { normalizeInput } from '../../lib/text.js';
import { badInput, type ErrorDetail } from '../../server/errors.js';
import { recordAudit } from '../audit/audit.js';
import { requirePactWrite } from '../auth/policy.js';
import { clusterOr404, getCluster, type Ctx } from './service.js';

export interface PactInput {
  number: string;
  date: string;
  /** An upload of the caller's; null removes the document, absent keeps it. */
  fileId?: string | null;
}

export async function recordPact(c: Ctx, id: string, input: PactInput) {
  const cluster = await clusterOr404(c.db, id);
  requirePactWrite(c.actor, cluster.leader_unit_id);
  const p: ErrorDetail[] = [];
  const number = normalizeInput(input.number);
  if (!number) p.push({ path: 'number', message: 'Cần số, ký hiệu của giao ước thi đua' });
  if (!isRealDate(input.date)) p.push({ path: 'date', message: 'Ngày ký giao ước không hợp lệ (YYYY-MM-DD)' });
  else if (Number(input.date.slice(0, 4)) > cluster.year) p.push({ path: 'date', message: `Giao ước của năm ${cluster.year} phải ký trong hoặc trước năm ${cluster.year}` });
  if (input.fileId) {
    const f = await c.db.selectFrom('stored_files').select('created_by').where('id', '=', input.fileId).executeTakeFirst();
    // Only one's own uploads: a file id seen elsewhere cannot be re-published as this pact.
    if (!f || f.created_by !== c.actor.userId) p.push({ path: 'fileId', message: 'Không tìm thấy tệp giao ước đã tải lên' });
  }
  if (p.length) throw badInput(p);
  const after = { pact_number: number, pact_date: input.date, ...(input.fileId === undefined ? {} : { pact_file_id: input.fileId }) };
  await c.db.transaction().execute(async (trx) => {
    await trx.updateTable('clusters').set({ ...after, updated_at: nowIso() }).where('id', '=', id).execute();
    await recordAudit(trx, c.who, {
      action: 'cluster.pact', entity: 'cluster', entityId: id,
      before: { pact_number: cluster.pact_number, pact_date: cluster.pact_date, pact_file_id: cluster.pact_file_id }, after,
    });
  });
  return getCluster(c.db, c.actor, id);
}

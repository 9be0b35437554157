/**
 * Ratings by Excel: template, and an all-or-nothing import. Small enough to run inside the request
 * (≤ 20,000 rows): every row is matched and checked first, then everything is written in one transaction.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { newId, nowIso } from '../../../lib/ids.js';
import { foldVietnamese } from '../../../lib/text.js';
import type { App } from '../../../server/app.js';
import { actorOf, auditWho, type AppDeps } from '../../../server/context.js';
import { badField, badInput, type ErrorDetail } from '../../../server/errors.js';
import { recordAudit, type AuditWho } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import { canWrite, requirePermission } from '../../auth/policy.js';
import { checkFileType } from '../../files/file-type.js';
import { sendXlsx } from '../registry/excel-routes.js';
import { BATCH, peopleCandidates, unitsByCode } from '../registry/repo.js';
import { buildRatingsTemplate, parseRatingsWorkbook, ratingCellProblem, type RatingRow } from './excel.js';
import { upsertRating } from './repo.js';

const chunks = <T>(list: readonly T[]): T[][] => Array.from({ length: Math.ceil(list.length / BATCH) }, (_, i) => list.slice(i * BATCH, (i + 1) * BATCH));

/** Each row's person: the one with that folded name (and birth year, when given) in the unit of that code. */
async function matchPeople(db: Kysely<DB>, actor: Actor, rows: readonly RatingRow[]): Promise<{ personOf: Map<RatingRow, string>; problems: ErrorDetail[] }> {
  const problems: ErrorDetail[] = [];
  const units = new Map<string, { id: string; path: string }>();
  for (const part of chunks([...new Set(rows.map((r) => r.unitCode))])) for (const u of await unitsByCode(db, part)) units.set(u.code, u);
  const known: RatingRow[] = [];
  for (const r of rows) {
    const unit = units.get(r.unitCode);
    if (!unit) problems.push(ratingCellProblem(r.row, 'unitCode', `không có đơn vị mã "${r.unitCode}"`));
    // Scoped like the JSON API: a unit officer enters ratings for its own subtree only.
    else if (!canWrite(actor, 'people.write', unit.path)) problems.push(ratingCellProblem(r.row, 'unitCode', `đơn vị "${r.unitCode}" ngoài phạm vi bạn được cập nhật`));
    else known.push(r);
  }
  const folded = (r: RatingRow) => foldVietnamese(r.name);
  const unitIds = [...new Set(known.map((r) => units.get(r.unitCode)!.id))];
  const candidates = [];
  for (const part of chunks([...new Set(known.map(folded))])) candidates.push(...await peopleCandidates(db, unitIds, part));
  const personOf = new Map<RatingRow, string>();
  for (const r of known) {
    const unitId = units.get(r.unitCode)!.id;
    const same = candidates.filter((p) => p.unit_id === unitId && p.search === folded(r) && (r.birthYear === null || p.birth_year === r.birthYear));
    if (same.length === 1) personOf.set(r, same[0]!.id);
    else if (same.length === 0) problems.push(ratingCellProblem(r.row, 'name', `không có người tên "${r.name}"${r.birthYear ? `, sinh năm ${r.birthYear}` : ''} trong đơn vị "${r.unitCode}"`));
    else problems.push(ratingCellProblem(r.row, r.birthYear === null ? 'birthYear' : 'name', `có ${same.length} người cùng họ tên${r.birthYear === null ? '; ghi năm sinh để phân biệt' : ', năm sinh trong đơn vị'}`));
  }
  return { personOf, problems };
}

const rowOf = (d: ErrorDetail): number => Number(/\d+/.exec(d.path)?.[0] ?? 0);

/** `fileProblems` (cells unreadable in the file) are reported with the database's, all at once, in row order. */
export async function importRatings(db: Kysely<DB>, actor: Actor, who: AuditWho, fileName: string, rows: readonly RatingRow[], fileProblems: readonly ErrorDetail[] = []) {
  requirePermission(actor, 'people.write');
  const { personOf, problems } = await matchPeople(db, actor, rows);
  problems.push(...fileProblems);
  if (problems.length) throw badInput(problems.sort((a, b) => rowOf(a) - rowOf(b)));
  // Two rows naming one person differently (with and without birth year) would silently overwrite each other.
  const seen = new Map<string, number>();
  for (const r of rows) {
    const key = `${personOf.get(r)}|${r.year}`;
    const first = seen.get(key);
    if (first) problems.push(ratingCellProblem(r.row, 'year', `trùng với dòng ${first} (cùng người, năm ${r.year})`));
    seen.set(key, first ?? r.row);
  }
  if (problems.length) throw badInput(problems);
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    for (const r of rows) await upsertRating(trx, { kind: 'individual', id: personOf.get(r)! }, r.year, r.rating, actor.userId, at);
    await recordAudit(trx, who, {
      action: 'history.ratings.import', entity: 'rating_import', entityId: newId(),
      after: { fileName, rows: rows.map((r) => ({ personId: personOf.get(r), year: r.year, rating: r.rating })) },
    });
  });
  return { imported: rows.length, people: new Set(personOf.values()).size };
}

export function historyExcelRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['awards'];

  app.get('/history/ratings/import-template.xlsx', { schema: { tags } }, async (request, reply) => {
    requirePermission(actorOf(request), 'people.write');
    return sendXlsx(reply, 'mau-nhap-xep-loai.xlsx', await buildRatingsTemplate());
  });

  app.post('/history/ratings/imports', { schema: { tags } }, async (request) => {
    const actor = actorOf(request);
    requirePermission(actor, 'people.write');
    const part = await request.file();
    if (!part) throw badField('file', 'Chưa chọn tệp Excel');
    const content = await part.toBuffer();
    const type = checkFileType(part.filename, content.subarray(0, 8), ['xlsx']);
    if (!type.ok) throw badField('file', type.message);
    const { rows, problems } = await parseRatingsWorkbook(content);
    if (problems.some((p) => p.path === 'file' || p.path.startsWith('Tiêu đề'))) throw badInput(problems);
    if (!rows.length && !problems.length) throw badField('file', 'Tệp chưa có dòng xếp loại nào');
    return importRatings(db, actor, auditWho(request), part.filename, rows, problems);
  });
}

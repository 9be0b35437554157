/**
 * Subject history by Excel: one template per kind (ratings, initiatives and science works, discipline,
 * yearly facts) and an all-or-nothing import. Small enough to run inside the request (≤ 20,000 rows):
 * every row is read, its subject matched and scoped, then everything is written in one transaction.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { chunks } from '../../../lib/collections.js';
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
import { DISCIPLINES_SPEC, RATINGS_SPEC, WORKS_SPEC, YEARS_SPEC, type DisciplineRow, type RatingRow, type WorkRow, type YearRow } from './excel.js';
import { buildSheetTemplate, parseSheet, rowOfProblem, sheetProblem, type SheetSpec, type SubjectRow } from './excel-sheet.js';
import { insertDiscipline, insertWork, mergeYearFacts, upsertRating, type SubjectKey } from './repo.js';
import { disciplineRow, workRow } from './validate.js';

type AnySpec = SheetSpec<'name' | 'birthYear' | 'unitCode', SubjectRow>;

/**
 * Each row's subject: the person with that folded name (and birth year, when given) in the unit of
 * that code, or the unit itself when the name is blank. Scoped like the JSON API: a unit officer
 * writes the history of its own subtree only.
 */
async function matchSubjects(db: Kysely<DB>, actor: Actor, spec: AnySpec, rows: readonly SubjectRow[]): Promise<{ subjectOf: Map<SubjectRow, SubjectKey>; problems: ErrorDetail[] }> {
  const problems: ErrorDetail[] = [];
  const problem = (r: SubjectRow, column: 'name' | 'birthYear' | 'unitCode', message: string) => problems.push(sheetProblem(spec, r.row, column, message));
  const units = new Map<string, { id: string; path: string }>();
  for (const part of chunks([...new Set(rows.map((r) => r.unitCode))], BATCH)) for (const u of await unitsByCode(db, part)) units.set(u.code, u);
  const subjectOf = new Map<SubjectRow, SubjectKey>();
  const people: SubjectRow[] = [];
  for (const r of rows) {
    const unit = units.get(r.unitCode);
    if (!unit) problem(r, 'unitCode', `không có đơn vị mã "${r.unitCode}"`);
    else if (!canWrite(actor, 'people.write', unit.path)) problem(r, 'unitCode', `đơn vị "${r.unitCode}" ngoài phạm vi bạn được cập nhật`);
    else if (r.name === null) subjectOf.set(r, { kind: 'collective', id: unit.id });
    else people.push(r);
  }
  const folded = (r: SubjectRow) => foldVietnamese(r.name ?? '');
  const unitIds = [...new Set(people.map((r) => units.get(r.unitCode)!.id))];
  const candidates = [];
  for (const part of chunks([...new Set(people.map(folded))], BATCH)) candidates.push(...await peopleCandidates(db, unitIds, part));
  for (const r of people) {
    const unitId = units.get(r.unitCode)!.id;
    const same = candidates.filter((p) => p.unit_id === unitId && p.search === folded(r) && (r.birthYear === null || p.birth_year === r.birthYear));
    if (same.length === 1) subjectOf.set(r, { kind: 'individual', id: same[0]!.id });
    else if (same.length === 0) problem(r, 'name', `không có người tên "${r.name}"${r.birthYear ? `, sinh năm ${r.birthYear}` : ''} trong đơn vị "${r.unitCode}"`);
    else problem(r, r.birthYear === null ? 'birthYear' : 'name', `có ${same.length} người cùng họ tên${r.birthYear === null ? '; ghi năm sinh để phân biệt' : ', năm sinh trong đơn vị'}`);
  }
  return { subjectOf, problems };
}

interface Importer<R extends SubjectRow> {
  spec: SheetSpec<string, R>;
  /** Rows naming one subject differently (with and without birth year) must still not repeat. */
  sameKey?: (subject: SubjectKey, r: R) => string;
  write(trx: Kysely<DB>, subject: SubjectKey, r: R, by: string, at: string): Promise<unknown>;
  /** What the audit entry keeps of a row. */
  audit(subject: SubjectKey, r: R): unknown;
}

const IMPORTERS = {
  ratings: {
    spec: RATINGS_SPEC, sameKey: (s, r) => `${s.kind}|${s.id}|${r.year}`,
    write: (trx, s, r, by, at) => upsertRating(trx, s, r.year, r.rating, by, at),
    audit: (s, r) => ({ ...s, year: r.year, rating: r.rating }),
  } satisfies Importer<RatingRow>,
  works: {
    spec: WORKS_SPEC,
    write: (trx, s, r, by) => insertWork(trx, { ...workRow(r.input, r.kind, by), subject_kind: s.kind, subject_id: s.id }, r.input.usedFor ?? []),
    audit: (s, r) => ({ ...s, kind: r.kind, ...r.input }),
  } satisfies Importer<WorkRow>,
  disciplines: {
    spec: DISCIPLINES_SPEC,
    write: (trx, s, r, by) => insertDiscipline(trx, { ...disciplineRow(r.input, by), subject_kind: s.kind, subject_id: s.id }),
    audit: (s, r) => ({ ...s, ...r.input }),
  } satisfies Importer<DisciplineRow>,
  years: {
    spec: YEARS_SPEC, sameKey: (s, r) => `${s.kind}|${s.id}|${r.year}`,
    write: (trx, s, r, by, at) => mergeYearFacts(trx, s, r.year, r.input, by, at),
    audit: (s, r) => ({ ...s, year: r.year, ...r.input }),
  } satisfies Importer<YearRow>,
};
export type HistorySheet = keyof typeof IMPORTERS;
export const HISTORY_SHEETS = Object.keys(IMPORTERS) as HistorySheet[];

/** `fileProblems` (cells unreadable in the file) are reported with the database's, all at once, in row order. */
export async function importHistorySheet<R extends SubjectRow>(db: Kysely<DB>, actor: Actor, who: AuditWho, name: HistorySheet, fileName: string, rows: readonly R[], fileProblems: readonly ErrorDetail[] = []) {
  requirePermission(actor, 'people.write');
  const importer = IMPORTERS[name] as unknown as Importer<R>;
  const spec = importer.spec as unknown as AnySpec;
  const { subjectOf, problems } = await matchSubjects(db, actor, spec, rows);
  problems.push(...fileProblems);
  const seen = new Map<string, number>();
  for (const r of importer.sameKey ? rows : []) {
    const subject = subjectOf.get(r);
    if (!subject) continue;
    const key = importer.sameKey!(subject, r);
    const first = seen.get(key);
    if (first) problems.push(sheetProblem(spec, r.row, 'name', `cùng đối tượng và cùng năm với dòng ${first}`));
    seen.set(key, first ?? r.row);
  }
  if (problems.length) throw badInput(problems.sort((a, b) => rowOfProblem(a) - rowOfProblem(b)));
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    for (const r of rows) await importer.write(trx, subjectOf.get(r)!, r, actor.userId, at);
    await recordAudit(trx, who, {
      action: `history.${name}.import`, entity: 'history_import', entityId: newId(),
      after: { fileName, rows: rows.map((r) => importer.audit(subjectOf.get(r)!, r)) },
    });
  });
  const subjects = [...subjectOf.values()];
  const count = (kind: string) => new Set(subjects.filter((s) => s.kind === kind).map((s) => s.id)).size;
  return { imported: rows.length, people: count('individual'), units: count('collective') };
}

const TEMPLATE_FILES: Record<HistorySheet, string> = {
  ratings: 'mau-nhap-xep-loai.xlsx', works: 'mau-nhap-sang-kien-de-tai.xlsx', disciplines: 'mau-nhap-ky-luat.xlsx', years: 'mau-nhap-so-lieu-nam.xlsx',
};

export function historyExcelRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['awards'];

  for (const name of HISTORY_SHEETS) {
    const spec = IMPORTERS[name].spec as unknown as AnySpec;
    app.get(`/history/${name}/import-template.xlsx`, { schema: { tags } }, async (request, reply) => {
      requirePermission(actorOf(request), 'people.write');
      return sendXlsx(reply, TEMPLATE_FILES[name], await buildSheetTemplate(spec));
    });

    app.post(`/history/${name}/imports`, { schema: { tags } }, async (request) => {
      const actor = actorOf(request);
      requirePermission(actor, 'people.write');
      const part = await request.file();
      if (!part) throw badField('file', 'Chưa chọn tệp Excel');
      const content = await part.toBuffer();
      const type = checkFileType(part.filename, content.subarray(0, 8), ['xlsx']);
      if (!type.ok) throw badField('file', type.message);
      const { rows, problems } = await parseSheet(spec, content);
      if (problems.some((p) => p.path === 'file' || p.path.startsWith('Tiêu đề'))) throw badInput(problems);
      if (!rows.length && !problems.length) throw badField('file', `Trang "${spec.sheet}" chưa có dòng nào`);
      return importHistorySheet(db, actor, auditWho(request), name, part.filename, rows, problems);
    });
  }
}

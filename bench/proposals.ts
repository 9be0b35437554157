/**
 * A 500-nominee dossier through the whole path, on each engine, in process (app.inject, no network):
 *
 *   npx tsx bench/proposals.ts [--nominees 500] [--engines sqlite,postgres]
 *
 * Excel import of the list (eligibility checked per nominee), submit (re-checked), review, the
 * council (agenda of every nominee, 9 secret ballots of 500 choices each, close), the decision draft
 * and its issue (500 registry rows, counts, the .docx stored), its revocation (500 awards, one
 * transaction), then the .docx alone in process.
 * Prints one line per step; the figures of this machine are in bench/README.md.
 */
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { newId } from '../src/lib/ids.js';
import { foldVietnamese } from '../src/lib/text.js';
import { renderOfficialDocument } from '../src/modules/documents/index.js';
import { decisionDocument, type DecisionLine } from '../src/modules/decisions/domain/document.js';
import { createTestApp, type Session } from '../test/harness.js';
import type { Engine } from '../src/db/database.js';
import { ms, table } from './harness.js';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] ?? fallback : fallback;
}
const N = Number(option('nominees', '500'));
const engines = option('engines', 'sqlite,postgres').split(',') as Engine[];

async function timed<T>(rows: string[][], engine: string, step: string, f: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const out = await f();
  rows.push([engine, step, ms(performance.now() - start)]);
  return out;
}

const ok = async (what: string, p: Promise<{ status: number; body: unknown }>) => {
  const r = await p;
  if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 400)}`);
  return r as { status: number; body: unknown; json<T>(): T };
};

async function run(engine: Engine, rows: string[][]): Promise<void> {
  const t = await createTestApp(engine);
  try {
    const db = t.database.db;
    const dakha = await db.selectFrom('units').select(['id', 'path']).where('code', '=', 'DAKHA').executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    const names = Array.from({ length: N }, (_, i) => `Nguyễn Văn Bench ${String(i + 1).padStart(4, '0')}`);
    for (let i = 0; i < N; i += 200) {
      await db.insertInto('people').values(names.slice(i, i + 200).map((full_name) => ({
        id: newId(), full_name, search: foldVietnamese(full_name), gender: 'male', birth_year: 1985, birth_date: null, id_number: null, ethnicity: 'Kinh',
        position: 'Chuyên viên', unit_id: dakha.id, is_leader: 0, active: 1, created_at: now, updated_at: now,
      }))).execute();
    }
    const [board, unit] = await Promise.all([t.login('bantdkt'), t.login('dakha')]);
    const members: Session[] = [];
    for (let i = 1; i <= 9; i++) members.push(await t.login(`hoidong${i}`));
    type P = { id: string; version: number; requiredDocuments: Array<{ name: string }>; nominees: Array<{ id: string }> };
    let p = (await ok('create', unit.send('POST', '/api/v1/proposals', { unitId: dakha.id, title: `Bench ${N} người`, round: 'year_end', procedure: 'regular', year: 2024 }))).json<P>();

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách đề nghị');
    ws.addRow(['Đối tượng', 'Họ tên hoặc tên tập thể', 'Mã đơn vị', 'Chức vụ', 'Hình thức khen thưởng', 'Tóm tắt thành tích', 'Lý do vẫn đề nghị (khi chưa đủ điều kiện)']);
    for (const name of names) ws.addRow(['Cá nhân', name, 'DAKHA', 'Chuyên viên', 'LDTT', 'Hoàn thành tốt nhiệm vụ năm 2024', 'Đánh giá năm 2024 chưa nhập']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    p = await timed(rows, engine, `import ${N} nominees from Excel (each checked)`, async () => (await ok('import', unit.upload(`/api/v1/proposals/${p.id}/nominees/import?version=${p.version}`, 'ds.xlsx', file))).json<P>());
    for (const d of p.requiredDocuments) p = (await ok('doc', unit.upload(`/api/v1/proposals/${p.id}/documents?version=${p.version}&requirement=${encodeURIComponent(d.name)}`, 'a.pdf', Buffer.from('%PDF-1.4\n')))).json<P>();
    const step = (s: Session, action: string) => async () => { p = (await ok(action, s.send('POST', `/api/v1/proposals/${p.id}/transitions`, { action, version: p.version }))).json<P>(); };
    await timed(rows, engine, `submit (${N} re-checked)`, step(unit, 'submit'));
    await timed(rows, engine, 'start review', step(board, 'start_review'));
    await timed(rows, engine, 'approve (to council)', step(board, 'approve'));

    const term = (await db.selectFrom('council_terms').select('id').executeTakeFirstOrThrow()).id;
    type S = { id: string; agenda: Array<{ id: string }>; members: Array<{ userId: string }> };
    let s = (await ok('session', board.send('POST', '/api/v1/council/sessions', { termId: term, title: 'Bench', meetsOn: '2025-01-10' }))).json<S>();
    s = await timed(rows, engine, `agenda of ${N}`, async () => (await ok('agenda', board.send('POST', `/api/v1/council/sessions/${s.id}/agenda`, { nomineeIds: p.nominees.map((n) => n.id) }))).json<S>());
    await ok('attendance', board.send('PUT', `/api/v1/council/sessions/${s.id}/attendance`, { present: s.members.map((m) => m.userId) }));
    await ok('open', board.send('POST', `/api/v1/council/sessions/${s.id}/open`));
    const votes = s.agenda.map((a) => ({ agendaId: a.id, approve: true }));
    await timed(rows, engine, `9 ballots of ${N} choices (sequential)`, async () => { for (const m of members) await ok('vote', m.send('POST', `/api/v1/council/sessions/${s.id}/ballots`, { votes })); });
    await timed(rows, engine, 'close ballot (tally, outcomes)', () => ok('close', board.send('POST', `/api/v1/council/sessions/${s.id}/close`)));

    type D = { id: string; version: number; number: string };
    const body = {
      issuerName: 'Ủy ban nhân dân\ntỉnh Kon Tum', issuerSymbol: 'UBND', place: 'Kon Tum', summary: 'Về việc tặng danh hiệu Lao động tiên tiến', authority: 'Chủ tịch Ủy ban nhân dân tỉnh Kon Tum',
      bases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'], signForm: 'KT', signerTitle: 'Phó Chủ tịch', signerName: 'Nguyễn Ngọc Sâm',
      fundingSource: 'Quỹ thi đua, khen thưởng của tỉnh', recipients: ['Như Điều 3', 'Lưu: VT'], nomineeIds: p.nominees.map((n) => n.id),
    };
    const d = await timed(rows, engine, `draft decision of ${N}`, async () => (await ok('draft', board.send('POST', `/api/v1/proposals/${p.id}/decisions`, body))).json<D>());
    await timed(rows, engine, `issue (${N} registry rows + .docx)`, () => ok('issue', board.send('POST', `/api/v1/decisions/${d.id}/issue`, { version: d.version, date: '2025-01-15' })));
    await timed(rows, engine, 'download the stored .docx', () => ok('docx', board.get(`/api/v1/decisions/${d.id}/document.docx`)));
    await timed(rows, engine, `revoke the decision (${N} awards)`, () => ok('revoke', board.send('POST', `/api/v1/decisions/${d.id}/revoke`, { number: '45/QĐ-UBND', date: '2025-03-03', reason: 'Kê khai thành tích không đúng sự thật' })));
  } finally {
    await t.close();
  }
}

const rows: string[][] = [];
for (const engine of engines) await run(engine, rows);
const lines: DecisionLine[] = Array.from({ length: N }, (_, i) => ({ name: `Nguyễn Văn Bench ${i + 1}`, subjectKind: 'individual', position: 'Chuyên viên', unitName: 'Huyện Đắk Hà', awardType: 'LDTT', amount: 710_000 }));
const doc = decisionDocument({
  issuerName: 'Ủy ban nhân dân\ntỉnh Kon Tum', issuerSymbol: 'UBND', place: 'Kon Tum', number: 12, date: '2025-01-15', summary: 'Về việc tặng danh hiệu Lao động tiên tiến',
  authority: 'Chủ tịch Ủy ban nhân dân tỉnh Kon Tum', bases: ['Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022'], signForm: 'KT', signerTitle: 'Phó Chủ tịch',
  signerName: 'Nguyễn Ngọc Sâm', fundingSource: 'Quỹ thi đua, khen thưởng của tỉnh', recipients: ['Như Điều 3'], proposingUnit: 'Huyện Đắk Hà', achievement: 'đã có thành tích năm 2024',
}, lines);
await renderOfficialDocument(doc);
const samples: number[] = [];
for (let i = 0; i < 5; i++) { const start = performance.now(); await renderOfficialDocument(doc); samples.push(performance.now() - start); }
rows.push(['(in process)', `decision .docx with ${N} names (median of 5)`, ms(samples.sort((a, b) => a - b)[2]!)]);
console.info(table(['engine', 'step', 'time'], rows));

/** HTTP of the reports: each on screen (JSON for the chart) and as Excel; the yearly summary as Word. */
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { App } from '../../server/app.js';
import { actorOf, type AppDeps } from '../../server/context.js';
import { literals, Year } from '../awards/registry/schemas.js';
import { SCOPES } from '../awards/domain/types.js';
import { vnToday } from '../portal/domain/dates.js';
import { TARGET_STATUS_LABELS, TARGET_STATUSES, total } from './domain/tally.js';
import { clusterRankingsReport, KIND_LABELS } from './clusters.js';
import { reportWorkbook, type Sheet } from './excel.js';
import { AWARD_GROUP_TITLES, AWARD_GROUPS, awardReport, movementsReport, targetsReport, type AwardReportQuery } from './service.js';
import { yearlyReport } from './yearly.js';
import { stateAwardsForm } from './state-form.js';
import { stateFormWorkbook } from './state-form-excel.js';

const AwardQuery = Type.Object({
  groupBy: literals(AWARD_GROUPS), unitId: Type.Optional(Type.String()), yearFrom: Type.Optional(Year), yearTo: Type.Optional(Year), level: Type.Optional(literals(SCOPES)),
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const download = (reply: FastifyReply, name: string, type: string, body: Buffer) =>
  reply.type(type).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`).send(body);
const today = () => vnToday(new Date());
const years = (q: { yearFrom?: number; yearTo?: number }) =>
  q.yearFrom || q.yearTo ? `Năm ${q.yearFrom ?? '…'}–${q.yearTo ?? '…'}` : 'Tất cả các năm';

export function reportRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const tags = ['reports'];

  const awards = async (actor: ReturnType<typeof actorOf>, q: AwardReportQuery) => {
    const groups = await awardReport(db, actor, q);
    return { title: AWARD_GROUP_TITLES[q.groupBy], subtitle: years(q), total: total(groups), groups };
  };

  app.get('/reports/awards', { schema: { tags, querystring: AwardQuery } }, async (request) => awards(actorOf(request), request.query));

  app.get('/reports/awards.xlsx', { schema: { tags, querystring: AwardQuery } }, async (request, reply) => {
    const r = await awards(actorOf(request), request.query);
    const sheet: Sheet = { title: r.title, subtitle: r.subtitle, columns: [{ header: 'Nhóm', width: 48 }, { header: 'Số lượt' }], rows: [...r.groups.map((g) => [g.label ?? String(g.key ?? ''), g.count]), ['Tổng cộng', r.total]] };
    return download(reply, `bao-cao-khen-thuong-${request.query.groupBy}.xlsx`, XLSX, await reportWorkbook(sheet));
  });

  app.get('/reports/targets', { schema: { tags } }, async (request) => ({ items: await targetsReport(db, actorOf(request), today()) }));

  app.get('/reports/targets.xlsx', { schema: { tags } }, async (request, reply) => {
    const items = await targetsReport(db, actorOf(request), today());
    const sheet: Sheet = {
      title: 'Kết quả thực hiện chỉ tiêu thi đua chủ yếu theo năm', subtitle: 'Số liệu đã được Ban Thi đua – Khen thưởng duyệt',
      columns: [{ header: 'Năm', width: 8 }, { header: 'Phong trào', width: 44 }, { header: 'Số chỉ tiêu' }, ...TARGET_STATUSES.map((s) => ({ header: TARGET_STATUS_LABELS[s] }))],
      rows: items.map((i) => [i.year, i.movement, i.total, ...TARGET_STATUSES.map((s) => i.counts[s])]),
    };
    return download(reply, 'bao-cao-chi-tieu.xlsx', XLSX, await reportWorkbook(sheet));
  });

  app.get('/reports/movements', { schema: { tags } }, async (request) => ({ items: await movementsReport(db, actorOf(request)) }));

  app.get('/reports/movements.xlsx', { schema: { tags } }, async (request, reply) => {
    const items = await movementsReport(db, actorOf(request));
    const sheet: Sheet = {
      title: 'Phong trào thi đua',
      columns: [{ header: 'Năm', width: 8 }, { header: 'Phong trào', width: 44 }, { header: 'Chỉ thị' }, { header: 'Chỉ tiêu' }, { header: 'Tin bài' }, { header: 'Điển hình, mô hình' }],
      rows: items.map((m) => [m.year, m.title, m.directive, m.indicators, m.news, m.practices]),
    };
    return download(reply, 'bao-cao-phong-trao.xlsx', XLSX, await reportWorkbook(sheet));
  });

  const YearRange = Type.Object({ yearFrom: Type.Optional(Year), yearTo: Type.Optional(Year) });
  app.get('/reports/cluster-rankings', { schema: { tags, querystring: YearRange } }, async (request) => ({ items: await clusterRankingsReport(db, actorOf(request), request.query) }));

  app.get('/reports/cluster-rankings.xlsx', { schema: { tags, querystring: YearRange } }, async (request, reply) => {
    const items = await clusterRankingsReport(db, actorOf(request), request.query);
    const allYears = [...new Set(items.flatMap((s) => s.years))].sort((a, b) => a - b);
    const sheet: Sheet = {
      title: 'Xếp hạng của các cụm, khối thi đua qua các năm', subtitle: `${years(request.query)}; kết quả đã công bố (ô trống: năm đơn vị không thuộc cụm, khối)`,
      columns: [{ header: 'Cụm, khối thi đua', width: 44 }, { header: 'Đơn vị', width: 40 }, ...allYears.map((y) => ({ header: `Năm ${y}`, width: 10 }))],
      rows: items.flatMap((s) => s.units.map((u) => [
        `${KIND_LABELS[s.kind] ?? s.kind}: ${s.name}`, u.unitName,
        ...allYears.map((y) => (!(y in u.ranks) ? '' : u.ranks[y] ?? 'Chưa xếp hạng')),
      ])),
    };
    return download(reply, 'xep-hang-cum-khoi-thi-dua.xlsx', XLSX, await reportWorkbook(sheet));
  });

  const StateFormQuery = Type.Object({ year: Year, unitId: Type.Optional(Type.String()) });
  app.get('/reports/state-awards', { schema: { tags, querystring: StateFormQuery } }, async (request) => stateAwardsForm(db, actorOf(request), request.query));

  app.get('/reports/state-awards.xlsx', { schema: { tags, querystring: StateFormQuery } }, async (request, reply) => {
    const form = await stateAwardsForm(db, actorOf(request), request.query);
    return download(reply, `bieu-0602N-khen-thuong-cap-nha-nuoc-${form.year}.xlsx`, XLSX, await stateFormWorkbook(form));
  });

  app.get('/reports/yearly/:year.docx', { schema: { tags, params: Type.Object({ year: Year }) } }, async (request, reply) => {
    const docx = await yearlyReport(db, actorOf(request), request.params.year, today());
    return download(reply, `bao-cao-tong-ket-${request.params.year}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx);
  });
}

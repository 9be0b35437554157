/**
 * The public portal (no login): server-rendered pages that work without JavaScript. Reads only
 * what is public — published items, live news, accepted target values, the registry's published
 * facts — through the modules' own services and repositories.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { App } from '../../server/app.js';
import type { AppDeps } from '../../server/context.js';
import { foldVietnamese } from '../../lib/text.js';
import { nowIso } from '../../lib/ids.js';
import { decodeCursor, encodeCursor } from '../awards/registry/award-row.js';
import { listAwards } from '../awards/registry/repo.js';
import { listDocuments } from '../movements/repo.js';
import { NEWS_CATEGORIES } from '../news/domain/categories.js';
import { findLiveBySlug, liveCoverOwner } from '../news/repo.js';
import { searchLive } from '../news/service.js';
import { PRACTICE_FIELDS, PRACTICE_KINDS } from '../practices/domain/catalog.js';
import { publishedFileOwner } from '../practices/repo.js';
import { getPublishedPractice, searchPublished } from '../practices/service.js';
import { sendStoredFile } from '../publishing/send-file.js';
import { TARGET_STATUSES } from '../reports/domain/tally.js';
import { buildDashboard } from '../targets/dashboard.js';
import { portalDate, vnToday } from './domain/dates.js';
import { atomFeed } from './feed.js';
import { html } from './html.js';
import { renderPage, SIZE_COOKIE, sizeLinks, TEXT_SIZES, type NavLink, type PageContent, type Shell, type TextSize } from './layout.js';
import { homePage } from './pages/home.js';
import { documentPage, movementPage, movementsPage } from './pages/movement.js';
import { categoryLabel, newsListPage, newsPage } from './pages/news.js';
import { kindLabel, practicePage, practicesPage } from './pages/practices.js';
import { registryPage } from './pages/registry.js';
import { targetsPage } from './pages/targets.js';
import * as repo from './repo.js';
import { PORTAL_SECTIONS, type PortalKit } from './sections.js';

const PAGE_SIZE = 10;
const REGISTRY_PAGE = 20;
const SIZE_COOKIE_DAYS = 365;
const HOME_TTL_MS = 10_000;

const BASE_NAV: NavLink[] = [
  { href: '/', label: 'Trang chủ' },
  { href: '/tin-tuc', label: 'Tin tức' },
  { href: '/phong-trao', label: 'Phong trào thi đua' },
  { href: '/chi-tieu-thi-dua', label: 'Chỉ tiêu thi đua' },
  { href: '/dien-hinh', label: 'Điển hình tiên tiến' },
  { href: '/tra-cuu-khen-thuong', label: 'Tra cứu khen thưởng' },
];

const isSize = (s: unknown): s is TextSize => typeof s === 'string' && s in TEXT_SIZES;
/** A path of this site to return to (never another site: no open redirect). */
const safeReturn = (ve: string | undefined): string => (ve && /^\/(?![/\\])/.test(ve) ? ve : '/');
const pageNumber = (s: string | undefined): number => Math.min(Math.max(Number.parseInt(s ?? '1', 10) || 1, 1), 1000);
const originOf = (request: FastifyRequest): string => `${request.protocol}://${request.host}`;
export const publicFileUrl = (id: string): string => `/tep/${id}`;

export function portalRoutes(app: App, deps: AppDeps): void {
  const { db } = deps.database;
  const nav = [...BASE_NAV, ...PORTAL_SECTIONS.map((s) => s.nav)];
  let siteName: { value: string; at: number } | null = null;

  async function shellOf(request: FastifyRequest): Promise<Shell> {
    if (!siteName || Date.now() - siteName.at > 60_000) siteName = { value: (await repo.rootUnit(db))?.name ?? 'Thi đua – Khen thưởng', at: Date.now() };
    const size = request.cookies[SIZE_COOKIE];
    return { siteName: siteName.value, today: portalDate(new Date()), size: isSize(size) ? size : 'mac-dinh', here: request.url, origin: originOf(request), nav };
  }

  const kit: PortalKit = {
    send: async (request, reply, page, status = 200) => {
      const shell = await shellOf(request);
      return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(renderPage(shell, page));
    },
    notFound: (request, reply) => kit.send(request, reply, {
      title: 'Không tìm thấy trang', description: 'Không tìm thấy trang',
      body: html`<h1>Không tìm thấy trang</h1><p>Trang này không có hoặc chưa được đăng. <a href="/">Về trang chủ</a></p>`,
    }, 404),
  };
  const send = (request: FastifyRequest, reply: FastifyReply, page: PageContent) => kit.send(request, reply, page);
  const opts = { schema: { hide: true } };
  const Slug = Type.Object({ slug: Type.String({ maxLength: 200 }) });

  /**
   * The home page's data, kept for a few seconds per process: it is the page everyone opens, and its
   * targets summary evaluates the whole movement. A new post shows on the home page within HOME_TTL_MS.
   */
  let home: { at: number; data: Promise<Omit<Parameters<typeof homePage>[0], 'siteName' | 'categoryLabel' | 'kindLabel'>> } | null = null;
  const homeData = async () => {
    const now = new Date();
    const movement = await repo.currentMovement(db, Number(vnToday(now).slice(0, 4)));
    const [cards, news, practices] = await Promise.all([
      movement ? buildDashboard(db, movement.id, vnToday(now), { actor: null, publicOnly: true }) : Promise.resolve([]),
      searchLive(db, { limit: 5, offset: 0 }),
      searchPublished(db, { limit: 3, offset: 0 }),
    ]);
    const counts = new Map<string, number>();
    for (const c of cards) counts.set(c.evaluation.status, (counts.get(c.evaluation.status) ?? 0) + 1);
    const targets = TARGET_STATUSES.filter((s) => counts.has(s)).map((status) => ({ status, count: counts.get(status)! }));
    return { movement, targets, targetTotal: cards.length, news: news.items, practices: practices.items };
  };

  app.get('/', opts, async (request, reply) => {
    if (!home || Date.now() - home.at > HOME_TTL_MS) {
      home = { at: Date.now(), data: homeData() };
      home.data.catch(() => { home = null; });
    }
    const [data, shell] = await Promise.all([home.data, shellOf(request)]);
    return send(request, reply, homePage({ ...data, categoryLabel, kindLabel, siteName: shell.siteName }));
  });

  app.get('/co-chu/:size', { schema: { hide: true, params: Type.Object({ size: Type.String({ maxLength: 20 }) }), querystring: Type.Object({ ve: Type.Optional(Type.String({ maxLength: 2000 })) }) } }, (request, reply) => {
    const { size } = request.params;
    if (isSize(size)) reply.setCookie(SIZE_COOKIE, size, { path: '/', maxAge: SIZE_COOKIE_DAYS * 86_400, sameSite: 'lax', httpOnly: true, secure: deps.config.cookieSecure });
    return reply.redirect(safeReturn(request.query.ve), 303);
  });

  app.get('/tin-tuc', { schema: { hide: true, querystring: Type.Object({ trang: Type.Optional(Type.String({ maxLength: 5 })), 'chuyen-muc': Type.Optional(Type.String({ maxLength: 30 })) }) } }, async (request, reply) => {
    const page = pageNumber(request.query.trang);
    const c = request.query['chuyen-muc'];
    const category = c && (NEWS_CATEGORIES as readonly string[]).includes(c) ? c : undefined;
    const { items, total } = await searchLive(db, { category, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    return send(request, reply, newsListPage({ items, category, page, hasNext: page * PAGE_SIZE < total }));
  });

  app.get('/tin-tuc.atom', opts, async (request, reply) => {
    const { items } = await searchLive(db, { limit: 20, offset: 0 });
    const shell = await shellOf(request);
    return reply.type('application/atom+xml; charset=utf-8').header('cache-control', 'public, max-age=300')
      .send(atomFeed({ origin: shell.origin, siteName: shell.siteName, entries: items }));
  });

  app.get('/tin-tuc/:slug', { schema: { hide: true, params: Slug } }, async (request, reply) => {
    const n = await findLiveBySlug(db, request.params.slug, nowIso());
    if (!n) return kit.notFound(request, reply);
    const movement = n.movement_id ? await db.selectFrom('movements').select(['code', 'title']).where('id', '=', n.movement_id).executeTakeFirst() : undefined;
    const shell = await shellOf(request);
    return send(request, reply, newsPage(n, { sizeControl: sizeLinks(shell, 'in-article'), movement: movement ?? null, coverUrl: n.cover_file_id ? publicFileUrl(n.cover_file_id) : null }));
  });

  app.get('/phong-trao', opts, async (request, reply) => send(request, reply, movementsPage(await repo.listPublicMovements(db))));

  app.get('/phong-trao/:code', { schema: { hide: true, params: Type.Object({ code: Type.String({ maxLength: 60 }) }) } }, async (request, reply) => {
    const m = await repo.movementByCode(db, request.params.code);
    if (!m || m.status === 'draft') return kit.notFound(request, reply);
    const [documents, news, practices] = await Promise.all([
      listDocuments(db, m.id), searchLive(db, { movementId: m.id, limit: 5, offset: 0 }), searchPublished(db, { movementId: m.id, limit: 6, offset: 0 }),
    ]);
    return send(request, reply, movementPage(m, { documents, news: news.items, practices: practices.items, categoryLabel, kindLabel }));
  });

  app.get('/van-ban/:id', { schema: { hide: true, params: Type.Object({ id: Type.String({ maxLength: 60 }) }) } }, async (request, reply) => {
    const doc = await repo.documentWithMovement(db, request.params.id);
    return doc ? send(request, reply, documentPage(doc)) : kit.notFound(request, reply);
  });

  app.get('/chi-tieu-thi-dua', opts, async (_request, reply) => reply.redirect(`/chi-tieu-thi-dua/${vnToday(new Date()).slice(0, 4)}`, 302));

  app.get('/chi-tieu-thi-dua/:year', { schema: { hide: true, params: Type.Object({ year: Type.Integer({ minimum: 1945, maximum: 2100 }) }) } }, async (request, reply) => {
    const m = await repo.currentMovement(db, request.params.year);
    if (!m || m.year !== request.params.year) return kit.notFound(request, reply);
    const asOf = vnToday(new Date());
    return send(request, reply, targetsPage(m, await buildDashboard(db, m.id, asOf, { actor: null, publicOnly: true }), asOf));
  });

  const PracticeQuery = Type.Object({
    q: Type.Optional(Type.String({ maxLength: 200 })), loai: Type.Optional(Type.String({ maxLength: 30 })), 'linh-vuc': Type.Optional(Type.String({ maxLength: 30 })),
    the: Type.Optional(Type.String({ maxLength: 40 })), trang: Type.Optional(Type.String({ maxLength: 5 })),
  });
  app.get('/dien-hinh', { schema: { hide: true, querystring: PracticeQuery } }, async (request, reply) => {
    const q = request.query;
    const page = pageNumber(q.trang);
    const kind = q.loai && (PRACTICE_KINDS as readonly string[]).includes(q.loai) ? q.loai : undefined;
    const field = q['linh-vuc'] && (PRACTICE_FIELDS as readonly string[]).includes(q['linh-vuc']) ? q['linh-vuc'] : undefined;
    const { items, total } = await searchPublished(db, { q: q.q, kind, field, tag: q.the || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    return send(request, reply, practicesPage({ items, total, filters: { q: q.q, loai: kind, 'linh-vuc': field, the: q.the }, page, hasNext: page * PAGE_SIZE < total }));
  });

  app.get('/dien-hinh/:slug', { schema: { hide: true, params: Slug } }, async (request, reply) => {
    const d = await getPublishedPractice(db, request.params.slug);
    return d ? send(request, reply, practicePage(d, publicFileUrl)) : kit.notFound(request, reply);
  });

  app.get('/tra-cuu-khen-thuong', {
    schema: { hide: true, querystring: Type.Object({ ten: Type.Optional(Type.String({ maxLength: 100 })), nam: Type.Optional(Type.String({ maxLength: 4 })), sau: Type.Optional(Type.String({ maxLength: 1000 })) }) },
  }, async (request, reply) => {
    const q = (request.query.ten ?? '').trim();
    const yearNum = Number.parseInt(request.query.nam ?? '', 10);
    const year = yearNum >= 1945 && yearNum <= 2100 ? yearNum : undefined;
    const folded = foldVietnamese(q);
    // A single letter would match most of a national register: ask for two, or a year.
    const searched = folded.length >= 2 || year !== undefined;
    const after = request.query.sau ? decodeCursor(request.query.sau) ?? undefined : undefined;
    const rows = searched
      ? await listAwards(db, { path: null, folded: folded.length >= 2 ? folded : undefined, year, revoked: false, after, limit: REGISTRY_PAGE + 1 })
      : [];
    const items = rows.slice(0, REGISTRY_PAGE);
    const next = rows.length > REGISTRY_PAGE ? encodeCursor(items[items.length - 1]!) : null;
    return send(request, reply, registryPage({ q, year, items, next, searched }));
  });

  app.get('/tep/:id', { schema: { hide: true, params: Type.Object({ id: Type.String({ maxLength: 60 }) }) } }, async (request, reply) => {
    const { id } = request.params;
    const isPublic = (await publishedFileOwner(db, id)) ?? (await liveCoverOwner(db, id, nowIso()));
    const file = isPublic ? await repo.fileContent(db, id) : undefined;
    if (!file) return kit.notFound(request, reply);
    return sendStoredFile(reply, file, 86_400);
  });

  for (const section of PORTAL_SECTIONS) section.register(app, deps, kit);
}

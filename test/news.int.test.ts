import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

interface News { id: string; slug: string; title: string; status: string; contentHtml: string; publishAt: string | null; source: string | null; documentId: string | null; cover: { url: string } | null; reviewNote: string | null }

const body = (over: Record<string, unknown> = {}) => ({
  title: 'Sơ kết phong trào thi đua 6 tháng đầu năm', summary: 'Các đơn vị sơ kết phong trào thi đua yêu nước 6 tháng đầu năm 2024.',
  contentHtml: '<p>Nội dung tin.</p>', category: 'movement', ...over,
});

describe.each(ENGINES)('news on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  let dakha: Session;
  let syte: Session;

  beforeAll(async () => {
    t = await createTestApp(engine);
    [board, dakha, syte] = await Promise.all([t.login('bantdkt'), t.login('dakha'), t.login('syte')]);
  });
  afterAll(async () => { await t?.close(); });

  it('the demo publishes the seed\'s article verbatim, with its posted date, source and the directive', async () => {
    const { items } = (await board.get('/api/v1/news?status=published')).json<{ items: News[] }>();
    const post = items.find((n) => n.title === 'Phát động Phong trào thi đua yêu nước năm 2024')!;
    expect(post).toMatchObject({ publishAt: '2024-02-08T09:04:00.000Z', source: 'Cổng TTĐT tỉnh' });
    const full = (await board.get(`/api/v1/news/${post.id}`)).json<News>();
    expect(full.contentHtml).toContain('Tại Chỉ thị số 08/CT-UBND ngày 06/02/2024, Chủ tịch UBND tỉnh phát động Phong trào thi đua yêu nước năm 2024');
    expect(full.contentHtml).toContain('(14) Phấn đấu có 1,7 triệu lượt khách du lịch đến tỉnh.');
    expect(full.contentHtml).toContain(`<a href="/van-ban/${full.documentId}">Chỉ tiết văn bản, xem tại đây!</a>`);
    const doc = await t.database.db.selectFrom('movement_documents').select('number').where('id', '=', full.documentId!).executeTakeFirstOrThrow();
    expect(doc.number).toBe('08/CT-UBND');
  });

  it('a unit\'s news is published after review; scheduled posts wait; XSS is neutralized', async () => {
    const created = await dakha.send('POST', '/api/v1/news', body({ contentHtml: '<p>Tin <img src=x onerror=alert(1)> huyện</p><script>x()</script>' }));
    expect(created.status).toBe(201);
    const n = created.json<News>();
    expect(n.contentHtml).toBe('<p>Tin <img src="x" /> huyện</p>');
    expect((await dakha.send('POST', `/api/v1/news/${n.id}/publish`)).status).toBe(403);
    await dakha.send('POST', `/api/v1/news/${n.id}/submit`);
    expect((await board.send('POST', `/api/v1/news/${n.id}/return`, { note: 'Bổ sung ảnh' })).json<News>().status).toBe('returned');
    await dakha.send('POST', `/api/v1/news/${n.id}/submit`);
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const scheduled = (await board.send('POST', `/api/v1/news/${n.id}/publish`, { publishAt: future })).json<News>();
    expect(scheduled).toMatchObject({ status: 'published', publishAt: future });
    // Not on the portal before its time.
    expect((await t.anonymous.get(`/tin-tuc/${n.slug}`)).status).toBe(404);
    const badTime = await board.send('POST', `/api/v1/news/${n.id}/publish`, { publishAt: 'ngày mai' });
    expect(badTime.status).toBe(400);
  });

  it('another unit cannot edit, and a cover image is re-encoded', async () => {
    const n = (await dakha.send('POST', '/api/v1/news', body({ title: 'Tin riêng của huyện Đắk Hà' }))).json<News>();
    expect((await syte.send('PATCH', `/api/v1/news/${n.id}`, { title: 'Sửa tin đơn vị khác' })).status).toBe(404);
    expect((await syte.send('POST', `/api/v1/news/${n.id}/submit`)).status).toBe(403);
    const png = await sharp({ create: { width: 2000, height: 1000, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 0.5 } } }).png().toBuffer();
    const res = await dakha.upload(`/api/v1/news/${n.id}/cover`, 'anh-bia.png', png);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const cover = await dakha.get(res.json<News>().cover!.url);
    expect(cover.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(cover.raw).metadata()).width).toBe(1280);
    expect((await dakha.upload(`/api/v1/news/${n.id}/cover`, 'anh.png', Buffer.from('GIF89a'))).status).toBe(400);
    expect((await t.anonymous.get('/api/v1/news')).status).toBe(401);
  });
});

import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

describe.each(ENGINES)('public portal on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  let skhdt: Session;
  const page = async (url: string, cookie?: string) => {
    const res = await t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
    return { status: res.statusCode, text: res.body, headers: res.headers };
  };

  beforeAll(async () => {
    t = await createTestApp(engine);
    [board, skhdt] = await Promise.all([t.login('bantdkt'), t.login('skhdt')]);
  });
  afterAll(async () => { await t?.close(); });

  it('home: the date as the e-portal writes it, the current movement, its theme, targets and latest news, under 100 KB', async () => {
    const res = await page('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.text).toMatch(/(Thứ [2-7]|Chủ nhật), Ngày \d{2}\/\d{2}\/\d{4}/);
    expect(res.text).toContain('Phong trào thi đua yêu nước năm 2024');
    expect(res.text).toContain('Chủ đề: “Đoàn kết - Trách nhiệm - Chủ động vượt khó');
    expect(res.text).toContain('14 chỉ tiêu');
    expect(res.text).toContain('href="/tin-tuc/phat-dong-phong-trao-thi-dua-yeu-nuoc-nam-2024"');
    expect(res.text).toContain('Bác sĩ A Thút');
    expect(res.text).toContain('<main id="noi-dung"');
    expect(res.text).toContain('<nav class="sections" aria-label="Chuyên mục">');
    expect(res.text).toContain('<meta property="og:title" content="Phong trào thi đua yêu nước năm 2024">');
    expect(res.text).not.toContain('<script');
    expect(Buffer.byteLength(res.text)).toBeLessThan(100 * 1024);
  });

  it('the seed\'s post: verbatim, "Ngày đăng: 08/02/2024 16:04", the source, the directive link that opens the document', async () => {
    const res = await page('/tin-tuc/phat-dong-phong-trao-thi-dua-yeu-nuoc-nam-2024');
    expect(res.status).toBe(200);
    expect(res.text).toContain('Ngày đăng: 08/02/2024 16:04');
    expect(res.text).toContain('Cỡ chữ:');
    expect(res.text).toContain('<p class="source" data-testid="news-source">Cổng TTĐT tỉnh</p>');
    expect(res.text).toContain('(1) Tốc độ tăng trưởng GRDP của tỉnh đạt từ 10% trở lên');
    expect(res.text).toContain('<meta property="og:type" content="article">');
    const link = /<a href="(\/van-ban\/[^"]+)">Chỉ tiết văn bản, xem tại đây!<\/a>/.exec(res.text);
    expect(link).not.toBeNull();
    const doc = await page(link![1]!);
    expect(doc.status).toBe(200);
    expect(doc.text).toContain('Chỉ thị số 08/CT-UBND ngày 06/02/2024');
    expect(doc.text).toContain('Ủy ban nhân dân tỉnh Kon Tum');
  });

  it('movement page: directive, theme, contents, "Chi tiết văn bản, xem tại đây!"; targets page; news list and Atom feed', async () => {
    const m = await page('/phong-trao/PTTD-2024');
    expect(m.status).toBe(200);
    expect(m.text).toContain('Chi tiết văn bản, xem tại đây!');
    expect(m.text).toContain('Tăng cường công tác quản lý Nhà nước về thi đua, khen thưởng');
    expect(m.text).toContain('Nghị quyết số 23-NQ/TU ngày 05/12/2023');
    const targets = await page('/chi-tieu-thi-dua/2024');
    expect(targets.text).toContain('CT03. ');
    expect(targets.text).toContain('Số liệu mới nhất: 9,1% (quý III/2024)');
    expect(targets.text).toContain('href="/chi-tieu/2024"');
    expect((targets.text.match(/data-testid="target-CT\d+"/g) ?? []).length).toBe(14);
    const list = await page('/tin-tuc');
    expect(list.text).toContain('Phát động Phong trào thi đua yêu nước năm 2024');
    const feed = await page('/tin-tuc.atom');
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    expect(feed.text).toContain('<title>Phát động Phong trào thi đua yêu nước năm 2024</title>');
    expect(feed.text).toContain('<published>2024-02-08T09:04:00.000Z</published>');
  });

  it('registry lookup: without diacritics, only what decisions publish', async () => {
    const res = await page('/tra-cuu-khen-thuong?ten=dang+van+duc');
    expect(res.text).toContain('Đặng Văn Đức');
    expect(res.text).toContain('Bằng khen cấp bộ, ban, ngành, tỉnh');
    expect(res.text).toContain('Quyết định số 163/QĐ-UBND ngày 25/01/2024');
    expect(res.text).not.toContain('1975'); // his birth year
    expect(res.text).not.toContain('Giám đốc Sở'); // his position
    const none = await page('/tra-cuu-khen-thuong?ten=khong+ai+ca');
    expect(none.text).toContain('Không tìm thấy kết quả phù hợp.');
    const oneLetter = await page('/tra-cuu-khen-thuong?ten=a');
    expect(oneLetter.text).not.toContain('registry-results');
  });

  it('text size: links set a cookie and come back; never redirects to another site', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/co-chu/lon?ve=%2Ftin-tuc%3Ftrang%3D1' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/tin-tuc?trang=1');
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    expect(cookie).toBe('co_chu=lon');
    const after = await page('/tin-tuc', cookie);
    expect(after.text).toContain('<html lang="vi" class="size-lon">');
    expect(after.text).toContain('aria-current="true" data-size="lon"');
    for (const ve of ['//evil.example', 'https://evil.example', '/\\evil.example']) {
      const r = await t.app.inject({ method: 'GET', url: `/co-chu/rat-lon?ve=${encodeURIComponent(ve)}` });
      expect(r.headers.location).toBe('/');
    }
    const bad = await t.app.inject({ method: 'GET', url: '/co-chu/khong-co' });
    expect(bad.headers['set-cookie']).toBeUndefined();
  });

  it('models: list with filters, page with related items; escaped titles; files public only once published', async () => {
    const created = (await skhdt.send('POST', '/api/v1/practices', {
      kind: 'model', title: '<script>alert("tiêu đề")</script> Mô hình mới', summary: 'Tóm tắt mô hình "nhà nông" <b>mới</b>.',
      contentHtml: '<p>Nội dung <a href="javascript:alert(1)">x</a></p>', field: 'health', tags: ['Y tế cơ sở'],
    })).json<{ id: string; slug: string }>();
    const img = await sharp({ create: { width: 50, height: 50, channels: 3, background: '#0a0' } }).jpeg().toBuffer();
    const fileId = (await skhdt.upload(`/api/v1/practices/${created.id}/images`, 'anh.jpg', img)).json<{ fileId: string }>().fileId;
    expect((await page(`/dien-hinh/${created.slug}`)).status).toBe(404);
    expect((await page(`/tep/${fileId}`)).status).toBe(404);
    await skhdt.send('POST', `/api/v1/practices/${created.id}/submit`);
    await board.send('POST', `/api/v1/practices/${created.id}/publish`);
    const p = await page(`/dien-hinh/${created.slug}`);
    expect(p.status).toBe(200);
    expect(p.text).not.toContain('<script>alert');
    expect(p.text).toContain('&lt;script&gt;alert(&quot;tiêu đề&quot;)&lt;/script&gt; Mô hình mới');
    expect(p.text).not.toContain('javascript:');
    expect(p.text).toContain('Bác sĩ A Thút'); // related: same field and tag
    expect(p.text).toContain(`<meta property="og:image" content="http://localhost:80/tep/${fileId}">`);
    const file = await page(`/tep/${fileId}`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('image/jpeg');
    const list = await page('/dien-hinh?q=bac+si&loai=exemplary_person');
    expect(list.text).toContain('1 kết quả');
    expect((await page('/dien-hinh?linh-vuc=agriculture')).text).toContain('hiến đất');
    expect((await page('/dien-hinh/khong-co')).status).toBe(404);
  });
});

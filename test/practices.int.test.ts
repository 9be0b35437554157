import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

interface Practice { id: string; slug: string; title: string; status: string; contentHtml: string; tags: string[]; reviewNote: string | null; featured: boolean; files: Array<{ id: string; name: string; kind: string; url: string }>; related: Array<{ id: string }>; awards: Array<{ id: string }>; canEdit: boolean }

const body = (over: Record<string, unknown> = {}) => ({
  kind: 'model', title: 'Mô hình một cửa liên thông điện tử', summary: 'Rút ngắn thời gian giải quyết thủ tục đăng ký doanh nghiệp.',
  contentHtml: '<p>Nội dung <strong>mô hình</strong>.</p>', field: 'administration', location: 'Thành phố Kon Tum', tags: ['Chuyển đổi số', 'Cải cách hành chính'], ...over,
});

describe.each(ENGINES)('exemplary models and good practices on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  let skhdt: Session;
  let syte: Session;
  let viewer: Session;
  const create = async (s: Session, over: Record<string, unknown> = {}) => {
    const res = await s.send('POST', '/api/v1/practices', body(over));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.json<Practice>();
  };
  const auditCount = async () => Number((await t.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await createTestApp(engine);
    [board, skhdt, syte, viewer] = await Promise.all([t.login('bantdkt'), t.login('skhdt'), t.login('syte'), t.login('lanhdao')]);
  });
  afterAll(async () => { await t?.close(); });

  it('a unit submits, the board returns with reasons, the unit fixes and resubmits, the board publishes and features', async () => {
    const p = await create(skhdt);
    expect(p.status).toBe('draft');
    expect((await skhdt.send('POST', `/api/v1/practices/${p.id}/publish`)).status).toBe(403);
    expect((await skhdt.send('POST', `/api/v1/practices/${p.id}/submit`)).json<Practice>().status).toBe('submitted');
    // Submitted: the unit can no longer change it.
    expect((await skhdt.send('PATCH', `/api/v1/practices/${p.id}`, { title: 'Tiêu đề đổi sau khi gửi' })).status).toBe(409);
    const noReason = await board.send('POST', `/api/v1/practices/${p.id}/return`, {});
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body)).toContain('lý do');
    const returned = (await board.send('POST', `/api/v1/practices/${p.id}/return`, { note: 'Bổ sung số liệu kết quả' })).json<Practice>();
    expect(returned).toMatchObject({ status: 'returned', reviewNote: 'Bổ sung số liệu kết quả' });
    expect((await skhdt.send('PATCH', `/api/v1/practices/${p.id}`, { summary: 'Rút ngắn còn 1 ngày làm việc cho đăng ký doanh nghiệp.' })).status).toBe(200);
    await skhdt.send('POST', `/api/v1/practices/${p.id}/submit`);
    expect((await board.send('POST', `/api/v1/practices/${p.id}/publish`)).json<Practice>().status).toBe('published');
    expect((await board.send('POST', `/api/v1/practices/${p.id}/feature`, { featured: true })).json<Practice>().featured).toBe(true);
    const actions = await t.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', p.id).orderBy('seq').execute();
    expect(actions.map((a) => a.action)).toEqual(['practice.create', 'practice.submit', 'practice.return', 'practice.update', 'practice.submit', 'practice.publish', 'practice.feature']);
  });

  it('neutralizes stored XSS in the content', async () => {
    const p = await create(skhdt, { contentHtml: '<p onclick="alert(1)">Kết quả</p><script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">xem</a><iframe src="//evil"></iframe>' });
    const stored = await t.database.db.selectFrom('practices').select('content_html').where('id', '=', p.id).executeTakeFirstOrThrow();
    for (const html of [p.contentHtml, stored.content_html]) {
      expect(html).not.toMatch(/script|onerror|onclick|javascript:|iframe/i);
      expect(html).toContain('Kết quả');
    }
    // Content that is nothing but a script is empty once cleaned: refused, nothing stored.
    const res = await skhdt.send('POST', '/api/v1/practices', body({ contentHtml: '<script>alert(1)</script>' }));
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('contentHtml');
  });

  it('a unit cannot read another unit\'s draft nor edit its items; nothing is written', async () => {
    const p = await create(skhdt, { title: 'Mô hình riêng của Sở Kế hoạch' });
    expect((await syte.get(`/api/v1/practices/${p.id}`)).status).toBe(404);
    const before = await auditCount();
    expect((await syte.send('PATCH', `/api/v1/practices/${p.id}`, { title: 'Sửa trộm của đơn vị khác' })).status).toBe(404);
    expect((await syte.send('POST', `/api/v1/practices/${p.id}/submit`)).status).toBe(403);
    expect((await syte.upload(`/api/v1/practices/${p.id}/attachments`, 'a.pdf', Buffer.from('%PDF-1.4 x'))).status).toBe(404);
    expect((await syte.send('POST', '/api/v1/practices', body({ unitId: (await skhdt.get('/api/v1/auth/me')).json<{ user: { unit: { id: string } } }>().user.unit.id }))).status).toBe(403);
    expect((await viewer.send('POST', '/api/v1/practices', body())).status).toBe(403);
    expect((await t.anonymous.get('/api/v1/practices')).status).toBe(401);
    expect(await auditCount()).toBe(before);
    const row = await t.database.db.selectFrom('practices').select('title').where('id', '=', p.id).executeTakeFirstOrThrow();
    expect(row.title).toBe('Mô hình riêng của Sở Kế hoạch');
    // Published items are everyone's to read.
    await skhdt.send('POST', `/api/v1/practices/${p.id}/submit`);
    await board.send('POST', `/api/v1/practices/${p.id}/publish`);
    const seen = await syte.get(`/api/v1/practices/${p.id}`);
    expect(seen.status).toBe(200);
    expect(seen.json<Practice>().canEdit).toBe(false);
  });

  it('resizes images and strips their EXIF; refuses wrong types and oversized files; neutralizes path traversal', async () => {
    const p = await create(skhdt, { title: 'Điển hình có ảnh', kind: 'exemplary_person' });
    const photo = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#c00' } })
      .withExif({ IFD0: { Copyright: 'GPS 14.35 108.0', Artist: 'may anh' } }).jpeg().toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const up = await skhdt.upload(`/api/v1/practices/${p.id}/images`, '../../../etc/anh chan dung.jpg', photo);
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    const { fileId, name } = up.json<{ fileId: string; name: string }>();
    expect(name).toBe('anh chan dung.jpg');
    const served = await skhdt.get(`/api/v1/practices/${p.id}/files/${fileId}`);
    expect(served.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(served.raw).metadata();
    expect(meta.width).toBe(1280);
    expect(meta.exif).toBeUndefined();

    const pdfAsJpg = await skhdt.upload(`/api/v1/practices/${p.id}/images`, 'anh.jpg', Buffer.from('%PDF-1.4 not an image'));
    expect(pdfAsJpg.status).toBe(400);
    expect(JSON.stringify(pdfAsJpg.body)).toContain('file');
    expect((await skhdt.upload(`/api/v1/practices/${p.id}/attachments`, 'virus.exe', Buffer.from('MZ\x90\x00'))).status).toBe(400);
    expect((await skhdt.upload(`/api/v1/practices/${p.id}/attachments`, 'bao-cao.pdf', Buffer.from('<html><script>alert(1)</script>'))).status).toBe(400);
    const big = Buffer.alloc(21 * 1024 * 1024, 0x25);
    expect((await skhdt.upload(`/api/v1/practices/${p.id}/attachments`, 'lon.pdf', big)).status).toBe(413);
    const bigImage = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(11 * 1024 * 1024)]);
    expect((await skhdt.upload(`/api/v1/practices/${p.id}/images`, 'lon.jpg', bigImage)).status).toBe(400);

    const doc = await skhdt.upload(`/api/v1/practices/${p.id}/attachments`, '..\\..\\windows\\bao "cao".pdf', Buffer.from('%PDF-1.4 ok'));
    expect(doc.status).toBe(201);
    expect(doc.json<{ name: string }>().name).toBe('bao _cao_.pdf');
    const files = (await skhdt.get(`/api/v1/practices/${p.id}`)).json<Practice>().files;
    expect(files.map((f) => f.kind)).toEqual(['image', 'attachment']);
    // Another unit cannot fetch the draft's files.
    expect((await syte.get(`/api/v1/practices/${p.id}/files/${fileId}`)).status).toBe(403);
  });

  it('searches without diacritics, filters, and relates items by tag and field', async () => {
    const a = await create(skhdt, { title: 'Cách làm hay về thu hút đầu tư', kind: 'good_practice', field: 'economy', tags: ['Đầu tư', 'Doanh nghiệp'] });
    const b = await create(syte, { title: 'Khám chữa bệnh qua video cho xã biên giới', kind: 'model', field: 'health', tags: ['Doanh nghiệp', 'Y tế từ xa'] });
    const c = await create(syte, { title: 'Trạm y tế xã đạt chuẩn', kind: 'model', field: 'health', tags: ['Y tế từ xa'] });
    for (const [s, p] of [[skhdt, a], [syte, b], [syte, c]] as const) {
      await s.send('POST', `/api/v1/practices/${p.id}/submit`);
      await board.send('POST', `/api/v1/practices/${p.id}/publish`);
    }
    const search = async (q: string) => (await viewer.get(`/api/v1/practices?${q}`)).json<{ items: Practice[]; total: number }>();
    expect((await search('q=kham chua benh qua video')).items.map((i) => i.id)).toEqual([b.id]);
    expect((await search('q=XA BIEN GIOI')).items.map((i) => i.id)).toEqual([b.id]);
    expect((await search('q=dau tu&kind=good_practice')).items.map((i) => i.id)).toEqual([a.id]);
    const health = (await search('field=health&status=published')).items;
    expect(health.map((i) => i.id)).toEqual(expect.arrayContaining([b.id, c.id]));
    expect(health.every((i) => (i as unknown as { field: string }).field === 'health')).toBe(true);
    expect((await search(`tag=${encodeURIComponent('Y tế từ xa')}`)).total).toBe(2);
    const related = (await viewer.get(`/api/v1/practices/${b.id}`)).json<Practice>().related.map((r) => r.id);
    expect(related).toContain(c.id); // same field and tag
    expect(related).toContain(a.id); // a shared tag
    expect(related).not.toContain(b.id);
  });

  it('links awards of the registry and refuses unknown ones', async () => {
    const award = await t.database.db.selectFrom('awards').select('id').limit(1).executeTakeFirstOrThrow();
    const p = await create(board, { kind: 'exemplary_person', title: 'Gương điển hình Đặng Văn Đức', awardIds: [award.id], tags: [] });
    expect(p.tags).toEqual([]);
    expect(p.awards.map((a) => a.id)).toEqual([award.id]);
    const bad = await board.send('POST', '/api/v1/practices', body({ awardIds: ['khong-co'] }));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('awardIds.0');
  });
});

/** The disclosure lists on the public portal: server-rendered pages and the no-script feedback form. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

describe.each(ENGINES)('portal disclosures on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  let id: string;
  const page = async (url: string) => {
    const res = await t.app.inject({ method: 'GET', url });
    return { status: res.statusCode, text: res.body };
  };
  /** A citizen's form post, from an address of the test's choosing (the throttle counts per sender). */
  const post = async (form: Record<string, string>, from = '203.0.113.1', url = `/cong-khai/${id}/gop-y`) => {
    const res = await t.app.inject({ method: 'POST', url, remoteAddress: from, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(form).toString() });
    return { status: res.statusCode, text: res.body, location: res.headers.location };
  };
  const stored = async () => (await board.get(`/api/v1/disclosures/${id}/feedback`)).json<{ items: Array<{ name: string; contact: string; content: string }> }>().items;

  beforeAll(async () => {
    t = await createTestApp(engine);
    board = await t.login('bantdkt');
    const items = (await t.anonymous.get('/api/v1/public/disclosures')).json<{ items: Array<{ id: string; open: boolean; title: string }> }>().items;
    id = items.find((d) => d.open && d.title.includes('Sở Kế hoạch và Đầu tư'))!.id;
  });
  afterAll(async () => { await t?.close(); });

  it('lists the open disclosure with its unit, dates dd/mm/yyyy and working days, in the portal menu', async () => {
    const res = await page('/cong-khai');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<a href="/cong-khai" aria-current="page">Công khai khen thưởng</a>');
    const open = /data-testid="disclosures-open">([\s\S]*?)<\/ul>/.exec(res.text)![1]!;
    expect(open).toContain(`href="/cong-khai/${id}"`);
    expect(open).toContain('Đơn vị đề nghị: Sở Kế hoạch và Đầu tư');
    expect(open).toMatch(/Từ ngày \d{2}\/\d{2}\/\d{4} đến hết ngày \d{2}\/\d{2}\/\d{4} \(10 ngày làm việc\)/);
    expect(res.text).not.toContain('<script');
  });

  it('the disclosure page: nominees with position, unit and award, never birth dates; a plain POST form', async () => {
    const res = await page(`/cong-khai/${id}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain('<strong>Đặng Văn Đức</strong>');
    expect(res.text).toContain('<strong>Lê Minh Tuấn</strong>');
    expect(res.text).toContain('Hình thức đề nghị: Bằng khen cấp bộ, ban, ngành, tỉnh');
    expect(res.text).not.toContain('1975'); // Đặng Văn Đức's birth year
    expect(res.text).toContain(`<form class="feedback" method="post" action="/cong-khai/${id}/gop-y"`);
    expect((await page('/cong-khai/khong-co')).status).toBe(404);
  });

  it('stores a feedback and confirms it on a page of its own (post/redirect/get)', async () => {
    const sent = await post({ name: 'Nguyễn Thị Hoa', contact: '0905 111 222', content: 'Tôi biết ông Đức, đồng ý với danh sách đề nghị.' });
    expect(sent.status).toBe(303);
    expect(sent.location).toBe(`/cong-khai/${id}/da-gui`);
    const confirm = await page(sent.location!);
    expect(confirm.status).toBe(200);
    expect(confirm.text).toContain('Đã gửi ý kiến');
    expect((await stored()).some((f) => f.name === 'Nguyễn Thị Hoa' && f.contact === '0905 111 222')).toBe(true);
  });

  it('keeps a script as typed but shows it escaped, on the form and to the board', async () => {
    const attack = '<script>alert("x")</script>';
    const bad = await post({ name: `"><img src=x onerror=alert(1)>`, contact: '', content: attack }, '203.0.113.2');
    expect(bad.status).toBe(400);
    expect(bad.text).not.toContain('<img src=x');
    expect(bad.text).not.toContain('<script>');
    expect(bad.text).toContain('value="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(bad.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</textarea>');
    const ok = await post({ name: 'Người thử', contact: 'thu@example.vn', content: `${attack} nội dung góp ý` }, '203.0.113.2');
    expect(ok.status).toBe(303);
    expect((await stored()).some((f) => f.content === `${attack} nội dung góp ý`)).toBe(true);
  });

  it('names each missing field in Vietnamese and keeps what was typed; nothing stored', async () => {
    const before = (await stored()).length;
    const res = await post({ name: 'Trần Bình', content: 'ngắn' }, '203.0.113.3');
    expect(res.status).toBe(400);
    expect(res.text).toContain('data-testid="feedback-errors"');
    expect(res.text).toContain('Điện thoại, thư điện tử hoặc địa chỉ</a>: Nhập số điện thoại');
    expect(res.text).toContain('Nội dung góp ý</a>: Nội dung góp ý quá ngắn (ít nhất 10 ký tự)');
    expect(res.text).not.toContain('Họ và tên</a>:');
    expect(res.text).toContain('value="Trần Bình"');
    expect(res.text).toContain('aria-invalid="true" aria-describedby="loi-contact"');
    const long = await post({ name: 'Trần Bình', contact: '0905 000 000', content: 'x'.repeat(4001) }, '203.0.113.3');
    expect(long.status).toBe(400);
    expect(long.text).toContain('Dài quá 4.000 ký tự');
    expect((await stored()).length).toBe(before);
  });

  it('answers the sixth feedback in an hour from one sender with a Vietnamese page (429), shared with the JSON endpoint', async () => {
    const from = '203.0.113.9';
    for (let i = 0; i < 4; i++) expect((await post({ name: 'Người gửi', contact: '0905 000 000', content: `Ý kiến thứ ${i + 1} về danh sách` }, from)).status).toBe(303);
    const json = await t.app.inject({ method: 'POST', url: `/api/v1/public/disclosures/${id}/feedback`, remoteAddress: from, payload: { name: 'Người gửi', contact: '0905 000 000', content: 'Ý kiến thứ năm về danh sách' } });
    expect(json.statusCode).toBe(201);
    const res = await post({ name: 'Người gửi', contact: '0905 000 000', content: 'Ý kiến thứ sáu về danh sách' }, from);
    expect(res.status).toBe(429);
    expect(res.text).toContain('Bạn đã gửi nhiều ý kiến trong thời gian ngắn; hãy thử lại sau 60 phút');
    expect((await stored()).filter((f) => f.content.includes('thứ sáu'))).toHaveLength(0);
  });

  it('the JSON API still refuses form posts (no cross-site form posts there)', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/public/disclosures/${id}/feedback`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'name=A&contact=B&content=C' });
    expect(res.statusCode).toBe(415);
  });
});

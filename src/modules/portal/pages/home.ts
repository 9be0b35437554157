import type { MovementRow } from '../../../db/schema.js';
import { formatDate } from '../../../lib/format.js';
import { html, type Html } from '../html.js';
import type { PageContent } from '../layout.js';
import { newsList, practiceCards, STATUS_LABELS, type NewsItem, type PracticeItem } from './common.js';

export interface TargetCount { status: string; count: number }

export function homePage(d: {
  movement: MovementRow | undefined; targets: TargetCount[]; targetTotal: number; news: readonly NewsItem[]; practices: readonly PracticeItem[];
  categoryLabel: (c: string) => string; kindLabel: (k: string) => string; siteName: string;
}): PageContent {
  const m = d.movement;
  const movement: Html = m
    ? html`<section aria-labelledby="pt"><h1 id="pt" data-testid="home-movement">${m.title}</h1>
<p class="lead">Chủ đề: “${m.theme}”</p>
<p class="meta">Phát động tại Chỉ thị số ${m.directive_number} ngày ${formatDate(m.directive_date)} · ${m.directive_signer}</p>
<p><a href="/phong-trao/${m.code}">Nội dung phong trào và văn bản</a></p>
<h2>Chỉ tiêu thi đua chủ yếu năm ${m.year}</h2>
<p>${d.targetTotal} chỉ tiêu, theo số liệu đã được duyệt:</p>
<ul class="counts plain" data-testid="home-targets">${d.targets.map((t) => html`<li class="badge st-${t.status}">${STATUS_LABELS[t.status] ?? t.status}: ${t.count}</li>`)}</ul>
<p><a href="/chi-tieu-thi-dua/${m.year}">Xem từng chỉ tiêu</a></p></section>`
    : html`<h1>${d.siteName}</h1><p>Chưa có phong trào thi đua nào được phát động.</p>`;
  return {
    title: m ? m.title : 'Trang chủ',
    description: m ? `Chủ đề: ${m.theme}` : 'Cổng thông tin thi đua, khen thưởng',
    section: '/',
    body: html`${movement}
<section aria-labelledby="tt"><h2 id="tt">Tin tức mới</h2>${newsList(d.news, d.categoryLabel)}<p><a href="/tin-tuc">Tất cả tin tức</a></p></section>
<section aria-labelledby="dh"><h2 id="dh">Điển hình tiên tiến, mô hình hay</h2>${practiceCards(d.practices, d.kindLabel)}<p><a href="/dien-hinh">Xem thêm</a></p></section>
<section aria-labelledby="tc"><h2 id="tc">Tra cứu khen thưởng</h2>
<form class="search" action="/tra-cuu-khen-thuong" method="get" role="search"><label>Họ tên, tập thể hoặc số quyết định<input name="ten" type="search" autocomplete="off"></label><button type="submit">Tra cứu</button></form></section>`,
  };
}

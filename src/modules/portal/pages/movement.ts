import type { MovementDocumentTable, MovementRow } from '../../../db/schema.js';
import { formatDate } from '../../../lib/format.js';
import { html } from '../html.js';
import type { PageContent } from '../layout.js';
import { DOCUMENT_KINDS, newsList, practiceCards, type NewsItem, type PracticeItem } from './common.js';

type Doc = Pick<MovementDocumentTable, 'id' | 'kind' | 'number' | 'date' | 'issuer' | 'title' | 'url'>;

export function movementPage(m: MovementRow, d: { documents: readonly Doc[]; news: readonly NewsItem[]; practices: readonly PracticeItem[]; categoryLabel: (c: string) => string; kindLabel: (k: string) => string }): PageContent {
  const directive = d.documents.find((x) => x.number === m.directive_number) ?? d.documents[0];
  const contents = JSON.parse(m.contents_json) as string[];
  return {
    title: m.title, description: `Chủ đề: ${m.theme}`, section: '/phong-trao',
    body: html`<article class="article"><h1>${m.title}</h1>
<p class="meta">Chỉ thị số ${m.directive_number} ngày ${formatDate(m.directive_date)} của ${m.directive_signer}</p>
<p class="lead">Chủ đề: “${m.theme}”</p>
<h2>Nội dung thi đua</h2><ol data-testid="movement-contents">${contents.map((c) => html`<li>${c}</li>`)}</ol>
${directive ? html`<p><a href="/van-ban/${directive.id}" data-testid="directive-link">Chi tiết văn bản, xem tại đây!</a></p>` : ''}
<h2>Văn bản liên quan</h2><ul>${d.documents.map((x) => html`<li><a href="/van-ban/${x.id}">${DOCUMENT_KINDS[x.kind] ?? 'Văn bản'} số ${x.number} ngày ${formatDate(x.date)}</a> — ${x.issuer}: ${x.title}</li>`)}</ul>
<p><a href="/chi-tieu-thi-dua/${m.year}">Chỉ tiêu thi đua chủ yếu năm ${m.year}</a></p></article>
<h2>Tin tức về phong trào</h2>${newsList(d.news, d.categoryLabel)}
<h2>Điển hình, mô hình trong phong trào</h2>${practiceCards(d.practices, d.kindLabel)}`,
  };
}

export function movementsPage(items: ReadonlyArray<{ code: string; title: string; year: number; directive_number: string; directive_date: string }>): PageContent {
  return {
    title: 'Phong trào thi đua', description: 'Các phong trào thi đua đã phát động', section: '/phong-trao',
    body: html`<h1>Phong trào thi đua</h1><ul class="plain">${items.map((m) => html`<li><h3><a href="/phong-trao/${m.code}">${m.title}</a></h3>
<p class="meta">Chỉ thị số ${m.directive_number} ngày ${formatDate(m.directive_date)}</p></li>`)}</ul>`,
  };
}

export function documentPage(doc: Doc & { movement_code: string; movement_title: string }): PageContent {
  const kind = DOCUMENT_KINDS[doc.kind] ?? 'Văn bản';
  const name = `${kind} số ${doc.number} ngày ${formatDate(doc.date)}`;
  return {
    title: name, description: `${doc.issuer}: ${doc.title}`, section: '/phong-trao',
    body: html`<article class="article"><h1 data-testid="document-title">${name}</h1>
<dl><dt>Loại văn bản</dt><dd>${kind}</dd><dt>Số, ký hiệu</dt><dd>${doc.number}</dd><dt>Ngày ban hành</dt><dd>${formatDate(doc.date)}</dd>
<dt>Cơ quan ban hành</dt><dd>${doc.issuer}</dd><dt>Trích yếu</dt><dd>${doc.title}</dd></dl>
${doc.url ? html`<p><a href="${doc.url}" rel="noopener">Toàn văn văn bản</a></p>` : html`<p class="meta">Toàn văn chưa được đăng tải; xin liên hệ cơ quan ban hành.</p>`}
<p>Phong trào: <a href="/phong-trao/${doc.movement_code}">${doc.movement_title}</a></p></article>`,
  };
}

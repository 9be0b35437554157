import type { NewsRow } from '../../../db/schema.js';
import { NEWS_CATEGORIES, NEWS_CATEGORY_LABELS, type NewsCategory } from '../../news/domain/categories.js';
import { postedAt } from '../domain/dates.js';
import { html, trusted, type Html } from '../html.js';
import type { PageContent } from '../layout.js';
import { newsList, pager, type NewsItem } from './common.js';

export const categoryLabel = (c: string): string => NEWS_CATEGORY_LABELS[c as NewsCategory] ?? c;

export function newsListPage(d: { items: readonly NewsItem[]; category?: string; page: number; hasNext: boolean }): PageContent {
  return {
    title: d.category ? `Tin tức: ${categoryLabel(d.category)}` : 'Tin tức', description: 'Tin tức về phong trào thi đua, khen thưởng', section: '/tin-tuc',
    body: html`<h1>Tin tức${d.category ? html`: ${categoryLabel(d.category)}` : ''}</h1>
<nav aria-label="Chuyên mục tin" class="counts">${[html`<a href="/tin-tuc"${d.category ? '' : html` aria-current="page"`}>Tất cả</a>`,
  ...NEWS_CATEGORIES.map((c) => html`<a href="/tin-tuc?chuyen-muc=${c}"${d.category === c ? html` aria-current="page"` : ''}>${categoryLabel(c)}</a>`)]}</nav>
${newsList(d.items, categoryLabel)}${pager('/tin-tuc', { 'chuyen-muc': d.category }, d.page, d.hasNext)}`,
  };
}

export function newsPage(n: NewsRow, d: { sizeControl: Html; movement: { code: string; title: string } | null; coverUrl: string | null }): PageContent {
  // The seed's post carries its own link line; others get the standard one from their document link.
  const docLink = n.document_id && !n.content_html.includes(`/van-ban/${n.document_id}`)
    ? html`<p><a href="/van-ban/${n.document_id}">Chi tiết văn bản, xem tại đây!</a></p>` : '';
  return {
    title: n.title, description: n.summary, ogType: 'article', ogImage: d.coverUrl, section: '/tin-tuc',
    body: html`<article class="article"><h1 data-testid="news-title">${n.title}</h1>
<p class="meta" data-testid="news-posted">Ngày đăng: ${n.publish_at ? postedAt(n.publish_at) : ''}</p>${d.sizeControl}
${d.coverUrl ? html`<figure><img src="${d.coverUrl}" alt="${n.cover_alt ?? n.title}" width="1280" height="720" loading="lazy" style="height:auto"></figure>` : ''}
<div data-testid="news-content">${trusted(n.content_html)}</div>${docLink}
${n.source ? html`<p class="source" data-testid="news-source">${n.source}</p>` : ''}
${d.movement ? html`<p class="meta">Phong trào: <a href="/phong-trao/${d.movement.code}">${d.movement.title}</a></p>` : ''}</article>`,
  };
}

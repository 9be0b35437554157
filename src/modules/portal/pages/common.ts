/** Small pieces shared by the portal's pages. */
import { formatDate } from '../../../lib/format.js';
import { TARGET_STATUS_LABELS } from '../../reports/domain/tally.js';
import { postedAt } from '../domain/dates.js';
import { html, queryString, type Html } from '../html.js';

export const STATUS_LABELS: Record<string, string> = TARGET_STATUS_LABELS;

export const DOCUMENT_KINDS: Record<string, string> = { directive: 'Chỉ thị', resolution: 'Nghị quyết', plan: 'Kế hoạch', decision: 'Quyết định' };

export const statusBadge = (status: string, testId?: string): Html =>
  html`<span class="badge st-${status}"${testId ? html` data-testid="${testId}"` : ''}>${STATUS_LABELS[status] ?? status}</span>`;

export interface NewsItem { slug: string; title: string; summary: string; publish_at: string | null; category: string }

export const newsList = (items: readonly NewsItem[], categoryLabel: (c: string) => string): Html =>
  items.length
    ? html`<ul class="plain" data-testid="news-list">${items.map((n) => html`<li><h3><a href="/tin-tuc/${n.slug}">${n.title}</a></h3>
<p class="meta">${n.publish_at ? html`Ngày đăng: ${postedAt(n.publish_at)} · ` : ''}${categoryLabel(n.category)}</p><p>${n.summary}</p></li>`)}</ul>`
    : html`<p>Chưa có tin bài.</p>`;

export interface PracticeItem { slug: string; title: string; summary: string; kind: string; unit_name: string; featured: number }

export const practiceCards = (items: readonly PracticeItem[], kindLabel: (k: string) => string): Html =>
  items.length
    ? html`<div class="grid">${items.map((p) => html`<article class="card"><p><span class="badge">${kindLabel(p.kind)}</span>${p.featured ? html` <span class="badge st-achieved">Tiêu biểu</span>` : ''}</p>
<h3><a href="/dien-hinh/${p.slug}">${p.title}</a></h3><p class="meta">${p.unit_name}</p><p>${p.summary}</p></article>`)}</div>`
    : html`<p>Chưa có điển hình, mô hình nào.</p>`;

export function pager(base: string, params: Record<string, string | number | undefined>, page: number, hasNext: boolean): Html {
  return html`<nav class="pager" aria-label="Phân trang">${page > 1 ? html`<a href="${base}${queryString({ ...params, trang: page - 1 })}" rel="prev">← Trang trước</a>` : ''}
${hasNext ? html`<a href="${base}${queryString({ ...params, trang: page + 1 })}" rel="next">Trang sau →</a>` : ''}</nav>`;
}

export const dateVi = (iso: string | null): string => (iso ? formatDate(iso) : '');

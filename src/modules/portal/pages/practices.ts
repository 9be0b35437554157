import { PRACTICE_FIELD_LABELS, PRACTICE_FIELDS, PRACTICE_KIND_LABELS, PRACTICE_KINDS, type PracticeField, type PracticeKind } from '../../practices/domain/catalog.js';
import type { getPublishedPractice } from '../../practices/service.js';
import { CATALOGUE } from '../../awards/domain/catalogue.js';
import type { AwardCode } from '../../awards/domain/types.js';
import { html, trusted } from '../html.js';
import type { PageContent } from '../layout.js';
import { dateVi, pager, practiceCards, type PracticeItem } from './common.js';

export const kindLabel = (k: string): string => PRACTICE_KIND_LABELS[k as PracticeKind] ?? k;
const fieldLabel = (f: string): string => PRACTICE_FIELD_LABELS[f as PracticeField] ?? f;

export interface PracticeFilters { q?: string; loai?: string; 'linh-vuc'?: string; the?: string }

export function practicesPage(d: { items: readonly PracticeItem[]; total: number; filters: PracticeFilters; page: number; hasNext: boolean }): PageContent {
  const f = d.filters;
  const option = (value: string, label: string, current?: string) => html`<option value="${value}"${current === value ? html` selected` : ''}>${label}</option>`;
  return {
    title: 'Điển hình tiên tiến, mô hình hay, cách làm hay', description: 'Thư viện điển hình tiên tiến, mô hình hay, cách làm hay', section: '/dien-hinh',
    body: html`<h1>Điển hình tiên tiến, mô hình hay, cách làm hay</h1>
<form class="search" action="/dien-hinh" method="get" role="search">
<label>Từ khóa<input name="q" type="search" value="${f.q ?? ''}"></label>
<label>Loại<select name="loai">${option('', 'Tất cả')}${PRACTICE_KINDS.map((k) => option(k, kindLabel(k), f.loai))}</select></label>
<label>Lĩnh vực<select name="linh-vuc">${option('', 'Tất cả')}${PRACTICE_FIELDS.map((k) => option(k, fieldLabel(k), f['linh-vuc']))}</select></label>
${f.the ? html`<input type="hidden" name="the" value="${f.the}">` : ''}<button type="submit">Tìm</button></form>
${f.the ? html`<p>Thẻ: <strong>${f.the}</strong> · <a href="/dien-hinh">bỏ lọc</a></p>` : ''}
<p class="meta" data-testid="practice-total">${d.total} kết quả</p>${practiceCards(d.items, kindLabel)}
${pager('/dien-hinh', { q: f.q, loai: f.loai, 'linh-vuc': f['linh-vuc'], the: f.the }, d.page, d.hasNext)}`,
  };
}

type Details = NonNullable<Awaited<ReturnType<typeof getPublishedPractice>>>;

export function practicePage(d: Details, publicFile: (id: string) => string): PageContent {
  const p = d.practice;
  const images = d.files.filter((f) => f.kind === 'image');
  const attachments = d.files.filter((f) => f.kind === 'attachment');
  const liveAwards = d.awards.filter((a) => !a.revoked);
  return {
    title: p.title, description: p.summary, ogType: 'article', ogImage: images[0] ? publicFile(images[0].file_id) : null, section: '/dien-hinh',
    body: html`<article class="article"><p><span class="badge">${kindLabel(p.kind)}</span></p><h1 data-testid="practice-title">${p.title}</h1>
<p class="meta">${p.unit_name} · ${fieldLabel(p.field)}${p.location ? html` · ${p.location}` : ''}${p.published_at ? html` · Ngày đăng: ${dateVi(p.published_at)}` : ''}</p>
<p class="lead">${p.summary}</p>
${images.map((i) => html`<figure><img src="${publicFile(i.file_id)}" alt="${i.caption ?? p.title}" loading="lazy" width="1280" style="height:auto">${i.caption ? html`<figcaption>${i.caption}</figcaption>` : ''}</figure>`)}
<div data-testid="practice-content">${trusted(p.content_html)}</div>
${liveAwards.length ? html`<h2>Khen thưởng</h2><ul>${liveAwards.map((a) => html`<li>${a.subject_name}: ${CATALOGUE[a.award_type as AwardCode]?.name ?? a.award_type} năm ${a.year} (Quyết định số ${a.decision_number}${a.decision_date ? html` ngày ${dateVi(a.decision_date)}` : ''})</li>`)}</ul>` : ''}
${attachments.length ? html`<h2>Tài liệu</h2><ul>${attachments.map((a) => html`<li><a href="${publicFile(a.file_id)}">${a.name}</a></li>`)}</ul>` : ''}
${d.tags.length ? html`<p>Thẻ: ${d.tags.map((t, i) => html`${i ? ', ' : ''}<a href="/dien-hinh?the=${encodeURIComponent(t)}">${t}</a>`)}</p>` : ''}</article>
${d.related.length ? html`<h2>Điển hình, mô hình liên quan</h2>${practiceCards(d.related, kindLabel)}` : ''}`,
  };
}

import { CATALOGUE } from '../../awards/domain/catalogue.js';
import type { AwardCode } from '../../awards/domain/types.js';
import { html, queryString } from '../html.js';
import type { PageContent } from '../layout.js';
import { dateVi } from './common.js';

/** Only what a published decision says: name, unit, award, year, decision. Never birth dates or other personal data. */
export interface PublicAward { subject_name: string; subject_kind: string; unit_name: string; award_type: string; year: number; decision_number: string; decision_date: string | null; decision_issuer: string }

export function registryPage(d: { q: string; year?: number; items: readonly PublicAward[]; next: string | null; searched: boolean }): PageContent {
  return {
    title: 'Tra cứu khen thưởng', description: 'Tra cứu cá nhân, tập thể được khen thưởng (sổ vàng)', section: '/tra-cuu-khen-thuong',
    body: html`<h1>Tra cứu khen thưởng</h1>
<form class="search" action="/tra-cuu-khen-thuong" method="get" role="search">
<label>Họ tên, tập thể hoặc số quyết định<input name="ten" type="search" value="${d.q}" autocomplete="off" data-testid="registry-q"></label>
<label>Năm<input name="nam" type="number" inputmode="numeric" min="1945" max="2100" value="${d.year ?? ''}" style="width:7rem"></label>
<button type="submit" data-testid="registry-submit">Tra cứu</button></form>
<p class="meta">Gõ có dấu hoặc không dấu đều được, ví dụ “dang van duc”. Chỉ công bố những gì quyết định khen thưởng đã công bố.</p>
${d.searched ? (d.items.length ? html`<ol class="plain" data-testid="registry-results">${d.items.map((a) => html`<li><h3>${a.subject_name}</h3>
<p>${CATALOGUE[a.award_type as AwardCode]?.name ?? a.award_type} · năm ${a.year}</p>
<p class="meta">${a.subject_kind === 'individual' ? html`Đơn vị: ${a.unit_name} · ` : ''}Quyết định số ${a.decision_number}${a.decision_date ? html` ngày ${dateVi(a.decision_date)}` : ''} của ${a.decision_issuer}</p></li>`)}</ol>
${d.next ? html`<nav class="pager" aria-label="Phân trang"><a href="/tra-cuu-khen-thuong${queryString({ ten: d.q, nam: d.year, sau: d.next })}" rel="next">Trang sau →</a></nav>` : ''}`
    : html`<p data-testid="registry-empty">Không tìm thấy kết quả phù hợp.</p>`) : ''}`,
  };
}

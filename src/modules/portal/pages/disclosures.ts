/**
 * Public disclosure on the portal (công khai, LAW.md §4.4): the lists under way, one list with its
 * nominees, and the feedback form that works without scripts. Shows only what the list publishes.
 */
import type { ErrorDetail } from '../../../server/errors.js';
import { html, type Html } from '../html.js';
import type { PageContent } from '../layout.js';
import { dateVi } from './common.js';

export const DISCLOSURE_PATH = '/cong-khai';
const SECTION = DISCLOSURE_PATH;

export interface PublicDisclosureItem { id: string; title: string; unit_name: string; opens_on: string; closes_on: string; working_days: number; open: boolean; nominees: number | string | null }
export interface PublicNominee { name: string; subjectKind: string; position: string | null; unitName: string; awardTypeName: string }
export interface PublicDisclosurePage { id: string; title: string; unitName: string; opensOn: string; closesOn: string; workingDays: number; open: boolean; nominees: readonly PublicNominee[] }
export interface FeedbackForm { values: { name: string; contact: string; content: string }; errors: readonly ErrorDetail[]; max: { name: number; contact: number; content: number } }

const period = (d: { opensOn: string; closesOn: string; workingDays: number }): Html =>
  html`Từ ngày ${dateVi(d.opensOn)} đến hết ngày ${dateVi(d.closesOn)} (${d.workingDays} ngày làm việc)`;

const stateBadge = (open: boolean): Html =>
  open ? html`<span class="badge st-on_track">Đang lấy ý kiến</span>` : html`<span class="badge st-no_data">Đã kết thúc</span>`;

export function disclosuresPage(items: readonly PublicDisclosureItem[]): PageContent {
  const open = items.filter((d) => d.open);
  const past = items.filter((d) => !d.open);
  const list = (rows: readonly PublicDisclosureItem[], testId: string) => html`<ul class="plain" data-testid="${testId}">${rows.map((d) => html`<li>
<h3><a href="${DISCLOSURE_PATH}/${d.id}">${d.title}</a></h3><p>${stateBadge(d.open)} Đơn vị đề nghị: ${d.unit_name} · ${Number(d.nominees ?? 0)} cá nhân, tập thể được đề nghị</p>
<p class="meta">${period({ opensOn: d.opens_on, closesOn: d.closes_on, workingDays: d.working_days })}</p></li>`)}</ul>`;
  return {
    title: 'Công khai danh sách đề nghị khen thưởng', description: 'Danh sách cá nhân, tập thể được đề nghị khen thưởng đang công khai để lấy ý kiến nhân dân', section: SECTION,
    body: html`<h1>Công khai danh sách đề nghị khen thưởng</h1>
<p>Trước khi Hội đồng Thi đua – Khen thưởng xét, danh sách đề nghị được công khai để cơ quan, tổ chức và nhân dân góp ý. Mỗi đợt công khai nhận ý kiến đến hết ngày kết thúc.</p>
<h2>Đang lấy ý kiến</h2>${open.length ? list(open, 'disclosures-open') : html`<p data-testid="disclosures-none">Hiện không có danh sách nào đang lấy ý kiến.</p>`}
${past.length ? html`<h2>Đã kết thúc trong năm qua</h2>${list(past, 'disclosures-past')}` : ''}`,
  };
}

const fieldError = (errors: readonly ErrorDetail[], field: string): Html => {
  const e = errors.find((x) => x.path === field);
  return e ? html`<span class="field-error" id="loi-${field}">${e.message}</span>` : html``;
};
const invalid = (errors: readonly ErrorDetail[], field: string): Html =>
  errors.some((x) => x.path === field) ? html` aria-invalid="true" aria-describedby="loi-${field}"` : html``;

const FIELD_LABELS: Record<string, string> = { name: 'Họ và tên', contact: 'Điện thoại, thư điện tử hoặc địa chỉ', content: 'Nội dung góp ý' };

function feedbackForm(d: PublicDisclosurePage, form: FeedbackForm): Html {
  const { values: v, errors, max } = form;
  return html`<form class="feedback" method="post" action="${DISCLOSURE_PATH}/${d.id}/gop-y" data-testid="feedback-form" novalidate>
${errors.length ? html`<div class="errors" role="alert" data-testid="feedback-errors"><p><strong>Chưa gửi được ý kiến, vui lòng sửa:</strong></p><ul>${errors.map((e) => html`<li><a href="#gop-y-${e.path}">${FIELD_LABELS[e.path] ?? e.path}</a>: ${e.message}</li>`)}</ul></div>` : ''}
<label for="gop-y-name">${FIELD_LABELS.name}</label>${fieldError(errors, 'name')}<input id="gop-y-name" name="name" maxlength="${max.name}" autocomplete="name" value="${v.name}"${invalid(errors, 'name')}>
<label for="gop-y-contact">${FIELD_LABELS.contact}</label>${fieldError(errors, 'contact')}<input id="gop-y-contact" name="contact" maxlength="${max.contact}" value="${v.contact}"${invalid(errors, 'contact')}>
<label for="gop-y-content">${FIELD_LABELS.content}</label>${fieldError(errors, 'content')}<textarea id="gop-y-content" name="content" rows="6" maxlength="${max.content}"${invalid(errors, 'content')}>${v.content}</textarea>
<p class="meta">Thông tin liên hệ chỉ Ban Thi đua – Khen thưởng xem, để trao đổi lại khi cần; không công bố.</p>
<button type="submit" data-testid="feedback-submit">Gửi ý kiến</button></form>`;
}

export function disclosurePage(d: PublicDisclosurePage, form: FeedbackForm): PageContent {
  return {
    title: d.title, description: `Công khai danh sách đề nghị khen thưởng của ${d.unitName}`, section: SECTION, path: `${DISCLOSURE_PATH}/${d.id}`,
    body: html`<p class="meta"><a href="${DISCLOSURE_PATH}">← Các danh sách công khai</a></p><h1>${d.title}</h1>
<p>${stateBadge(d.open)} Đơn vị đề nghị: ${d.unitName}</p><p class="meta">${period(d)}</p>
<h2>Danh sách đề nghị</h2><ol class="nominees" data-testid="nominees">${d.nominees.map((n) => html`<li><strong>${n.name}</strong>
<span class="meta">${n.subjectKind === 'individual' && n.position ? html`${n.position}, ` : ''}${n.unitName}</span><br>Hình thức đề nghị: ${n.awardTypeName}</li>`)}</ol>
<h2 id="gop-y">Góp ý về danh sách</h2>
${d.open ? feedbackForm(d, form) : html`<p>Đợt công khai đã kết thúc, không nhận thêm ý kiến.</p>`}`,
  };
}

export function feedbackSentPage(d: { id: string; title: string; closesOn: string }): PageContent {
  return {
    title: 'Đã gửi ý kiến', description: 'Ý kiến góp ý đã được ghi nhận', section: SECTION,
    body: html`<h1>Đã gửi ý kiến</h1><p data-testid="feedback-sent">Cảm ơn bạn. Ý kiến về “${d.title}” đã được ghi nhận và chuyển đến Ban Thi đua – Khen thưởng để xem xét, báo cáo Hội đồng.</p>
<p>Đợt công khai nhận ý kiến đến hết ngày ${dateVi(d.closesOn)}.</p><p><a href="${DISCLOSURE_PATH}/${d.id}">Về danh sách công khai</a> · <a href="/">Về trang chủ</a></p>`,
  };
}

export function feedbackThrottledPage(message: string, id: string): PageContent {
  return {
    title: 'Chưa gửi được ý kiến', description: 'Gửi quá nhiều ý kiến trong thời gian ngắn', section: SECTION,
    body: html`<h1>Chưa gửi được ý kiến</h1><p data-testid="feedback-throttled">${message}.</p>
<p>Mỗi người gửi được nhiều ý kiến trong một giờ nhưng có giới hạn, để hộp thư góp ý không bị làm tràn. Nếu cần góp ý gấp, hãy liên hệ trực tiếp Ban Thi đua – Khen thưởng.</p>
<p><a href="${DISCLOSURE_PATH}/${id}">Về danh sách công khai</a></p>`,
  };
}

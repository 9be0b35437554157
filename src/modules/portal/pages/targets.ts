import type { MovementRow } from '../../../db/schema.js';
import { formatDate, formatNumber } from '../../../lib/format.js';
import type { DashboardCard } from '../../targets/dashboard.js';
import { html, type Html } from '../html.js';
import type { PageContent } from '../layout.js';
import { parsePeriod, periodLabel } from '../../targets/domain/period.js';
import { statusBadge } from './common.js';

/** "9,1%", "4.600 tỷ đồng": a percent sticks to its number, other units follow a space. */
const quantity = (value: number, unit: string): string => (unit === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${unit}`);
const latestPeriod = (code: string): string => {
  const p = parsePeriod(code);
  return p ? periodLabel(p) : code;
};

function card(c: DashboardCard): Html {
  const i = c.indicator;
  return html`<li data-testid="target-${i.code}"><h3>${i.code}. ${i.name} ${statusBadge(c.evaluation.status)}</h3>
<p class="meta">Chỉ tiêu: ${i.targetText} · ${c.responsibleUnit.name}</p>
${c.latest ? html`<p>Số liệu mới nhất: ${quantity(c.latest.value, i.unit)} (${latestPeriod(c.latest.period)})</p>` : ''}
${c.children.length ? html`<ul>${c.children.map((k) => html`<li>${k.indicator.name}: ${statusBadge(k.evaluation.status)}</li>`)}</ul>` : ''}</li>`;
}

export function targetsPage(m: MovementRow, cards: readonly DashboardCard[], asOf: string): PageContent {
  return {
    title: `Chỉ tiêu thi đua chủ yếu năm ${m.year}`, description: `Tình hình thực hiện ${cards.length} chỉ tiêu thi đua chủ yếu năm ${m.year}`, section: `/chi-tieu-thi-dua/${m.year}`,
    body: html`<h1>Chỉ tiêu thi đua chủ yếu năm ${m.year}</h1>
<p class="meta">Theo Chỉ thị số ${m.directive_number} ngày ${formatDate(m.directive_date)}; số liệu đã được Ban Thi đua – Khen thưởng duyệt, tính đến ngày ${formatDate(asOf)}.</p>
<p><a href="/chi-tieu/${m.year}">Xem biểu đồ chi tiết</a> (cần JavaScript)</p>
<ol class="plain">${cards.map(card)}</ol>`,
  };
}

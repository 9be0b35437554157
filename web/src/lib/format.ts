/** vi-VN/en display helpers for the web app (numbers, dates, file sizes). */
import i18n from '../i18n/index.js';

export { formatDate } from '../../../src/lib/format.js';

const locale = () => (i18n.language === 'en' ? 'en-US' : 'vi-VN');

export function formatNumber(value: number | null | undefined, maxDecimals = 2): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: maxDecimals }).format(value);
}

/** A value with its display unit: "9,1%", "4.600 tỷ đồng"; "—" when unknown. */
export function formatQuantity(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return '—';
  const n = formatNumber(value);
  return unit === '%' || unit === '' ? `${n}${unit}` : `${n} ${unit}`;
}

/** ISO timestamp → dd/mm/yyyy hh:mm in the viewer's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Local Date → dd/mm/yyyy. */
export function formatLocalDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

export function formatFileSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${formatNumber(bytes / 1024, 0)} KB` : `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}

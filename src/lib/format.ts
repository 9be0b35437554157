/** vi-VN display formats: numbers "4.600" / "63,7", dates "dd/mm/yyyy". */
const numberFormats = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number, maxDecimals = 2): string {
  let f = numberFormats.get(maxDecimals);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: maxDecimals });
    numberFormats.set(maxDecimals, f);
  }
  return f.format(value);
}

/** ISO date or datetime → dd/mm/yyyy (calendar date as written, no time-zone shift). */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  return `${m[3]}/${m[2]}/${m[1]}`;
}

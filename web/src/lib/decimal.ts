/**
 * Parses a number as a Vietnamese officer types it: "63,7", "4.600", "4.600,5", "1 700 000".
 * A lone dot that is not a thousands separator is refused, since "63.7" is ambiguous in vi-VN.
 */
export function parseViDecimal(input: string): number | null {
  const s = input.trim().replace(/[\s\u00a0]/g, '');
  if (!/^-?(\d+|\d{1,3}(\.\d{3})+)(,\d+)?$/.test(s)) return null;
  const n = Number(s.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** Dates as the provincial e-portal writes them, in Vietnam's time (UTC+7, no daylight saving). Pure. */
const VN_OFFSET_MS = 7 * 3600 * 1000;
const pad = (n: number): string => String(n).padStart(2, '0');

function vnParts(at: Date) {
  const d = new Date(at.getTime() + VN_OFFSET_MS);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, day: d.getUTCDate(), wd: d.getUTCDay(), hh: d.getUTCHours(), mm: d.getUTCMinutes() };
}

/** "Thứ 4, Ngày 21/02/2024" (Sunday is "Chủ nhật"). */
export function portalDate(at: Date): string {
  const p = vnParts(at);
  const weekday = p.wd === 0 ? 'Chủ nhật' : `Thứ ${p.wd + 1}`;
  return `${weekday}, Ngày ${pad(p.day)}/${pad(p.m)}/${p.y}`;
}

/** "08/02/2024 16:04" from an ISO instant. */
export function postedAt(iso: string): string {
  const p = vnParts(new Date(iso));
  return `${pad(p.day)}/${pad(p.m)}/${p.y} ${pad(p.hh)}:${pad(p.mm)}`;
}

/** Today's calendar date in Vietnam, ISO (for "as of" dates). */
export function vnToday(at: Date): string {
  const p = vnParts(at);
  return `${p.y}-${pad(p.m)}-${pad(p.day)}`;
}

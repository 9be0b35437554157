/** Login throttling policy: failures counted per account and per address in a sliding window. */
export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_IP = 30;

export interface FailureCounts {
  byAccount: number;
  byIp: number;
}

export function isThrottled(counts: FailureCounts): boolean {
  return counts.byAccount >= MAX_FAILURES_PER_ACCOUNT || counts.byIp >= MAX_FAILURES_PER_IP;
}

export function windowStart(nowMs: number): string {
  return new Date(nowMs - THROTTLE_WINDOW_MINUTES * 60_000).toISOString();
}

import type { Logger } from "../logger.js";

export type RefusalReason = "secret" | "too-large" | "timeout" | "not-found" | "bad-request" | "connection-cap";

export interface Refusal {
  reason: RefusalReason;
  status?: number;
  method?: string;
  /** The path only: a query string could carry anything, the secret included. */
  path?: string;
  remote?: string;
}

/**
 * Refused HTTP requests are worth a trace (a misconfigured proxy, a probe), but a flood of them
 * must not flood the log: at most one line per reason per window; the next line says how many
 * were left out in between.
 */
export function refusalLog(logger: Logger, clock: () => Date, windowMs = 10_000): (refusal: Refusal) => void {
  const byReason = new Map<RefusalReason, { loggedAt: number; suppressed: number }>();
  return (refusal) => {
    const now = clock().getTime();
    const state = byReason.get(refusal.reason);
    if (state && now - state.loggedAt < windowMs) {
      state.suppressed++;
      return;
    }
    const suppressed = state?.suppressed ?? 0;
    byReason.set(refusal.reason, { loggedAt: now, suppressed: 0 });
    logger.warn({ ...refusal, ...(suppressed > 0 ? { suppressed } : {}) }, "http request refused");
  };
}

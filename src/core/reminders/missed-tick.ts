/** Longest gap worth scanning; after a longer downtime a tick was certainly missed. */
const MAX_SCAN_MS = 31 * 86_400_000;
const MAX_SECOND_SCAN_MS = 86_400_000;

/**
 * Whether the schedule fired at some moment in (lastTick, now]: only then is a catch-up run
 * owed at start. A restart at 01:00 after yesterday's 08:00 tick owes nothing, so nobody gets
 * a reminder in the middle of the night. No recorded tick means the schedule never ran: owed.
 * `matches` is the schedule's own test of a moment (node-cron's task.match, in its time zone);
 * expressions with a seconds field are scanned per second, the others per minute.
 */
export function missedTick(matches: (moment: Date) => boolean, lastTick: Date | null, now: Date, hasSeconds: boolean): boolean {
  if (lastTick === null) return true;
  const gap = now.getTime() - lastTick.getTime();
  if (gap <= 0) return false;
  if (gap > (hasSeconds ? MAX_SECOND_SCAN_MS : MAX_SCAN_MS)) return true;
  const step = hasSeconds ? 1000 : 60_000;
  // First whole step strictly after the last tick.
  for (let t = Math.floor(lastTick.getTime() / step) * step + step; t <= now.getTime(); t += step) {
    if (matches(new Date(t))) return true;
  }
  return false;
}

/** Six fields means the expression starts with seconds. */
export function cronHasSeconds(expression: string): boolean {
  return expression.trim().split(/\s+/).length === 6;
}

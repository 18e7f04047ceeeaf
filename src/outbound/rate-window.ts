/**
 * Sliding-window rate limit: at most `limit` events in any `windowMs`. Holds at most `limit`
 * timestamps, so each check is O(limit) at worst and O(1) amortised.
 */
export class SlidingWindow {
  private readonly times: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly windowMs = 1000,
  ) {}

  /** The earliest time ≥ now at which one more event fits. */
  opensAt(now: number): number {
    const t = this.times;
    while (t.length > 0 && (t[0] as number) <= now - this.windowMs) t.shift();
    return t.length < this.limit ? now : (t[0] as number) + this.windowMs;
  }

  /** Records an event; callers check opensAt(now) === now first. */
  record(now: number): void {
    this.times.push(now);
  }
}

// A discrete-event clock: virtual time jumps straight to the earliest pending sleeper, so
// tests of time-based code never wait in real time.
//
// Time advances only once the process is otherwise idle: the jump is scheduled with
// setImmediate, which runs after every pending promise continuation. So work that is
// "in flight" without sleeping (a fake send that resolves at once, a completion handler that
// requeues a job) always finishes at the current virtual instant before the clock moves —
// that keeps concurrent sleepers sound, not just a single loop. The flip side: code under
// test must not wait on real timers or I/O, or virtual time will run ahead of it.
//
// Aborted sleeps are withdrawn, so an abandoned long sleep does not drag time forward.

import type { QueueClock } from "../../src/outbound/clock.js";
import { BinaryHeap } from "../../src/outbound/heap.js";

interface Sleeper {
  readonly at: number;
  readonly seq: number;
  readonly resolve: () => void;
  settled: boolean;
}

export class FakeClock implements QueueClock {
  private current: number;
  private seq = 0;
  private scheduled = false;
  private readonly sleepers = new BinaryHeap<Sleeper>((a, b) => a.at < b.at || (a.at === b.at && a.seq < b.seq));

  constructor(startMs = 0) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const sleeper: Sleeper = { at: this.current + Math.max(0, ms), seq: this.seq++, resolve, settled: false };
      signal?.addEventListener(
        "abort",
        () => {
          if (sleeper.settled) return;
          sleeper.settled = true;
          resolve();
        },
        { once: true },
      );
      this.sleepers.push(sleeper);
      this.scheduleAdvance();
    });
  }

  /** Moves time forward by hand (e.g. "the next day comes"), waking sleepers due by then. */
  advanceBy(ms: number): void {
    this.current += ms;
    this.wakeDue();
  }

  private scheduleAdvance(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.dropSettled();
      const next = this.sleepers.peek();
      if (!next) return;
      this.current = Math.max(this.current, next.at);
      this.wakeDue();
    });
  }

  private wakeDue(): void {
    for (let s = this.sleepers.peek(); s && (s.settled || s.at <= this.current); s = this.sleepers.peek()) {
      this.sleepers.pop();
      if (s.settled) continue;
      s.settled = true;
      s.resolve();
    }
    this.dropSettled();
    if (this.sleepers.size > 0) this.scheduleAdvance();
  }

  private dropSettled(): void {
    while (this.sleepers.peek()?.settled) this.sleepers.pop();
  }
}

import type { NoticeTimer } from "../../src/bot/admin-notices.js";

/** Timers that fire only when the test moves the harness clock past them (`h.advance`). */
export class ManualTimer implements NoticeTimer {
  private pending: { at: number; fn: () => void }[] = [];

  constructor(private readonly now: () => number) {}

  after(ms: number, fn: () => void): void {
    this.pending.push({ at: this.now() + ms, fn });
  }

  /** Runs every timer due by now, in order. */
  fireDue(): void {
    const due = this.pending.filter((p) => p.at <= this.now()).sort((a, b) => a.at - b.at);
    this.pending = this.pending.filter((p) => p.at > this.now());
    for (const p of due) p.fn();
  }

  /** A stopped process takes its timers with it. */
  clear(): void {
    this.pending = [];
  }
}

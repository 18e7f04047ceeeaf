// The one outbound queue reminders and announcements share, with per-batch bookkeeping on top:
// each caller submits its own jobs and learns how those jobs (not the whole queue) ended.

import type { InlineKeyboardMarkup } from "grammy/types";
import { OutboundQueue } from "./queue.js";
import type { QueueClock } from "./clock.js";
import { toSendResult } from "./send-result.js";
import type { DrainTally, JobOutcome, JobStatus, OutboundJob, OutboundQueueOptions } from "./types.js";

export interface OutboxMessage {
  readonly text: string;
  /** Buttons under the message (e.g. an admin notice's [Periksa]). */
  readonly replyMarkup?: InlineKeyboardMarkup;
  /**
   * Called once, right before the first send attempt; false drops the job unsent. Reminders
   * claim their log row here, so the claim happens as late as possible (see scheduler/tick.ts).
   */
  readonly claim?: () => boolean;
  /**
   * Called once when the job ends sent, failed or blocked (not when it is dropped unsent), so
   * its owner can record the outcome: reminders mark the claim sent or give it back. `claimed`
   * is false for a job settled without an attempt (its chat turned out blocked meanwhile).
   */
  readonly settle?: (status: JobStatus, claimed: boolean) => void;
  /**
   * Called when Telegram refused an attempt with 429, so nothing was delivered. A job that has
   * it gives its claim back here and claims again before its next attempt, so while it waits
   * to retry its owner's record does not say "sending" (announcements: a crash then cannot
   * make it look possibly delivered).
   */
  readonly refused?: () => void;
}

export type OutboxJob = OutboundJob<OutboxMessage>;

export interface SubmitTally extends DrainTally {
  /** Jobs not sent because their claim was taken, the same job was already queued, or the outbox closed. */
  skipped: number;
}

export interface SubmitProgress extends SubmitTally {
  readonly total: number;
}

export interface OutboxOptions {
  deliver(chatId: number, text: string, replyMarkup?: InlineKeyboardMarkup): Promise<void>;
  clock: QueueClock;
  onBlocked?(chatId: number): void;
  onError?(error: unknown, what: string): void;
  queue?: Partial<Omit<OutboundQueueOptions<OutboxMessage>, "send" | "clock" | "onBlocked">>;
}

export class Outbox {
  readonly clock: QueueClock;
  private readonly queue: OutboundQueue<OutboxMessage>;
  private readonly claimed = new WeakSet<OutboxJob>();
  private readonly dropped = new WeakSet<OutboxJob>();
  private readonly tasks = new Set<Promise<unknown>>();
  private readonly onError: (error: unknown, what: string) => void;
  private closed = false;

  constructor(private readonly options: OutboxOptions) {
    this.clock = options.clock;
    this.onError = options.onError ?? (() => {});
    this.queue = new OutboundQueue<OutboxMessage>({
      ...options.queue,
      clock: options.clock,
      send: (job) => this.send(job),
      onBlocked: (chatId) => {
        this.guard("onBlocked", () => options.onBlocked?.(chatId));
      },
    });
  }

  /** Jobs queued or in flight, all callers together. */
  get size(): number {
    return this.queue.size;
  }

  private async send(job: OutboxJob): Promise<{ ok: true }> {
    const { claim } = job.payload;
    if (this.closed || (claim && !this.claimed.has(job) && !this.guard("claim", claim))) {
      this.dropped.add(job);
      return { ok: true };
    }
    if (claim) this.claimed.add(job);
    try {
      await this.options.deliver(job.chatId, job.payload.text, job.payload.replyMarkup);
    } catch (error) {
      const { refused } = job.payload;
      if (refused && toSendResult(error).status === 429) {
        this.claimed.delete(job);
        this.guard("refused", refused);
      }
      throw error;
    }
    return { ok: true };
  }

  /**
   * Queues `jobs` and resolves once every one of them is settled, with their tally only.
   * `onProgress` runs after each of them settles; it must be cheap and must not throw.
   */
  async submit(jobs: Iterable<OutboxJob>, onProgress?: (progress: SubmitProgress) => void): Promise<SubmitTally> {
    const tally: SubmitTally = { sent: 0, failed: 0, blocked: 0, skipped: 0 };
    const mine = new Set<OutboxJob>();
    for (const job of jobs) {
      if (!this.closed && this.queue.enqueue([job]) === 1) mine.add(job);
      else tally.skipped++;
    }
    const total = mine.size + tally.skipped;
    const listener = (_: unknown, outcome: JobOutcome<OutboxMessage>) => {
      const job = outcome.job as OutboxJob;
      if (!mine.delete(job)) return;
      if (this.dropped.has(job)) tally.skipped++;
      else {
        tally[outcome.status]++;
        const { settle } = job.payload;
        if (settle) this.guard("settle", () => settle(outcome.status, this.claimed.has(job)));
      }
      if (onProgress) this.guard("progress", () => onProgress({ ...tally, total }));
    };
    // A drain that was already finishing when these jobs arrived may end without them; then
    // the next drain picks them up.
    while (mine.size > 0) await this.queue.drain(listener);
    return tally;
  }

  /** Keeps track of a fire-and-forget job (an announcement) so `idle` and shutdown can wait for it. */
  background(task: Promise<unknown>): void {
    const tracked = task.catch((error: unknown) => this.onError(error, "background")).finally(() => this.tasks.delete(tracked));
    this.tasks.add(tracked);
  }

  /** Resolves when no background task is left (tests use it to await an announcement). */
  async idle(): Promise<void> {
    while (this.tasks.size > 0) await Promise.all([...this.tasks]);
  }

  /**
   * Stops sending: whatever is still queued is dropped unsent and unclaimed, so it comes back at
   * the next start (reminders are planned again, announcement deliveries stay pending).
   */
  close(): void {
    this.closed = true;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  // Queue callbacks must not throw (a throw stops the whole drain); failures are logged instead.
  private guard<T>(what: string, fn: () => T): T | false {
    try {
      return fn();
    } catch (error) {
      this.onError(error, what);
      return false;
    }
  }
}

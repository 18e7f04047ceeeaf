// Outbound message queue shared by reminders and broadcasts.
//
// Jobs wait in one FIFO lane per chat, so a chat's messages arrive in order. A lane is in one
// of two heaps: `waiting`, keyed by the time it may next send (per-chat spacing, backoff), or
// `eligible`, keyed by the enqueue order of its head job. The dispatcher moves lanes whose time
// has come from the first to the second and sends the oldest eligible job. So a chat that must
// wait never holds up other chats, jobs otherwise go out in enqueue order (a retried job keeps
// its place), and each send costs O(log chats) whatever the queue length.
//
// One dispatcher loop decides every send time, which keeps the rate limits exact; the sends
// themselves run concurrently (up to `concurrency`) so latency does not cap throughput. Rate
// limits count send starts: at most `globalPerSecond` in any 1000 ms window, and a chat's next
// send starts at least `perChatIntervalMs` after its previous one started.

import { ChangeSignal } from "./change-signal.js";
import { BinaryHeap } from "./heap.js";
import { SlidingWindow } from "./rate-window.js";
import type { QueueClock } from "./clock.js";
import { classifyFailure, toSendResult, type SendResult } from "./send-result.js";
import type { DrainResult, DrainTally, JobOutcome, JobStatus, OutboundJob, OutboundQueueOptions, ProgressListener } from "./types.js";
import { getOrCreate } from "../core/util/map.js";

export type * from "./types.js";

interface Pending<P> {
  readonly job: OutboundJob<P>;
  readonly seq: number;
  attempts: number;
  transientFailures: number;
  rateLimited: number;
  lastError?: { status: number; description?: string | undefined };
}

interface Lane<P> {
  readonly chatId: number;
  jobs: Pending<P>[];
  head: number;
  readyAt: number;
  lastStartAt: number;
}

const headSeq = (lane: Lane<unknown>): number => (lane.jobs[lane.head] as Pending<unknown>).seq;

export class OutboundQueue<P = unknown> {
  private readonly send: (job: OutboundJob<P>) => Promise<SendResult>;
  private readonly clock: QueueClock;
  private readonly perSecond: number;
  private readonly chatInterval: number;
  private readonly maxAttempts: number;
  private readonly backoffBase: number;
  private readonly backoffMax: number;
  private readonly maxRateLimitRetries: number;
  private readonly concurrency: number;
  private readonly onBlocked: ((chatId: number) => void | Promise<void>) | undefined;

  private readonly lanes = new Map<number, Lane<P>>();
  private readonly waiting = new BinaryHeap<Lane<P>>((a, b) => a.readyAt < b.readyAt || (a.readyAt === b.readyAt && headSeq(a) < headSeq(b)));
  private readonly eligible = new BinaryHeap<Lane<P>>((a, b) => headSeq(a) < headSeq(b));
  private readonly queuedKeys = new Set<string>();
  private readonly window: SlidingWindow;
  private readonly changed = new ChangeSignal();
  private pausedUntil = -Infinity;
  private inFlight = 0;
  private queued = 0;
  private seq = 0;
  private running: Promise<DrainResult<P>> | undefined;
  private listeners: ProgressListener<P>[] = [];
  private tally: DrainTally = { sent: 0, failed: 0, blocked: 0 };
  private finished: { seq: number; outcome: JobOutcome<P> }[] = [];
  private fatal: { error: unknown } | undefined;

  constructor(options: OutboundQueueOptions<P>) {
    this.send = options.send;
    this.clock = options.clock;
    this.perSecond = options.globalPerSecond ?? 25;
    this.chatInterval = options.perChatIntervalMs ?? 1000;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.backoffBase = options.backoffBaseMs ?? 1000;
    this.backoffMax = options.backoffMaxMs ?? 30_000;
    this.maxRateLimitRetries = options.maxRateLimitRetries ?? 10;
    this.concurrency = options.concurrency ?? 5;
    this.onBlocked = options.onBlocked;
    this.window = new SlidingWindow(this.perSecond);
    if (!(this.perSecond >= 1 && this.concurrency >= 1 && this.maxAttempts >= 1)) throw new RangeError("queue limits must be ≥ 1");
  }

  /** Jobs queued or in flight. */
  get size(): number {
    return this.queued;
  }

  /** Queues jobs, also during a drain (which then sends them too). Returns how many were new. */
  enqueue(jobs: Iterable<OutboundJob<P>>): number {
    let added = 0;
    const now = this.clock.now();
    for (const job of jobs) {
      if (this.queuedKeys.has(job.key)) continue;
      this.queuedKeys.add(job.key);
      const lane = getOrCreate(this.lanes, job.chatId, () => ({ chatId: job.chatId, jobs: [], head: 0, readyAt: 0, lastStartAt: -Infinity }));
      lane.jobs.push({ job, seq: this.seq++, attempts: 0, transientFailures: 0, rateLimited: 0 });
      // A lane with more jobs is already scheduled, in a heap or in flight.
      if (lane.jobs.length - lane.head === 1) this.schedule(lane, now);
      added++;
    }
    this.queued += added;
    if (added > 0) this.changed.notify();
    return added;
  }

  /**
   * Sends everything queued, including jobs enqueued meanwhile, and resolves when nothing is
   * left. A call during a drain joins it. Callbacks must not throw: if one does, dispatching
   * stops and the drain rejects once in-flight sends settle; unsent jobs stay queued.
   */
  drain(onProgress?: ProgressListener<P>): Promise<DrainResult<P>> {
    if (onProgress) this.listeners.push(onProgress);
    this.running ??= this.run();
    return this.running;
  }

  private async run(): Promise<DrainResult<P>> {
    this.tally = { sent: 0, failed: 0, blocked: 0 };
    this.finished = [];
    try {
      await this.dispatchLoop();
    } finally {
      this.running = undefined;
      this.listeners = [];
      this.forgetIdleLanes();
    }
    if (this.fatal) {
      const { error } = this.fatal;
      this.fatal = undefined;
      throw error;
    }
    const outcomes = this.finished.sort((a, b) => a.seq - b.seq).map((f) => f.outcome);
    return { ...this.tally, outcomes };
  }

  private async dispatchLoop(): Promise<void> {
    for (;;) {
      const now = this.clock.now();
      for (let w = this.waiting.peek(); w && w.readyAt <= now; w = this.waiting.peek()) this.eligible.push(this.waiting.pop() as Lane<P>);
      const lane = this.eligible.peek();
      const next = lane ? now : this.waiting.peek()?.readyAt;
      if (this.fatal || next === undefined || this.inFlight >= this.concurrency) {
        if (this.inFlight === 0 && (this.fatal || next === undefined)) return;
        await this.changed.next();
        continue;
      }
      const at = Math.max(next, this.pausedUntil, this.window.opensAt(now));
      if (at > now || !lane) {
        await this.sleepUntilOrChange(at - now);
        continue;
      }
      this.eligible.pop();
      this.start(lane, now);
    }
  }

  private start(lane: Lane<P>, now: number): void {
    const pending = lane.jobs[lane.head] as Pending<P>;
    lane.lastStartAt = now;
    this.window.record(now);
    this.inFlight++;
    pending.attempts++;
    this.attempt(lane, pending)
      .catch((error: unknown) => {
        this.fatal ??= { error };
      })
      .finally(() => {
        this.inFlight--;
        this.changed.notify();
      });
  }

  private async attempt(lane: Lane<P>, pending: Pending<P>): Promise<void> {
    let result: SendResult;
    try {
      result = await this.send(pending.job);
    } catch (error) {
      result = toSendResult(error);
    }
    const now = this.clock.now();
    if (result.ok) return this.emit([this.finish(lane, "sent", now)]);
    pending.lastError = { status: result.status, description: result.description };
    switch (classifyFailure(result.status)) {
      case "rate-limited":
        // Telegram's 429 is bot-wide: everything pauses, not just this chat.
        this.pausedUntil = Math.max(this.pausedUntil, now + Math.max(1, result.retryAfter ?? 1) * 1000);
        if (++pending.rateLimited > this.maxRateLimitRetries) return this.emit([this.finish(lane, "failed", now)]);
        return this.schedule(lane, this.pausedUntil);
      case "blocked": {
        // The chat's later jobs would get the same 403: settle them now without sending.
        const outcomes: JobOutcome<P>[] = [];
        while (lane.head < lane.jobs.length) outcomes.push(this.finish(lane, "blocked", now));
        this.emit(outcomes);
        await this.onBlocked?.(lane.chatId);
        return;
      }
      case "transient": {
        const failures = ++pending.transientFailures;
        if (failures >= this.maxAttempts) return this.emit([this.finish(lane, "failed", now)]);
        return this.schedule(lane, now + Math.min(this.backoffMax, this.backoffBase * 2 ** (failures - 1)));
      }
      case "permanent":
        return this.emit([this.finish(lane, "failed", now)]);
    }
  }

  /** Settles the lane's head job and schedules the lane's next job, if any. */
  private finish(lane: Lane<P>, status: JobStatus, now: number): JobOutcome<P> {
    const { job, seq, attempts, lastError } = lane.jobs[lane.head++] as Pending<P>;
    this.queued--;
    this.queuedKeys.delete(job.key);
    const outcome: JobOutcome<P> = lastError ? { job, status, attempts, lastError, finishedAt: now } : { job, status, attempts, finishedAt: now };
    this.finished.push({ seq, outcome });
    this.tally[status]++;
    if (lane.head === lane.jobs.length) {
      lane.jobs = [];
      lane.head = 0;
    } else if (status !== "blocked") {
      this.schedule(lane, now);
    }
    return outcome;
  }

  // Listeners run only once the queue's state is consistent, so one that throws (and so
  // stops the drain) cannot leave a lane half-settled.
  private emit(outcomes: readonly JobOutcome<P>[]): void {
    const before = this.finished.length - outcomes.length;
    outcomes.forEach((outcome, i) => {
      const progress = { ...this.tally, done: before + i + 1, remaining: this.queued };
      for (const listener of this.listeners) listener(progress, outcome);
    });
  }

  private schedule(lane: Lane<P>, notBefore: number): void {
    lane.readyAt = Math.max(notBefore, lane.lastStartAt + this.chatInterval);
    this.waiting.push(lane);
  }

  /** Sleeps, but wakes early when a job is enqueued or requeued, as it may be due sooner. */
  private async sleepUntilOrChange(ms: number): Promise<void> {
    const abort = new AbortController();
    await Promise.race([this.clock.sleep(ms, abort.signal), this.changed.next()]);
    abort.abort();
  }

  private forgetIdleLanes(): void {
    const now = this.clock.now();
    for (const [chatId, lane] of this.lanes) {
      if (lane.jobs.length === 0 && lane.lastStartAt + this.chatInterval <= now) this.lanes.delete(chatId);
    }
  }
}

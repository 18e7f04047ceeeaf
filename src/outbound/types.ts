import type { QueueClock } from "./clock.js";
import type { SendResult } from "./send-result.js";

export interface OutboundJob<P = unknown> {
  readonly chatId: number;
  /** Names the message (e.g. "reminder:42:7:H-3"); a key already queued is not queued again. */
  readonly key: string;
  readonly payload: P;
}

export type JobStatus = "sent" | "failed" | "blocked";

export interface JobOutcome<P = unknown> {
  readonly job: OutboundJob<P>;
  readonly status: JobStatus;
  /** Send calls made for this job; 0 for a job settled because its chat turned out blocked. */
  readonly attempts: number;
  readonly lastError?: { readonly status: number; readonly description?: string | undefined };
  readonly finishedAt: number;
}

export interface DrainTally {
  sent: number;
  failed: number;
  blocked: number;
}

export interface DrainProgress extends DrainTally {
  /** Jobs settled so far in this drain, and jobs still queued or in flight. */
  readonly done: number;
  readonly remaining: number;
}

export interface DrainResult<P = unknown> extends DrainTally {
  /** In enqueue order. */
  readonly outcomes: JobOutcome<P>[];
}

export type ProgressListener<P = unknown> = (progress: DrainProgress, outcome: JobOutcome<P>) => void;

export interface OutboundQueueOptions<P = unknown> {
  /** Sends one job. May also throw; what it throws is mapped with toSendResult. */
  send(job: OutboundJob<P>): Promise<SendResult>;
  clock: QueueClock;
  /** Sends allowed in any 1000 ms window (Telegram allows about 30/s; default 25). */
  globalPerSecond?: number;
  /** Gap between two sends to one chat (default 1000; groups may need 3000, i.e. 20/min). */
  perChatIntervalMs?: number;
  /** Attempts for a job failing with 5xx or network errors (default 5). 429s do not count. */
  maxAttempts?: number;
  /** Backoff after the n-th 5xx/network failure: base·2^(n−1), capped (defaults 1 s, 30 s). */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** 429s tolerated per job before it fails (default 10): a guard against retrying forever. */
  maxRateLimitRetries?: number;
  /** Sends in flight at once (default 5), so network latency does not cap throughput. */
  concurrency?: number;
  /** Called once per 403, e.g. to mark the person unreachable. */
  onBlocked?(chatId: number): void | Promise<void>;
}

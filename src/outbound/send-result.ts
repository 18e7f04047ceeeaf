import { GrammyError, HttpError } from "grammy";

/**
 * What one send attempt came to. `status` is Telegram's error code; 0 means the request
 * never got an answer (network), -1 an error that is neither (a bug in the caller's send).
 * `retryAfter` is in seconds, as Telegram gives it.
 */
export type SendResult = { readonly ok: true } | { readonly ok: false; readonly status: number; readonly retryAfter?: number; readonly description?: string };

export type SendFailure = Extract<SendResult, { ok: false }>;

/** Maps what grammY throws to a SendResult, so the queue never has to know grammY. */
export function toSendResult(error: unknown): SendFailure {
  if (error instanceof GrammyError) {
    const retryAfter = error.parameters.retry_after;
    return retryAfter === undefined
      ? { ok: false, status: error.error_code, description: error.description }
      : { ok: false, status: error.error_code, retryAfter, description: error.description };
  }
  if (error instanceof HttpError) return { ok: false, status: 0, description: error.message };
  return { ok: false, status: -1, description: error instanceof Error ? error.message : String(error) };
}

/**
 * - "rate-limited": 429, which Telegram applies to the whole bot, so the whole queue pauses.
 * - "blocked": 403, the person blocked the bot or left the group; retrying cannot help.
 * - "transient": 5xx or network; worth retrying with backoff.
 * - "permanent": 400 and everything else; the request itself is wrong, retrying repeats it.
 */
export type FailureKind = "rate-limited" | "blocked" | "transient" | "permanent";

export function classifyFailure(status: number): FailureKind {
  if (status === 429) return "rate-limited";
  if (status === 403) return "blocked";
  if (status === 0 || (status >= 500 && status <= 599)) return "transient";
  return "permanent";
}

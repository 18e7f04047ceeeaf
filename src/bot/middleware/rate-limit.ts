import type { NextFunction } from "grammy";
import type { BotContext } from "../context.js";
import { buttonLabel } from "../ui/paged-keyboard.js";

export interface RateLimitOptions {
  /** Updates allowed per person within the window. */
  limit: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 20, windowMs: 10_000 };

/** Refusals answered per person per window; past this a flood gets no echo. */
export const RATE_LIMIT_REPLIES = 3;

/** Work (answers and files while a flow is open) gets this many times the limit. */
export const WORK_LIMIT_FACTOR = 10;

/**
 * Work is an answer or a file while a flow is open. An operator selecting 15 photos and 3 PDFs
 * on a phone sends them as albums at once, and a dropped file is work lost without a word, so
 * work has its own, far larger allowance (200 in 10 s by default) instead of the command limit.
 * It is still bounded: files from someone outside a flow (a stranger sending photos by the
 * hundred) count like any other update, and so would a script feeding a wizard.
 */
function isWork(ctx: BotContext): boolean {
  return ctx.session?.flow !== undefined && ctx.message !== undefined;
}

type Hits = { times: number[]; replies: number };

/**
 * A per-person flood guard. The state is in memory on purpose: it protects this process, and
 * forgetting it on restart loses nothing that matters. Each refused update is named so the
 * person knows what to send again.
 */
export function rateLimit(options: RateLimitOptions = DEFAULT_RATE_LIMIT) {
  const buckets = { plain: new Map<number, Hits>(), work: new Map<number, Hits>() };
  return async (ctx: BotContext, next: NextFunction) => {
    const userId = ctx.from?.id;
    if (userId === undefined) return next();
    const work = isWork(ctx);
    const hits = work ? buckets.work : buckets.plain;
    const limit = work ? options.limit * WORK_LIMIT_FACTOR : options.limit;
    const now = ctx.deps.clock().getTime();
    const entry = hits.get(userId) ?? { times: [], replies: 0 };
    entry.times = entry.times.filter((t) => t > now - options.windowMs);
    if (entry.times.length === 0) entry.replies = 0;
    entry.times.push(now);
    hits.set(userId, entry);
    if (hits.size > 10_000) for (const [id, e] of hits) if (e.times.every((t) => t <= now - options.windowMs)) hits.delete(id);
    if (entry.times.length <= limit) return next();
    ctx.log.warn({ count: entry.times.length }, "rate limited");
    if (entry.replies >= RATE_LIMIT_REPLIES || ctx.chat?.type !== "private") return;
    entry.replies += 1;
    const seconds = Math.ceil(options.windowMs / 1000);
    if (ctx.callbackQuery) return void (await ctx.answerCallbackQuery({ text: ctx.t("rate-limited-button", { seconds }), show_alert: true }));
    const what = ctx.message?.text ?? ctx.message?.document?.file_name;
    await ctx.reply(what ? ctx.t("rate-limited-text", { text: buttonLabel(what, 40), seconds }) : ctx.t("rate-limited", { seconds }));
  };
}

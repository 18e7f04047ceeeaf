import type { NextFunction } from "grammy";
import type { BotContext } from "../context.js";

export interface RateLimitOptions {
  /** Updates allowed per person within the window. */
  limit: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 20, windowMs: 10_000 };

/**
 * A per-person flood guard. The state is in memory on purpose: it protects this process,
 * and forgetting it on restart loses nothing that matters. The first update over the limit
 * gets one warning; the rest of the window is dropped silently so a flood gets no echo.
 */
export function rateLimit(options: RateLimitOptions = DEFAULT_RATE_LIMIT) {
  const hits = new Map<number, { times: number[]; warned: boolean }>();
  return async (ctx: BotContext, next: NextFunction) => {
    const userId = ctx.from?.id;
    if (userId === undefined) return next();
    const now = ctx.deps.clock().getTime();
    const entry = hits.get(userId) ?? { times: [], warned: false };
    entry.times = entry.times.filter((t) => t > now - options.windowMs);
    if (entry.times.length === 0) entry.warned = false;
    entry.times.push(now);
    hits.set(userId, entry);
    if (hits.size > 10_000) for (const [id, e] of hits) if (e.times.every((t) => t <= now - options.windowMs)) hits.delete(id);
    if (entry.times.length <= options.limit) return next();
    ctx.log.warn({ count: entry.times.length }, "rate limited");
    if (!entry.warned && ctx.chat?.type === "private") {
      entry.warned = true;
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("rate-limited") });
      else await ctx.reply(ctx.t("rate-limited"));
    }
  };
}

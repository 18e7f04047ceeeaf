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

/**
 * Work is never refused: an answer or file while a flow is open, and any file or album. An
 * operator selecting 15 photos and 3 PDFs on a phone sends them as albums at once, and a
 * dropped file is work lost without a word.
 */
function isWork(ctx: BotContext): boolean {
  const m = ctx.message;
  if (m && (m.media_group_id !== undefined || m.document || m.photo || m.video)) return true;
  return ctx.session?.flow !== undefined;
}

/**
 * A per-person flood guard for commands, buttons and chat outside a flow. The state is in
 * memory on purpose: it protects this process, and forgetting it on restart loses nothing that
 * matters. Each refused update is named so the person knows what to send again.
 */
export function rateLimit(options: RateLimitOptions = DEFAULT_RATE_LIMIT) {
  const hits = new Map<number, { times: number[]; replies: number }>();
  return async (ctx: BotContext, next: NextFunction) => {
    const userId = ctx.from?.id;
    if (userId === undefined || isWork(ctx)) return next();
    const now = ctx.deps.clock().getTime();
    const entry = hits.get(userId) ?? { times: [], replies: 0 };
    entry.times = entry.times.filter((t) => t > now - options.windowMs);
    if (entry.times.length === 0) entry.replies = 0;
    entry.times.push(now);
    hits.set(userId, entry);
    if (hits.size > 10_000) for (const [id, e] of hits) if (e.times.every((t) => t <= now - options.windowMs)) hits.delete(id);
    if (entry.times.length <= options.limit) return next();
    ctx.log.warn({ count: entry.times.length }, "rate limited");
    if (entry.replies >= RATE_LIMIT_REPLIES || ctx.chat?.type !== "private") return;
    entry.replies += 1;
    const seconds = Math.ceil(options.windowMs / 1000);
    if (ctx.callbackQuery) return void (await ctx.answerCallbackQuery({ text: ctx.t("rate-limited-button", { seconds }), show_alert: true }));
    const text = ctx.message?.text;
    await ctx.reply(text ? ctx.t("rate-limited-text", { text: buttonLabel(text, 40), seconds }) : ctx.t("rate-limited", { seconds }));
  };
}

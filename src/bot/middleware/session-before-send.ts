import type { NextFunction, StorageAdapter } from "grammy";
import type { BotContext, SessionData } from "../context.js";

/**
 * grammY's session middleware writes the session once the handler returns, which is after the
 * question went out. A kill in that instant left the bot asking a question it did not remember
 * (the file sent next was refused). Here the session is written before every API call of the
 * update whenever it changed, so the state of a flow is durable before the question is sent.
 */
export function saveSessionBeforeSending(storage: StorageAdapter<SessionData>, keyOf: (ctx: BotContext) => string | undefined) {
  return async (ctx: BotContext, next: NextFunction) => {
    const key = keyOf(ctx);
    if (key === undefined) return next();
    let saved = JSON.stringify(ctx.session ?? null);
    ctx.api.config.use(async (prev, method, payload, signal) => {
      const now = JSON.stringify(ctx.session ?? null);
      if (now !== saved) {
        if (ctx.session == null) await storage.delete(key);
        else await storage.write(key, ctx.session);
        saved = now;
      }
      return prev(method, payload, signal);
    });
    await next();
  };
}

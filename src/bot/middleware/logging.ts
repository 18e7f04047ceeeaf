import type { NextFunction } from "grammy";
import type { BotContext } from "../context.js";

/** One child logger per update, so every line of its handling carries update_id and user_id. */
export async function attachLogger(ctx: BotContext, next: NextFunction) {
  ctx.log = ctx.deps.logger.child({ update_id: ctx.update.update_id, user_id: ctx.from?.id });
  const started = performance.now();
  await next();
  ctx.log.debug({ ms: Math.round(performance.now() - started) }, "update handled");
}

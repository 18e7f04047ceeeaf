import { randomBytes } from "node:crypto";
import type { NextFunction } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import type { BotContext } from "../context.js";
import { DEFAULT_LOCALE } from "../i18n.js";

export function newErrorRef(): string {
  return randomBytes(4).toString("hex").toUpperCase();
}

/**
 * Any failure in a handler: the person gets an apology with a reference, the log gets the error
 * under it. It sits before session and i18n, so a failure there falls back to the default locale.
 */
export const errorBoundary = (i18n: I18n<BotContext>) => async (ctx: BotContext, next: NextFunction) => {
  // A button may be answered once only; a second answer fails ("query is too old" or already answered).
  let answered = false;
  ctx.api.config.use(async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (method === "answerCallbackQuery" && result.ok) answered = true;
    return result;
  });
  try {
    await next();
  } catch (err) {
    const ref = newErrorRef();
    (ctx.log ?? ctx.deps.logger).error({ err, ref, update_id: ctx.update.update_id }, "handler failed");
    try {
      if (ctx.callbackQuery && !answered) await ctx.answerCallbackQuery().catch(() => undefined);
      const text = ctx.t ? ctx.t("error-apology", { ref }) : i18n.t(DEFAULT_LOCALE, "error-apology", { ref });
      if (ctx.chat) await ctx.reply(text);
    } catch (replyErr) {
      (ctx.log ?? ctx.deps.logger).warn({ err: replyErr, ref }, "could not send the apology");
    }
  }
};

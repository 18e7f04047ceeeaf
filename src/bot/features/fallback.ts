import { Composer } from "grammy";
import type { BotContext } from "../context.js";

/** Last in the chain: whatever no feature claimed gets a clear answer instead of silence. */
export const fallbackFeature = new Composer<BotContext>();

fallbackFeature.on("callback_query", async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("unknown-button"), show_alert: true });
});

fallbackFeature.chatType("private").on("message", async (ctx) => {
  await ctx.reply(ctx.t("fallback-text"));
});

import { Composer } from "grammy";
import type { BotContext } from "../context.js";

/** Last in the chain: whatever no feature claimed gets a clear answer instead of silence. */
export const fallbackFeature = new Composer<BotContext>();

fallbackFeature.on("callback_query", async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("unknown-button"), show_alert: true });
});

// An edit cannot change an answer already taken; saying so beats silently ignoring it.
fallbackFeature.chatType("private").on("edited_message", async (ctx) => {
  await ctx.reply(ctx.t("edit-not-processed"), { reply_parameters: { message_id: ctx.editedMessage.message_id, allow_sending_without_reply: true } });
});

fallbackFeature.chatType("private").on("message", async (ctx) => {
  await ctx.reply(ctx.t("fallback-text"));
});

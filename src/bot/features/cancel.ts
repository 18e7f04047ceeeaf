import { Composer } from "grammy";
import type { BotContext } from "../context.js";

export const cancelFeature = new Composer<BotContext>();

cancelFeature.command("batal", async (ctx) => {
  const hadFlow = ctx.session.flow !== undefined;
  ctx.session.flow = undefined;
  await ctx.reply(ctx.t(hadFlow ? "batal-done" : "batal-nothing"), { reply_markup: { remove_keyboard: true } });
});

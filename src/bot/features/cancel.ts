import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { onCommand } from "../commands/register.js";

export const cancelFeature = new Composer<BotContext>();

onCommand(cancelFeature, "batal", async (ctx) => {
  const hadFlow = ctx.session.flow !== undefined;
  ctx.session.flow = undefined;
  await ctx.reply(ctx.t(hadFlow ? "batal-done" : "batal-nothing"), { reply_markup: { remove_keyboard: true } });
});

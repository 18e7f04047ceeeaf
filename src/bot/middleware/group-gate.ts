import type { NextFunction } from "grammy";
import type { BotContext } from "../context.js";
import { audienceOf } from "../audience.js";

/** What a group may ask, and who may ask it there: the standing, for the people who lead. */
const GROUP_COMMANDS = new Set(["skor", "kategori"]);
const GROUP_AUDIENCE = new Set(["pimpinan", "admin"]);

/**
 * The bot works in private chats. In groups it answers only /skor and /kategori for
 * registered pimpinan and admins; channels get nothing.
 */
export async function groupGate(ctx: BotContext, next: NextFunction) {
  const type = ctx.chat?.type;
  if (type === undefined || type === "private") return next();
  if (type === "channel") return;
  // Another bot's command is that bot's business; answering it would only add noise.
  if (ctx.command && !ctx.command.forThisBot) return;
  const name = ctx.command?.name ?? null;
  if (name !== null && GROUP_COMMANDS.has(name) && GROUP_AUDIENCE.has(audienceOf(ctx.person))) return next();
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery({ text: ctx.t("group-private-only"), show_alert: true });
    return;
  }
  // Only answer what was addressed to the bot; ordinary group talk gets no reply.
  if (ctx.message && (name !== null || ctx.message.reply_to_message?.from?.id === ctx.me.id)) {
    await ctx.reply(ctx.t(name !== null && GROUP_COMMANDS.has(name) ? "group-leaders-only" : "group-private-only"), {
      reply_parameters: { message_id: ctx.message.message_id },
    });
  }
}

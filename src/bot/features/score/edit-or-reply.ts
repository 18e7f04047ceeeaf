import { GrammyError, type InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";

/**
 * Edits the message a button sits on. Telegram refuses an edit that changes nothing (the
 * "2/5" button of a pager re-shows the same page); that is not an error for the person.
 */
export async function editMessage(ctx: BotContext, text: string, keyboard: InlineKeyboard) {
  try {
    await ctx.editMessageText(text, { reply_markup: keyboard });
  } catch (err) {
    if (err instanceof GrammyError && /message is not modified/i.test(err.description)) return;
    throw err;
  }
}

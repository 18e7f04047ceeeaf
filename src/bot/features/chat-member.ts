import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { clearUnreachable, markUnreachable } from "../../outbound/reachability.js";

/**
 * Telegram tells the bot when a person blocks or unblocks it. A blocked person is skipped by
 * reminders and announcements at once, instead of after a failed send.
 */
export const chatMemberFeature = new Composer<BotContext>();

chatMemberFeature.chatType("private").on("my_chat_member", (ctx) => {
  const status = ctx.myChatMember.new_chat_member.status;
  const { db, clock } = ctx.deps;
  if (status === "kicked") {
    markUnreachable(db, ctx.myChatMember.from.id, clock());
    ctx.log.info("person blocked the bot");
  } else if (status === "member" && ctx.person) {
    clearUnreachable(db, ctx.person.id);
  }
});

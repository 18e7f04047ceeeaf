import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { onCommand } from "../commands/register.js";
import { toggleNotices } from "../admin-notices.js";

/** /notifikasi: an admin turns the submission and registration notices off, or on again. */
export const noticesFeature = new Composer<BotContext>();

onCommand(noticesFeature, "notifikasi", async (ctx) => {
  const off = toggleNotices(ctx.deps.db, ctx.person!.id, ctx.deps.clock());
  await ctx.reply(ctx.t(off ? "adm-notices-off" : "adm-notices-on"));
});

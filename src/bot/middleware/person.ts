import type { NextFunction } from "grammy";
import { ensureConfiguredAdmin, findActivePerson } from "../../db/repo/people.js";
import type { BotContext } from "../context.js";
import { refreshMenu } from "../menus.js";
import { clearUnreachable } from "../../outbound/reachability.js";

/**
 * Loads who is asking on every update, so a revocation takes effect from the next message,
 * and keeps their command menu in step with their role.
 */
export async function loadPerson(ctx: BotContext, next: NextFunction) {
  const from = ctx.from;
  ctx.person = null;
  if (from && !from.is_bot) {
    const { db, config, clock } = ctx.deps;
    ctx.person = findActivePerson(db, from.id);
    // Someone who blocked the bot and now writes to it has unblocked it: reach them again.
    if (ctx.person?.unreachableAt && ctx.chat?.type === "private") {
      clearUnreachable(db, ctx.person.id);
      ctx.person = { ...ctx.person, unreachableAt: null };
    }
    if (ctx.person?.role !== "admin" && config.ADMIN_IDS.includes(from.id) && ctx.chat?.type === "private") {
      const name = [from.first_name, from.last_name].filter(Boolean).join(" ");
      ctx.person = ensureConfiguredAdmin(db, from.id, name, clock());
      ctx.log.info({ telegram_id: from.id }, "configured admin registered");
    }
  }
  await refreshMenu(ctx);
  await next();
}

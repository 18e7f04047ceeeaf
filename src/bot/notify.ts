import type { InlineKeyboard } from "grammy";
import type { BotContext } from "./context.js";
import { translatorFor, type Translate } from "./i18n.js";
import { chosenLanguages } from "../db/repo/languages.js";

/** A notice with buttons (e.g. the operator's [Perbaiki sekarang]). */
export interface NoticeWithButtons {
  text: string;
  keyboard: InlineKeyboard;
}

export interface NotifyTarget {
  id: number;
  telegramId: number;
}

/**
 * Tells people about something another person did (a return, a revocation…), each in the
 * language they chose. Someone who blocked the bot makes Telegram refuse: that is logged, never
 * thrown, because the action that caused the message is already done. `extra` runs after the
 * message with the same translator (e.g. to set their menu). Returns how many were reached.
 */
export async function notifyPeople(
  ctx: BotContext,
  targets: readonly NotifyTarget[],
  message: (t: Translate) => string | NoticeWithButtons,
  extra?: (target: NotifyTarget, t: Translate) => Promise<unknown>,
): Promise<number> {
  const languages = chosenLanguages(
    ctx.deps.db,
    targets.map((p) => p.telegramId),
  );
  let reached = 0;
  for (const target of targets) {
    const t = translatorFor(languages.get(target.telegramId));
    const m = message(t);
    const sent =
      typeof m === "string" ? ctx.api.sendMessage(target.telegramId, m) : ctx.api.sendMessage(target.telegramId, m.text, { reply_markup: m.keyboard });
    const calls = [sent, ...(extra ? [extra(target, t)] : [])];
    const results = await Promise.allSettled(calls);
    if (results[0]!.status === "fulfilled") reached += 1;
    for (const r of results) if (r.status === "rejected") ctx.log.warn({ err: r.reason, person_id: target.id }, "could not notify person");
  }
  return reached;
}

import { Api, type ApiClientOptions } from "grammy";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../logger.js";
import { systemClock, type QueueClock } from "./clock.js";
import { Outbox } from "./outbox.js";
import { markUnreachable } from "./reachability.js";
import { getOrCreate } from "../core/util/map.js";

export interface OutboxDeps {
  config: Pick<Config, "BOT_TOKEN" | "TELEGRAM_API_ROOT">;
  db: Db;
  logger: Logger;
  clock: () => Date;
  /** Tests only (the fake API); see BotDeps.apiFetch. */
  apiFetch?: ApiClientOptions["fetch"];
}

/**
 * An outbox that sends through its own grammY Api. Not `bot.api`: that one has auto-retry,
 * which would sleep through 429s in real time where the queue cannot see (or pace) them.
 */
export function createTelegramOutbox(deps: OutboxDeps, clock: QueueClock = systemClock): Outbox {
  const api = new Api(deps.config.BOT_TOKEN, { apiRoot: deps.config.TELEGRAM_API_ROOT, fetch: deps.apiFetch });
  return new Outbox({
    clock,
    deliver: async (chatId, text, replyMarkup) => {
      await api.sendMessage(chatId, text, { link_preview_options: { is_disabled: true }, ...(replyMarkup ? { reply_markup: replyMarkup } : {}) });
    },
    onBlocked: (chatId) => {
      deps.logger.info({ chat_id: chatId }, "chat blocked the bot: marked unreachable");
      markUnreachable(deps.db, chatId, deps.clock());
    },
    onError: (err, what) => deps.logger.error({ err, what }, "outbound callback failed"),
  });
}

// One outbox per database, i.e. per running bot: the bot's handlers (announcements) and the
// scheduler (reminders) must share it so the rate limits hold for both together.
const outboxes = new WeakMap<Db, Outbox>();

export function outboxFor(deps: OutboxDeps): Outbox {
  return getOrCreate(outboxes, deps.db, () => createTelegramOutbox(deps));
}

/** Puts a specific outbox in place (tests: one on a virtual clock). */
export function installOutbox(db: Db, outbox: Outbox) {
  outboxes.set(db, outbox);
}

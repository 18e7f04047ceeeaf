import { GrammyError, type Api } from "grammy";
import type { Logger } from "../logger.js";
import { commandsFor, type Audience } from "./access.js";
import type { BotContext } from "./context.js";
import { audienceOf } from "./audience.js";
import { DEFAULT_LOCALE, type Locale } from "./i18n.js";

type Translate = (key: string) => string;

export function menuFor(audience: Audience, t: Translate) {
  return commandsFor(audience).map((c) => ({ command: c.name, description: t(`cmd-${c.name}`) }));
}

/** The menu strangers see; registered people get their own per-chat menu. */
export async function setDefaultMenus(api: Api, translate: (locale: Locale, key: string) => string) {
  await api.setMyCommands(menuFor("guest", (k) => translate(DEFAULT_LOCALE, k)));
  await api.setMyCommands(
    menuFor("guest", (k) => translate("en", k)),
    { language_code: "en" },
  );
}

/** Waits after failed attempts at the default menu: 1 min, 5 min, then every 30 min. */
export const DEFAULT_MENU_RETRY_MS = [60_000, 5 * 60_000, 30 * 60_000];

/**
 * Sets the default menus at start without making them a condition for starting: a Bot API that
 * answers but refuses setMyCommands (400, 404, 5xx) is logged as what it is and tried again later.
 * `first` settles (never rejects) after the first attempt; `stop` cancels the retries.
 */
export function keepDefaultMenus(
  api: Api,
  translate: (locale: Locale, key: string) => string,
  logger: Logger,
  delays: readonly number[] = DEFAULT_MENU_RETRY_MS,
): { first: Promise<void>; stop: () => void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const attempt = async (failures: number): Promise<void> => {
    try {
      await setDefaultMenus(api, translate);
      if (failures > 0) logger.info({ attempts: failures + 1 }, "command menu set");
    } catch (err) {
      if (stopped) return;
      const retryInMs = delays[Math.min(failures, delays.length - 1)]!;
      const why =
        err instanceof GrammyError
          ? { method: err.method, error_code: err.error_code, description: err.description }
          : { method: "setMyCommands", description: String((err as Error)?.message ?? err) };
      logger.warn({ ...why, retry_in_ms: retryInMs }, "command menu not set");
      timer = setTimeout(() => void attempt(failures + 1), retryInMs);
      timer.unref();
    }
  };
  return {
    first: attempt(0),
    stop: () => {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

/** Follows the person's role and language; call it whenever either changes. */
export async function setChatMenu(api: Api, chatId: number, audience: Audience, t: Translate) {
  await api.setMyCommands(menuFor(audience, t), { scope: { type: "chat", chat_id: chatId } });
}

/** The commands of each audience, joined once: refreshMenu runs on every update. */
const commandNames = new Map<Audience, string>();

/** Identifies a menu's content: the role, the language and the commands this version has. */
function menuKey(audience: Audience, locale: string): string {
  let names = commandNames.get(audience);
  if (names === undefined) {
    names = commandsFor(audience)
      .map((c) => c.name)
      .join(",");
    commandNames.set(audience, names);
  }
  return `${audience}:${locale}:${names}`;
}

/** A per-chat menu that failed is not tried again for this long (for that person). */
export const MENU_RETRY_MS = 10 * 60_000;

/**
 * Makes this person's menu the one of their current role and language, if it is not already:
 * after registration, a revocation, a /bahasa choice, or a new version with other commands.
 * The menu sent last is remembered in the session, so this costs one API call per change.
 */
export async function refreshMenu(ctx: BotContext): Promise<void> {
  if (ctx.chat?.type !== "private") return;
  const audience = audienceOf(ctx.person);
  const key = menuKey(audience, await ctx.i18n.getLocale());
  if (ctx.session.menu === key) return;
  const now = ctx.deps.clock().getTime();
  const failedAt = ctx.session.menuFailedAt;
  if (failedAt !== undefined && now - failedAt < MENU_RETRY_MS) return;
  try {
    await setChatMenu(ctx.api, ctx.chat.id, audience, (k) => ctx.t(k));
    ctx.session.menu = key;
    delete ctx.session.menuFailedAt;
  } catch (err) {
    // A menu is a convenience: try again later, not before every reply.
    ctx.session.menuFailedAt = now;
    ctx.log.warn({ err }, "could not set the command menu");
  }
}

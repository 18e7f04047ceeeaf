import type { Api } from "grammy";
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
  await api.setMyCommands(menuFor("guest", (k) => translate("en", k)), { language_code: "en" });
}

/** Follows the person's role and language; call it whenever either changes. */
export async function setChatMenu(api: Api, chatId: number, audience: Audience, t: Translate) {
  await api.setMyCommands(menuFor(audience, t), { scope: { type: "chat", chat_id: chatId } });
}

/** Identifies a menu's content: the role, the language and the commands this version has. */
function menuKey(audience: Audience, locale: string): string {
  return `${audience}:${locale}:${commandsFor(audience).map((c) => c.name).join(",")}`;
}

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
  try {
    await setChatMenu(ctx.api, ctx.chat.id, audience, (k) => ctx.t(k));
    ctx.session.menu = key;
  } catch (err) {
    // A menu is a convenience; the next update tries again.
    ctx.log.warn({ err }, "could not set the command menu");
  }
}

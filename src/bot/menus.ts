import type { Api } from "grammy";
import { commandsFor, type Audience } from "./access.js";
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

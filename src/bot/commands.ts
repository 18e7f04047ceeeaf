import type { Api } from "grammy";
import type { Role } from "../db/schema.js";
import { DEFAULT_LOCALE, type Locale } from "./i18n.js";

/** Who is asking: a registered role, or "guest" for unregistered and revoked people. */
export type Audience = Role | "guest";
export const AUDIENCES: readonly Audience[] = ["guest", "operator", "pimpinan", "admin"];

const EVERYONE: readonly Audience[] = AUDIENCES;

export interface CommandSpec {
  name: string;
  /** The only place that says who may run the command; the guard middleware enforces it. */
  audience: readonly Audience[];
}

/** Every command of the bot, in menu order. A command missing here is refused as unknown. */
export const COMMANDS: readonly CommandSpec[] = [
  { name: "start", audience: EVERYONE },
  { name: "bantuan", audience: EVERYONE },
  { name: "bahasa", audience: EVERYONE },
];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}

export function commandsFor(audience: Audience): CommandSpec[] {
  return COMMANDS.filter((c) => c.audience.includes(audience));
}

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

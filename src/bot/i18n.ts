import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";
import type { BotContext } from "./context.js";

export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "id";

const LOCALES_DIR = fileURLToPath(new URL("../../locales", import.meta.url));

/** A text lookup in one language; what everything outside an update translates with. */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** The bot serves an Indonesian government: Indonesian unless the person chose otherwise. */
export function sessionLocale(session: { __language_code?: string } | undefined): string {
  return session?.__language_code ?? DEFAULT_LOCALE;
}

let shared: I18n<BotContext> | undefined;

/** The one set of loaded translations; the locale files are read once per process. */
export function sharedI18n(): I18n<BotContext> {
  shared ??= createI18n();
  return shared;
}

/** Texts in one person's language, for messages sent outside their own updates. */
export function translatorFor(locale: string | undefined): Translate {
  const i18n = sharedI18n();
  const chosen = locale ?? DEFAULT_LOCALE;
  return (key, vars) => i18n.t(chosen, key, vars);
}

function createI18n(): I18n<BotContext> {
  return new I18n<BotContext>({
    defaultLocale: DEFAULT_LOCALE,
    directory: LOCALES_DIR,
    useSession: true,
    // Bidi isolation marks around placeables break codes, numbers and links that people copy.
    fluentBundleOptions: { useIsolating: false },
    // Whatever language the person's phone is set to.
    localeNegotiator: (ctx) => sessionLocale(ctx.session),
  });
}

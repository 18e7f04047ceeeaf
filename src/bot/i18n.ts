import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";
import type { BotContext } from "./context.js";

export const LOCALES = ["id", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "id";

const LOCALES_DIR = fileURLToPath(new URL("../../locales", import.meta.url));

export function createI18n(): I18n<BotContext> {
  return new I18n<BotContext>({
    defaultLocale: DEFAULT_LOCALE,
    directory: LOCALES_DIR,
    useSession: true,
    // Bidi isolation marks around placeables break codes, numbers and links that people copy.
    fluentBundleOptions: { useIsolating: false },
    // The bot serves an Indonesian government: Indonesian unless the person chose otherwise,
    // whatever language their phone is set to.
    localeNegotiator: (ctx) => ctx.session?.__language_code ?? DEFAULT_LOCALE,
  });
}

import { createI18n, DEFAULT_LOCALE } from "../../i18n.js";
import type { Translate } from "./time-left.js";

let i18n: ReturnType<typeof createI18n> | undefined;

/** Texts in one person's language for messages sent outside their own updates (reminders, announcements). */
export function translatorFor(locale: string | undefined): Translate {
  i18n ??= createI18n();
  const bundle = i18n;
  const chosen = locale ?? DEFAULT_LOCALE;
  return (key, vars) => bundle.t(chosen, key, vars);
}

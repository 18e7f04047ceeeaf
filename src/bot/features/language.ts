import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { refreshMenu } from "../menus.js";
import { LOCALES, type Locale } from "../i18n.js";
import { onCommand } from "../commands/register.js";

const PREFIX = "lang:";

export const languageFeature = new Composer<BotContext>();

onCommand(languageFeature, "bahasa", async (ctx) => {
  const keyboard = new InlineKeyboard();
  for (const locale of LOCALES) keyboard.text(ctx.t(`language-${locale}`), `${PREFIX}${locale}`);
  await ctx.reply(ctx.t("language-choose"), { reply_markup: keyboard });
});

languageFeature.callbackQuery(new RegExp(`^${PREFIX}(.+)$`), async (ctx, next) => {
  const locale = ctx.match[1] as Locale;
  // Forged data with an unknown locale falls through to the stale-button answer.
  if (!LOCALES.includes(locale)) return next();
  await ctx.i18n.setLocale(locale);
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t("language-set"));
  await refreshMenu(ctx);
});

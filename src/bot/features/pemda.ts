import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { inFlow, messageText } from "../flows.js";
import { getPemdaName, renamePemda } from "../../db/repo/pemda.js";
import { audit } from "../../db/repo/audit.js";
import { charLength, normalizeLine } from "../../core/profile/text.js";
import { onCommand } from "../commands/register.js";

export const pemdaFeature = new Composer<BotContext>();

const NAME_LIMITS = { min: 3, max: 100 };

onCommand(pemdaFeature, "pemda", async (ctx) => {
  const name = getPemdaName(ctx.deps.db, ctx.deps.config.PEMDA_NAME);
  await ctx.reply(ctx.t("pemda-profile", { name }), { reply_markup: new InlineKeyboard().text(ctx.t("pemda-rename-button"), "pemda:rn") });
});

pemdaFeature.callbackQuery("pemda:rn", async (ctx) => {
  await ctx.answerCallbackQuery();
  ctx.session.flow = { kind: "pemda-rename" };
  await ctx.reply(ctx.t("pemda-ask-name"));
});

pemdaFeature.filter(inFlow("pemda-rename"), async (ctx) => {
  const text = messageText(ctx);
  const name = text === null ? "" : normalizeLine(text);
  if (text === null || charLength(name) < NAME_LIMITS.min || charLength(name) > NAME_LIMITS.max) {
    await ctx.reply(`${ctx.t("pemda-bad-name", NAME_LIMITS)}\n\n${ctx.t("pemda-ask-name")}`);
    return;
  }
  const { db, clock, config } = ctx.deps;
  const now = clock();
  const before = getPemdaName(db, config.PEMDA_NAME);
  db.transaction((tx) => {
    renamePemda(tx, name, now);
    audit(tx, { actorId: ctx.person!.id, action: "pemda.rename", detail: { from: before, to: name }, at: now });
  });
  ctx.session.flow = undefined;
  await ctx.reply(ctx.t("pemda-renamed", { name }));
});

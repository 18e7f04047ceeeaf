import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { audienceOf } from "../audience.js";
import { commandLines } from "./help.js";
import { getPemdaName } from "../../db/repo/pemda.js";
import { onCommand } from "../commands/register.js";

export const startFeature = new Composer<BotContext>();

onCommand(startFeature, "start", async (ctx) => {
  const pemda = getPemdaName(ctx.deps.db, ctx.deps.config.PEMDA_NAME);
  const audience = audienceOf(ctx.person);
  const body =
    audience === "guest" ? ctx.t("start-guest", { pemda }) : ctx.t("start-registered", { role: ctx.t(`role-${audience}`), commands: commandLines(ctx) });
  await ctx.reply(`${ctx.t("start-welcome", { pemda })}\n\n${body}`);
});

import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { audienceOf } from "../audience.js";
import { commandsFor } from "../access.js";
import { onCommand } from "../commands/register.js";

/** One line per command this person may use, in their language. */
export function commandLines(ctx: BotContext): string {
  return commandsFor(audienceOf(ctx.person))
    .map((c) => ctx.t("help-line", { command: c.name, description: ctx.t(`cmd-${c.name}`) }))
    .join("\n");
}

export const helpFeature = new Composer<BotContext>();

onCommand(helpFeature, "bantuan", async (ctx) => {
  const role = ctx.t(`role-${audienceOf(ctx.person)}`);
  await ctx.reply(`${ctx.t("help-title", { role })}\n${commandLines(ctx)}`);
});

import type { NextFunction } from "grammy";
import type { BotContext } from "../context.js";
import { audienceOf } from "../audience.js";
import { findCommand } from "../commands.js";

/** Extracts "name" from "/name@bot args"; null when the message is not a command. */
export function commandName(text: string | undefined): string | null {
  const m = /^\/([A-Za-z0-9_]{1,32})(?:@\w+)?(?:\s|$)/.exec(text ?? "");
  return m ? m[1]!.toLowerCase() : null;
}

/** The single authorization point: every command is checked against its declared audience here. */
export async function commandGuard(ctx: BotContext, next: NextFunction) {
  const name = commandName(ctx.message?.text);
  if (name === null) return next();
  const spec = findCommand(name);
  if (!spec) {
    await ctx.reply(ctx.t("unknown-command", { command: name }));
    return;
  }
  if (!spec.audience.includes(audienceOf(ctx.person))) {
    const roles = spec.audience.map((a) => ctx.t(`role-${a}`)).join(", ");
    ctx.log.info({ command: name }, "command refused");
    await ctx.reply(ctx.t("command-refused", { command: name, roles }));
    return;
  }
  return next();
}

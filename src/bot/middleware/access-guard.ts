import type { NextFunction } from "grammy";
import type { BotContext } from "../context.js";
import { audienceOf } from "../audience.js";
import { callbackAudience, findCommand, FLOWS, type Audience } from "../access.js";

/** Extracts "name" from "/name@bot args"; null when the message is not a command. */
export function commandName(text: string | undefined): string | null {
  const m = /^\/([A-Za-z0-9_]{1,32})(?:@\w+)?(?:\s|$)/.exec(text ?? "");
  return m ? m[1]!.toLowerCase() : null;
}

function rolesText(ctx: BotContext, audience: readonly Audience[]) {
  return audience.map((a) => ctx.t(`role-${a}`)).join(", ");
}

/**
 * The single authorization point. Commands, buttons and open flows are each checked against
 * the declarations in access.ts before any feature sees the update.
 */
export async function accessGuard(ctx: BotContext, next: NextFunction) {
  const audience = audienceOf(ctx.person);

  const flow = ctx.session.flow;
  if (flow && !FLOWS[flow.kind]?.includes(audience)) {
    ctx.log.info({ flow: flow.kind }, "flow dropped: role no longer allows it");
    ctx.session.flow = undefined;
  }

  const data = ctx.callbackQuery?.data;
  if (data !== undefined) {
    const allowed = callbackAudience(data);
    if (!allowed) {
      await ctx.answerCallbackQuery({ text: ctx.t("unknown-button"), show_alert: true });
      return;
    }
    if (!allowed.includes(audience)) {
      ctx.log.info({ data }, "button refused");
      await ctx.answerCallbackQuery({ text: ctx.t("button-refused", { roles: rolesText(ctx, allowed) }), show_alert: true });
      return;
    }
    return next();
  }

  const name = commandName(ctx.message?.text);
  if (name === null) return next();
  const spec = findCommand(name);
  if (!spec) {
    await ctx.reply(ctx.t("unknown-command", { command: name }));
    return;
  }
  if (!spec.audience.includes(audience)) {
    ctx.log.info({ command: name }, "command refused");
    await ctx.reply(ctx.t("command-refused", { command: name, roles: rolesText(ctx, spec.audience) }));
    return;
  }
  return next();
}

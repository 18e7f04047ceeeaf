import type { NextFunction } from "grammy";
import type { BotContext } from "../context.js";
import { audienceOf } from "../audience.js";
import { callbackAudience, findCommand, FLOWS, type Audience, type CommandSpec } from "../access.js";

function rolesText(ctx: BotContext, audience: readonly Audience[]) {
  return audience.map((a) => ctx.t(`role-${a}`)).join(", ");
}

export async function refuseCommand(ctx: BotContext, spec: CommandSpec) {
  ctx.log.info({ command: spec.name }, "command refused");
  await ctx.reply(ctx.t("command-refused", { command: spec.name, roles: rolesText(ctx, spec.audience) }));
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

  // ctx.command is the parse every handler routes on (commands/parse.ts), so what is checked
  // here is exactly what runs.
  const command = ctx.command;
  if (command === null) return next();
  const spec = command.forThisBot ? findCommand(command.name) : undefined;
  if (!spec) {
    await ctx.reply(ctx.t("unknown-command", { command: command.name }));
    return;
  }
  if (!spec.audience.includes(audience)) {
    await refuseCommand(ctx, spec);
    return;
  }
  return next();
}

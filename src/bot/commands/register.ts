import type { Composer, Middleware } from "grammy";
import type { BotContext } from "../context.js";
import { findCommand, type CommandName } from "../access.js";
import { audienceOf } from "../audience.js";
import { refuseCommand } from "../middleware/access-guard.js";

/** A context routed to a command handler: `match` holds what followed the command. */
export type CommandContext = BotContext & { match: string };

/**
 * The only way features register a command. The name must be declared in access.ts (the type
 * says so), routing uses the same parsed command as the guard, and the declared audience is
 * checked again here, so a handler never runs for someone the declaration leaves out even if
 * the guard were bypassed.
 */
export function onCommand(composer: Composer<BotContext>, name: CommandName, ...handlers: Middleware<CommandContext>[]): void {
  const spec = findCommand(name);
  if (!spec) throw new Error(`command /${name} is not declared in access.ts`);
  composer.filter(
    (ctx): ctx is CommandContext => ctx.command?.forThisBot === true && ctx.command.name === name,
    async (ctx, next) => {
      if (!spec.audience.includes(audienceOf(ctx.person))) {
        ctx.log.error({ command: name }, "command reached its handler without passing the guard");
        await refuseCommand(ctx, spec);
        return;
      }
      ctx.match = ctx.command!.args;
      await next();
    },
    ...handlers,
  );
}

import type { BotContext } from "../context.js";

type ChatAction = Parameters<BotContext["replyWithChatAction"]>[0];

/**
 * Shows "uploading…" (or the like) while the work runs. Fired and not awaited: the action is a
 * courtesy, so its failure (or a slow Bot API) must never delay or abort the work it announces.
 */
export function announceAction(ctx: BotContext, action: ChatAction): void {
  ctx.replyWithChatAction(action).catch((err: unknown) => ctx.log.debug({ err, action }, "chat action not shown"));
}

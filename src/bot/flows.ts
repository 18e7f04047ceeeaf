import type { BotContext, Flow } from "./context.js";

type FlowOf<K extends Flow["kind"]> = Extract<Flow, { kind: K }>;

/** True for a non-command message while the person is in the given flow; commands keep working mid-flow. */
export function inFlow<K extends Flow["kind"]>(kind: K) {
  return (ctx: BotContext): boolean => ctx.session.flow?.kind === kind && ctx.message !== undefined && ctx.command === null;
}

export function flowOf<K extends Flow["kind"]>(ctx: BotContext, kind: K): FlowOf<K> | undefined {
  const flow = ctx.session.flow;
  return flow?.kind === kind ? (flow as FlowOf<K>) : undefined;
}

/** The text of the message, or null for stickers, photos, locations, voice… */
export function messageText(ctx: BotContext): string | null {
  return typeof ctx.message?.text === "string" ? ctx.message.text : null;
}

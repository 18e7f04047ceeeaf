import type { BotContext } from "../context.js";

export const TELEGRAM_TEXT_LIMIT = 4096;

/** Splits at line breaks so no message exceeds Telegram's limit; a single overlong line is cut. */
export function splitMessage(text: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let current = "";
  for (const rawLine of text.split("\n")) {
    let line = rawLine;
    while (line.length > limit) {
      if (current) {
        parts.push(current);
        current = "";
      }
      parts.push(line.slice(0, limit));
      line = line.slice(limit);
    }
    const candidate = current ? `${current}\n${line}` : line;
    if (candidate.length > limit) {
      parts.push(current);
      current = line;
    } else current = candidate;
  }
  if (current || parts.length === 0) parts.push(current);
  return parts;
}

/** Sends a text of any length as consecutive messages; only the last one carries the keyboard. */
export async function replyLong(ctx: BotContext, text: string, other?: Parameters<BotContext["reply"]>[1]) {
  const parts = splitMessage(text);
  for (const [i, part] of parts.entries()) await ctx.reply(part, i === parts.length - 1 ? other : undefined);
}

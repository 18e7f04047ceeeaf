import type { MessageEntity } from "grammy/types";

/**
 * The `bot_command` entity Telegram computes for a text that starts with a command: the name is
 * latin letters, digits and "_", optionally "@username"; it ends at the first other character,
 * so "/cadangan." has the entity "/cadangan" and the dot is left outside it.
 */
export function commandEntities(text: string): MessageEntity[] | undefined {
  const m = /^\/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?/.exec(text);
  return m ? [{ type: "bot_command", offset: 0, length: m[0].length }] : undefined;
}

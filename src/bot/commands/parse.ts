import type { Message } from "grammy/types";

/** A command as Telegram marks it: the `bot_command` entity at the start of a text or caption. */
export interface ParsedCommand {
  /** Lower case: `/CADANGAN` and `/cadangan` are one command, for the guard and the handler alike. */
  name: string;
  /** What follows the entity, trimmed at the start (the deep-link code of `/start <code>`). */
  args: string;
  /** False for `/x@other_bot`: a command meant for another bot in the same chat. */
  forThisBot: boolean;
}

type CommandCarrier = Pick<Message, "text" | "entities" | "caption" | "caption_entities">;

/**
 * The one command parser of the bot. It reads the entity Telegram computed (as grammY's own
 * routing does), never the raw text: "/cadangan." is the command "cadangan" followed by ".",
 * because Telegram's entity ends before the dot. A caption that begins with a command is a
 * command too, so a photo captioned "/cadangan" is checked like the text "/cadangan".
 */
export function parseCommand(message: CommandCarrier | undefined, botUsername: string): ParsedCommand | null {
  if (!message) return null;
  const text = message.text ?? message.caption;
  const entities = message.text !== undefined ? message.entities : message.caption_entities;
  if (text === undefined || !entities) return null;
  const entity = entities.find((e) => e.type === "bot_command" && e.offset === 0);
  if (!entity) return null;
  const [name = "", target] = text.substring(1, entity.length).split("@", 2);
  if (name === "") return null;
  return {
    name: name.toLowerCase(),
    args: text.substring(entity.length).trimStart(),
    forThisBot: target === undefined || target.toLowerCase() === botUsername.toLowerCase(),
  };
}

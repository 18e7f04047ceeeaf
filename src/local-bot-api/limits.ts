import type { Payload } from "./multipart.js";

/**
 * Telegram's limits and the exact texts it refuses with, so a bot that passes here passes there.
 * Sources: https://core.telegram.org/bots/api (message text 1–4096 characters, caption 0–1024,
 * callback_data 1–64 bytes, getFile up to 20 MB, uploads up to 50 MB) and
 * https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this
 * (about one message per second in a chat, about 30 per second overall).
 */
export const TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;
export const CALLBACK_DATA_LIMIT = 64;
export const DOWNLOAD_LIMIT_BYTES = 20 * 1024 * 1024;
export const UPLOAD_LIMIT_BYTES = 50 * 1024 * 1024;

export const ERRORS = {
  notModified:
    "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
  toEditNotFound: "Bad Request: message to edit not found",
  toDeleteNotFound: "Bad Request: message to delete not found",
  invalidFileId: "Bad Request: invalid file_id",
  wrongFileId: "Bad Request: wrong file identifier/HTTP URL specified",
  fileTooBig: "Bad Request: file is too big",
  tooLarge: "Request Entity Too Large",
  webhookActive: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
  notFound: "Not Found",
} as const;

/** The refusal Telegram gives to a payload that breaks a limit, or null. */
export function violatesLimits(payload: Payload): string | null {
  if (typeof payload.text === "string" && [...payload.text].length > TEXT_LIMIT) return "message is too long";
  if (typeof payload.caption === "string" && [...payload.caption].length > CAPTION_LIMIT) return "message caption is too long";
  if (typeof payload.text === "string" && payload.text.trim() === "") return "message text is empty";
  const rows = payload.reply_markup?.inline_keyboard as { text: string; callback_data?: string }[][] | undefined;
  for (const button of rows?.flat() ?? []) {
    if (button.callback_data !== undefined && Buffer.byteLength(button.callback_data, "utf8") > CALLBACK_DATA_LIMIT) return "BUTTON_DATA_INVALID";
    if (!button.text) return "text buttons are unallowed in the inline keyboard";
  }
  return null;
}

export interface RateLimits {
  /** New messages allowed per chat in any one second. */
  perChatPerSecond: number;
  /** New messages allowed across all chats in any one second. */
  overallPerSecond: number;
}

export const TELEGRAM_RATE_LIMITS: RateLimits = { perChatPerSecond: 1, overallPerSecond: 30 };

/** Sliding one-second windows; `take` answers the seconds to wait (Telegram's retry_after) or 0. */
export class RateWindows {
  private readonly perChat = new Map<number, number[]>();
  private overall: number[] = [];

  constructor(
    private readonly limits: RateLimits,
    private readonly now: () => number,
  ) {}

  take(chatId: number): number {
    const now = this.now();
    const recent = (stamps: number[]) => stamps.filter((t) => now - t < 1000);
    const chat = recent(this.perChat.get(chatId) ?? []);
    this.overall = recent(this.overall);
    const wait = (stamps: number[], limit: number) => (stamps.length >= limit ? Math.max(1, Math.ceil((stamps[0]! + 1000 - now) / 1000)) : 0);
    const retryAfter = Math.max(wait(chat, this.limits.perChatPerSecond), wait(this.overall, this.limits.overallPerSecond));
    if (retryAfter > 0) {
      this.perChat.set(chatId, chat);
      return retryAfter;
    }
    chat.push(now);
    this.overall.push(now);
    this.perChat.set(chatId, chat);
    return 0;
  }
}

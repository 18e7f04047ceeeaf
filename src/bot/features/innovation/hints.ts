import type { BotContext } from "../../context.js";
import type { TextResult } from "../../../core/profile/index.js";
import { charLength } from "../../../core/profile/index.js";

/** What arrived instead of text, named, so the hint says "stiker" rather than "pesan". */
export function messageKindKey(ctx: BotContext): string {
  const m = ctx.message;
  if (!m) return "inn-msg-other";
  if (m.sticker) return "inn-msg-sticker";
  if (m.location || m.venue) return "inn-msg-location";
  if (m.voice || m.audio) return "inn-msg-voice";
  if (m.photo) return "inn-msg-photo";
  if (m.video || m.video_note || m.animation) return "inn-msg-video";
  if (m.document) return "inn-msg-document";
  if (m.contact) return "inn-msg-contact";
  return "inn-msg-other";
}

export function notTextHint(ctx: BotContext): string {
  return ctx.t("inn-hint-not-text", { what: ctx.t(messageKindKey(ctx)) });
}

/** The hint for a rejected text answer. */
export function textHint(ctx: BotContext, result: Exclude<TextResult, { ok: true }>): string {
  switch (result.code) {
    case "not-text":
      return notTextHint(ctx);
    case "empty":
      return ctx.t("inn-hint-empty");
    case "too-long":
      return ctx.t("inn-hint-too-long", { max: result.max, length: charLength(ctx.message?.text ?? "") });
    case "too-short":
      return ctx.t("inn-hint-too-short", { min: result.min });
  }
}

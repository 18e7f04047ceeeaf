import { InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import type { Innovation } from "../../../db/schema.js";
import { firstConcern } from "../../../core/verification/index.js";
import { LOCALES, translatorFor, type Translate } from "../../i18n.js";
import type { NoticeWithButtons } from "../../notify.js";
import { FIELDS, periodOf } from "./common.js";
import { changeLines, verifiedKematanganText } from "./verify-screen.js";

/**
 * Where [Perbaiki sekarang] leads: the first indicator or profile field the note names (in any
 * of the bot's languages), else the innovation's review, from which everything can be changed.
 */
export function fixButtonData(ctx: BotContext, inn: Innovation, note: string): string {
  const labels = LOCALES.flatMap((l) => FIELDS.map((f) => ({ key: f.key, label: translatorFor(l)(`inn-field-${f.key}`) })));
  const concern = firstConcern(
    note,
    periodOf(ctx, inn).sid.map((i) => i.code),
    labels,
  );
  if (concern?.kind === "indicator") return `inn:i:${inn.id}:${concern.code}`;
  if (concern?.kind === "field") return `inn:f:${inn.id}:${concern.key}`;
  return `inn:o:${inn.id}`;
}

export function returnNotice(ctx: BotContext, inn: Innovation, note: string): (t: Translate) => NoticeWithButtons {
  const data = fixButtonData(ctx, inn, note);
  return (t) => ({
    text: t("inn-notice-returned", { name: inn.nama, note }),
    keyboard: new InlineKeyboard().text(t("inn-notice-fix-button"), data),
  });
}

/** `approved` is the innovation as stored after approval: its verified levels are complete. */
export function approvalNotice(ctx: BotContext, approved: Innovation): (t: Translate) => NoticeWithButtons {
  const { claimed, verified } = verifiedKematanganText(ctx, approved);
  return (t) => {
    const changes = changeLines(ctx, approved, t);
    const lines = [
      t("inn-notice-verified", { name: approved.nama }),
      ...(changes.length > 0 ? [t("inn-notice-verified-changes"), ...changes] : [t("inn-notice-verified-unchanged")]),
      t("inn-notice-verified-kematangan", { claimed, verified }),
    ];
    return { text: lines.join("\n"), keyboard: new InlineKeyboard().text(t("inn-notice-open-button"), `inn:o:${approved.id}`) };
  };
}

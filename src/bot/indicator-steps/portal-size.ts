import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { megabytes, type PortalRules } from "../../core/period/index.js";
import { overPortalLimit } from "../../core/profile/evidence.js";
import type { Evidence } from "../../db/schema.js";

/** Callback data of "Buat salinan kecil": `evs:<evidence id>`. */
export const SHRINK_PREFIX = "evs:";

/** Only photos and screenshots can be shrunk here; a PDF or video is left to the operator. */
function shrinkable(e: Evidence): boolean {
  return e.kind === "image" && e.localPath !== null && e.portalCopyPath === null;
}

/**
 * Said right after a file larger than the portal takes is kept: it is stored all the same,
 * with the portal's limit named; a photo is offered a shrunken copy in one tap.
 */
export async function sendPortalNotice(ctx: BotContext, e: Evidence, rules: PortalRules): Promise<void> {
  if (!overPortalLimit(e.sizeBytes, rules)) return;
  const vars = { name: e.fileName ?? ctx.t(`ind-kind-${e.kind}`), size: megabytes(e.sizeBytes!), max: megabytes(rules.maxFileBytes) };
  if (!shrinkable(e)) return void (await ctx.reply(ctx.t("ev-portal-too-large", vars)));
  const keyboard = new InlineKeyboard().text(ctx.t("ev-shrink-button"), `${SHRINK_PREFIX}${e.id}`);
  await ctx.reply(`${ctx.t("ev-portal-too-large", vars)}\n${ctx.t("ev-shrink-offer")}`, { reply_markup: keyboard });
}

/** "• 16 sk.pdf: 3,4 MB" for each file above the portal's limit; empty when none is. */
export function oversizeLines(ctx: BotContext, files: readonly Evidence[], names: ReadonlyMap<number, string>, rules: PortalRules): string[] {
  return files
    .filter((e) => overPortalLimit(e.sizeBytes, rules))
    .map((e) =>
      ctx.t(e.portalCopyPath ? "ev-oversize-line-copied" : "ev-oversize-line", {
        code: e.indicatorCode,
        name: names.get(e.id) ?? e.fileName ?? "",
        size: megabytes(e.sizeBytes!),
        copy: megabytes(e.portalCopyBytes ?? 0),
      }),
    );
}

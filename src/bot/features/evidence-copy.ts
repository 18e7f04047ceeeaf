import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Composer } from "grammy";
import type { BotContext } from "../context.js";
import { megabytes, portalRules } from "../../core/period/index.js";
import { findEvidence, findInnovation, setEvidencePortalCopy } from "../../db/repo/innovations.js";
import { getPeriod } from "../../db/repo/periods.js";
import { audit } from "../../db/repo/audit.js";
import { SHRINK_PREFIX } from "../indicator-steps/portal-size.js";
import { shrinkImage } from "../../media/shrink-image.js";
import type { Evidence } from "../../db/schema.js";

// "Buat salinan kecil": a JPEG copy of a photo that fits the portal's size limit, written beside
// the original (which is kept). Operators may shrink their own OPD's files, admins any file.

export const evidenceCopyFeature = new Composer<BotContext>();

function mayShrink(ctx: BotContext, e: Evidence): boolean {
  if (ctx.person?.role === "admin") return true;
  if (e.innovationId === null || ctx.person?.opdId == null) return false;
  return findInnovation(ctx.deps.db, e.innovationId)?.opdId === ctx.person.opdId;
}

/** "16-12-kecil.jpg" beside "16-12.png". */
function copyPathOf(localPath: string): string {
  return `${localPath.replace(/\.[^./]+$/, "")}-kecil.jpg`;
}

evidenceCopyFeature.callbackQuery(new RegExp(`^${SHRINK_PREFIX}(\\d{1,12})$`), async (ctx) => {
  const { db, config, clock } = ctx.deps;
  const e = findEvidence(db, Number(ctx.match[1]));
  if (!e || !mayShrink(ctx, e)) return void (await ctx.answerCallbackQuery({ text: ctx.t("ev-shrink-gone"), show_alert: true }));
  await ctx.answerCallbackQuery();
  if (e.portalCopyPath) return void (await ctx.reply(ctx.t("ev-shrink-already", { size: megabytes(e.portalCopyBytes ?? 0) })));
  if (e.kind !== "image" || !e.localPath) return void (await ctx.reply(ctx.t("ev-shrink-failed")));
  const rules = portalRules(getPeriod(db, e.periodYear));
  try {
    const shrunk = await shrinkImage(await readFile(join(config.EVIDENCE_DIR, e.localPath)), rules.maxFileBytes);
    const rel = copyPathOf(e.localPath);
    await writeFile(join(config.EVIDENCE_DIR, rel), shrunk.bytes);
    setEvidencePortalCopy(db, e.id, rel, shrunk.bytes.length);
    audit(db, { actorId: ctx.person!.id, action: "evidence.shrink", target: `evidence:${e.id}`, detail: { bytes: shrunk.bytes.length }, at: clock() });
    await ctx.reply(
      ctx.t("ev-shrink-done", {
        name: e.fileName ?? ctx.t("ind-kind-image"),
        size: megabytes(shrunk.bytes.length),
        width: shrunk.width,
        height: shrunk.height,
      }),
    );
  } catch (err) {
    ctx.log.warn({ err, evidence_id: e.id }, "shrinking an image failed");
    await ctx.reply(ctx.t("ev-shrink-failed"));
  }
});

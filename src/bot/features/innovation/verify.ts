import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { withBasis } from "./ask.js";
import { Composer, InputFile } from "grammy";
import type { BotContext } from "../../context.js";
import type { Evidence, Innovation } from "../../../db/schema.js";
import { inFlow, messageText } from "../../flows.js";
import { normalizeParagraphs, charLength } from "../../../core/profile/index.js";
import { getActivePeriod } from "../../../db/repo/periods.js";
import { findOpd } from "../../../db/repo/opds.js";
import { approveInnovation, findInnovation, listByStatus, listInnovationEvidence, setStatus, setVerifiedLevel } from "../../../db/repo/innovations.js";
import { audit } from "../../../db/repo/audit.js";
import { idFrom, pagedKeyboard } from "../../ui/paged-keyboard.js";
import { indicatorQuestion, levelCallbackPattern, levelKeyboard, parseLevelCallback } from "../../indicator-steps/index.js";
import { notifyOperators, periodOf, refuseButton, statusText } from "./common.js";
import { notTextHint } from "./hints.js";
import { onCommand } from "../../commands/register.js";
import { buildEvidenceZip, safeName } from "../../../export/evidence-zip.js";
import { announceAction } from "../../ui/chat-action.js";
import { TELEGRAM_UPLOAD_MAX } from "../transfer/export.js";
import { showFullProfile, showInnovation } from "./verify-screen.js";
import { approvalNotice, returnNotice } from "./verify-notices.js";

export const verifyComposer = new Composer<BotContext>();

export const RETURN_NOTE_MAX_CHARS = 1000;

/** The submitted innovations a page at a time: a Pemda reports dozens (Kota Serang: 78). */
async function showQueue(ctx: BotContext, page = 1, edit = false) {
  const period = getActivePeriod(ctx.deps.db);
  const queue = listByStatus(ctx.deps.db, period.year, "diajukan");
  if (queue.length === 0) return void (await ctx.reply(ctx.t("ver-queue-empty", { year: String(period.year) })));
  const { keyboard, page: shown } = pagedKeyboard({
    items: queue,
    page,
    button: (inn) => ({ label: `${inn.nama} · ${findOpd(ctx.deps.db, inn.opdId)?.name ?? "-"}`, data: `ver:o:${inn.id}` }),
    pageData: (p) => `ver:qp:${p}`,
  });
  // Buttons cut long names; the text above them gives each name and OPD whole.
  const lines = shown.items.map((inn) => ctx.t("ver-queue-line", { name: inn.nama, opd: findOpd(ctx.deps.db, inn.opdId)?.name ?? "-" }));
  const text = [ctx.t("ver-queue-title", { year: String(period.year), count: queue.length }), ...lines].join("\n");
  if (edit) await ctx.editMessageText(text, { reply_markup: keyboard });
  else await ctx.reply(text, { reply_markup: keyboard });
}

/** Only submitted innovations are verified; a button for anything else is stale and changes nothing. */
async function submitted(ctx: BotContext, rawId: string | undefined): Promise<Innovation | null> {
  const inn = findInnovation(ctx.deps.db, idFrom(rawId) ?? -1);
  if (!inn) {
    await refuseButton(ctx, "ver-not-found");
    return null;
  }
  if (inn.status !== "diajukan") {
    await refuseButton(ctx, "ver-not-submitted", { status: statusText(ctx, inn.status) });
    return null;
  }
  return inn;
}

onCommand(verifyComposer, "verifikasi", (ctx) => showQueue(ctx));
verifyComposer.callbackQuery("ver:q", async (ctx) => {
  await ctx.answerCallbackQuery();
  await showQueue(ctx);
});
verifyComposer.callbackQuery(/^ver:qp:(\d{1,4})$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showQueue(ctx, Number(ctx.match[1]), true);
});

verifyComposer.callbackQuery(/^ver:o:(\d+)$/, async (ctx) => {
  const inn = await submitted(ctx, ctx.match[1]);
  if (!inn) return;
  await ctx.answerCallbackQuery();
  await showInnovation(ctx, inn);
});

verifyComposer.callbackQuery(/^ver:p:(\d+)$/, async (ctx) => {
  const inn = await submitted(ctx, ctx.match[1]);
  if (!inn) return;
  await ctx.answerCallbackQuery();
  await showFullProfile(ctx, inn);
});

verifyComposer.callbackQuery(/^ver:i:(\d+):(\d{1,2}[a-z]?)$/, async (ctx) => {
  const inn = await submitted(ctx, ctx.match[1]);
  if (!inn) return;
  const found = periodOf(ctx, inn).sid.find((i) => i.code === ctx.match[2]);
  if (!found) return refuseButton(ctx, "unknown-button");
  // Verified against the cut-offs of the basis the OPD chose.
  const ind = withBasis(found, inn.claimedBases[found.code]);
  await ctx.answerCallbackQuery();
  const claim = ctx.t("ver-claim", { level: inn.claimedLevels[ind.code] ?? "—" });
  await ctx.reply(`${claim}\n\n${indicatorQuestion(ctx, ind, { current: inn.verifiedLevels[ind.code] ?? undefined })}`, {
    reply_markup: levelKeyboard(ctx, ind, `ver:l:${inn.id}:`).row().text(ctx.t("ver-back-button"), `ver:o:${inn.id}`),
  });
});

/** The verified level is kept beside the claim; the claim itself never changes here. */
verifyComposer.callbackQuery(levelCallbackPattern(/ver:l:\d+:/), async (ctx) => {
  const rawId = /^ver:l:(\d+):/.exec(ctx.callbackQuery.data)![1];
  const inn = await submitted(ctx, rawId);
  if (!inn) return;
  const pick = parseLevelCallback(ctx.callbackQuery.data, `ver:l:${inn.id}:`);
  if (!pick || !periodOf(ctx, inn).sid.some((i) => i.code === pick.code)) return refuseButton(ctx, "unknown-button");
  await ctx.answerCallbackQuery();
  const { db, clock } = ctx.deps;
  const now = clock();
  db.transaction((tx) => {
    setVerifiedLevel(tx, inn.id, pick.code, pick.level, now);
    audit(tx, {
      actorId: ctx.person!.id,
      action: "innovation.verify-level",
      target: `innovation:${inn.id}`,
      detail: { code: pick.code, level: pick.level, claimed: inn.claimedLevels[pick.code] ?? null },
      at: now,
    });
  });
  // Back to the first screen, with the kematangan the new level gives: approving is one tap away.
  await showInnovation(ctx, findInnovation(db, inn.id)!, ctx.t("ver-level-saved", { code: pick.code, level: pick.level }));
});

/**
 * Telegram re-sends a file id only with the method of its own type: a photo as a photo, but a
 * PNG or MP4 the operator sent as a file (no compression) only as a document. A photo message
 * is stored without a file name; a video whose type is unknown falls back to a document.
 */
async function resendEvidence(ctx: BotContext, e: Evidence, caption: string) {
  const fileId = e.telegramFileId!;
  if (e.kind === "image" && e.fileName === null) return void (await ctx.replyWithPhoto(fileId, { caption }));
  if (e.kind === "video") {
    try {
      return void (await ctx.replyWithVideo(fileId, { caption }));
    } catch {
      // A video sent as a file: its id is a document's.
    }
  }
  await ctx.replyWithDocument(fileId, { caption });
}

/**
 * The evidence as one zip of the copies the bot downloaded; a file it has no copy of (download
 * failed) is re-sent by Telegram file id instead, so nothing the operator sent is out of reach.
 */
verifyComposer.callbackQuery(/^ver:f:(\d+)$/, async (ctx) => {
  const inn = await submitted(ctx, ctx.match[1]);
  if (!inn) return;
  await ctx.answerCallbackQuery();
  const list = listInnovationEvidence(ctx.deps.db, inn.id);
  const zip = buildEvidenceZip({ innovations: [inn], evidence: new Map([[inn.id, list]]) }, ctx.deps.config.EVIDENCE_DIR);
  const zipped = zip.files > 0 && zip.bytes.length <= TELEGRAM_UPLOAD_MAX;
  if (zipped) {
    announceAction(ctx, "upload_document");
    await ctx.replyWithDocument(new InputFile(zip.bytes, `${safeName(inn.nama, 60)}.zip`), { caption: ctx.t("ver-zip-caption", { count: zip.files }) });
  }
  const failed: string[] = [];
  for (const e of list) {
    if (!e.telegramFileId || (zipped && e.localPath && onDisk(ctx, e))) continue;
    try {
      await resendEvidence(ctx, e, ctx.t("ver-file-caption", { code: e.indicatorCode }));
    } catch (err) {
      ctx.log.warn({ err, evidence_id: e.id }, "could not re-send evidence file");
      failed.push(e.indicatorCode);
    }
  }
  if (failed.length > 0) await ctx.reply(ctx.t("ver-files-failed", { count: failed.length, codes: failed.join(", ") }));
});

function onDisk(ctx: BotContext, e: Evidence): boolean {
  return existsSync(resolve(ctx.deps.config.EVIDENCE_DIR, e.localPath!));
}

verifyComposer.callbackQuery(/^ver:a:(\d+)$/, async (ctx) => {
  const inn = await submitted(ctx, ctx.match[1]);
  if (!inn) return;
  await ctx.answerCallbackQuery();
  const { db, clock } = ctx.deps;
  const now = clock();
  db.transaction((tx) => {
    approveInnovation(tx, inn.id, ctx.person!.id, now);
    audit(tx, { actorId: ctx.person!.id, action: "innovation.verify", target: `innovation:${inn.id}`, at: now });
  });
  await ctx.reply(ctx.t("ver-approved", { name: inn.nama }));
  await notifyOperators(ctx, inn.opdId, approvalNotice(ctx, findInnovation(db, inn.id)!));
});

verifyComposer.callbackQuery(/^ver:r:(\d+)$/, async (ctx) => {
  const inn = await submitted(ctx, ctx.match[1]);
  if (!inn) return;
  await ctx.answerCallbackQuery();
  ctx.session.flow = { kind: "verification", step: "note", innovationId: inn.id };
  await ctx.reply(ctx.t("ver-ask-note", { name: inn.nama }));
});

verifyComposer.filter(inFlow("verification"), async (ctx) => {
  const flow = ctx.session.flow;
  if (flow?.kind !== "verification") return;
  const inn = findInnovation(ctx.deps.db, flow.innovationId);
  if (inn?.status !== "diajukan") {
    ctx.session.flow = undefined;
    return void (await ctx.reply(ctx.t("ver-not-submitted", { status: inn ? statusText(ctx, inn.status) : "-" })));
  }
  const ask = ctx.t("ver-ask-note", { name: inn.nama });
  const raw = messageText(ctx);
  if (raw === null) return void (await ctx.reply(`${notTextHint(ctx)}\n\n${ask}`));
  const note = normalizeParagraphs(raw);
  if (note === "") return void (await ctx.reply(`${ctx.t("inn-hint-empty")}\n\n${ask}`));
  if (charLength(note) > RETURN_NOTE_MAX_CHARS) {
    return void (await ctx.reply(`${ctx.t("inn-hint-too-long", { max: RETURN_NOTE_MAX_CHARS, length: charLength(note) })}\n\n${ask}`));
  }
  const { db, clock } = ctx.deps;
  const now = clock();
  db.transaction((tx) => {
    setStatus(tx, inn.id, "dikembalikan", now, { returnNote: note });
    audit(tx, { actorId: ctx.person!.id, action: "innovation.return", target: `innovation:${inn.id}`, detail: { note }, at: now });
  });
  ctx.session.flow = undefined;
  await ctx.reply(ctx.t("ver-returned", { name: inn.nama }));
  await notifyOperators(ctx, inn.opdId, returnNotice(ctx, inn, note));
});

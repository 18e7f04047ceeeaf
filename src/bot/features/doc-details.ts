import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { flowOf, inFlow, messageText } from "../flows.js";
import { hasDocDetails, readDocDetails, type DocDetails } from "../../core/profile/doc-details.js";
import { formatIndonesianDate } from "../../core/profile/dates.js";
import { evidenceNames } from "../../core/profile/evidence-names.js";
import { findEvidence, findInnovation, listInnovationEvidence, setEvidenceDocDetails } from "../../db/repo/innovations.js";
import { audit } from "../../db/repo/audit.js";
import type { Evidence, Innovation } from "../../db/schema.js";
import { buttonLabel } from "../ui/paged-keyboard.js";
import { replyLong } from "../ui/long-text.js";

// Nomor, tanggal and judul of each document, as the portal's rows ask: read from the caption when
// the file arrives, and corrected here by the operator (in review) or a verifier (in verification)
// by sending the details again as one line, read the same way.

export const docDetailsFeature = new Composer<BotContext>();

export const DOC_PREFIX = "doc:";

const detailsOf = (e: Evidence): DocDetails => ({ nomor: e.docNomor, tanggal: e.docTanggal, judul: e.docJudul });

/** "nomor 188.45/12/2025 · 3 Maret 2025 · Penetapan …", or "" when nothing was read. */
export function docDetailsText(ctx: BotContext, d: DocDetails): string {
  const parts = [
    d.nomor ? ctx.t("doc-nomor", { nomor: d.nomor }) : null,
    d.tanggal ? formatIndonesianDate(d.tanggal) : null,
    d.judul ? ctx.t("doc-judul", { judul: d.judul }) : null,
  ].filter((p): p is string => p !== null);
  return parts.join(" · ");
}

/** A line said under "Data dukung diterima" when the caption held details. */
export function docDetailsLine(ctx: BotContext, e: Evidence): string {
  const d = detailsOf(e);
  return hasDocDetails(d) ? `\n${ctx.t("doc-read", { details: docDetailsText(ctx, d) })}` : "";
}

/** Operators may edit their own OPD's innovations while editable; admins (verifiers) any. */
function mayEdit(ctx: BotContext, inn: Innovation | undefined): inn is Innovation {
  if (!inn) return false;
  if (ctx.person?.role === "admin") return true;
  return ctx.person?.role === "operator" && ctx.person.opdId === inn.opdId && ["draf", "dikembalikan"].includes(inn.status);
}

/** The innovation's documents, one line each with what is known; the buttons open one to edit. */
export async function showDocList(ctx: BotContext, inn: Innovation) {
  const files = listInnovationEvidence(ctx.deps.db, inn.id);
  if (files.length === 0) return void (await ctx.reply(ctx.t("doc-none")));
  const names = evidenceNames(files);
  const keyboard = new InlineKeyboard();
  const lines = [ctx.t("doc-list-title", { name: inn.nama })];
  for (const e of files) {
    const name = names.get(e.id) ?? "";
    const details = docDetailsText(ctx, detailsOf(e));
    lines.push(ctx.t("doc-list-line", { code: e.indicatorCode, name, details: details || ctx.t("doc-empty") }));
    keyboard.text(buttonLabel(`${e.indicatorCode} ${name}`), `${DOC_PREFIX}e:${e.id}`).row();
  }
  await replyLong(ctx, lines.join("\n"), { reply_markup: keyboard });
}

docDetailsFeature.callbackQuery(/^doc:l:(\d{1,12})$/, async (ctx) => {
  const inn = findInnovation(ctx.deps.db, Number(ctx.match[1]));
  if (!mayEdit(ctx, inn)) return void (await ctx.answerCallbackQuery({ text: ctx.t("doc-not-allowed"), show_alert: true }));
  await ctx.answerCallbackQuery();
  await showDocList(ctx, inn);
});

docDetailsFeature.callbackQuery(/^doc:e:(\d{1,12})$/, async (ctx) => {
  const e = findEvidence(ctx.deps.db, Number(ctx.match[1]));
  const inn = e?.innovationId ? findInnovation(ctx.deps.db, e.innovationId) : undefined;
  if (!e || !mayEdit(ctx, inn)) return void (await ctx.answerCallbackQuery({ text: ctx.t("doc-not-allowed"), show_alert: true }));
  await ctx.answerCallbackQuery();
  ctx.session.flow = { kind: "doc-details", evidenceId: e.id };
  const now = docDetailsText(ctx, detailsOf(e)) || ctx.t("doc-empty");
  await ctx.reply(ctx.t("doc-ask", { code: e.indicatorCode, now }));
});

docDetailsFeature.filter(inFlow("doc-details"), async (ctx) => {
  const flow = flowOf(ctx, "doc-details")!;
  const { db, clock } = ctx.deps;
  const e = findEvidence(db, flow.evidenceId);
  const inn = e?.innovationId ? findInnovation(db, e.innovationId) : undefined;
  if (!e || !mayEdit(ctx, inn)) {
    ctx.session.flow = undefined;
    return void (await ctx.reply(ctx.t("doc-not-allowed")));
  }
  const text = messageText(ctx);
  const d = text === null ? null : readDocDetails(text);
  if (d === null || !hasDocDetails(d)) return void (await ctx.reply(ctx.t("doc-unreadable")));
  const now = clock();
  db.transaction((tx) => {
    setEvidenceDocDetails(tx, e.id, d);
    audit(tx, { actorId: ctx.person!.id, action: "evidence.details", target: `evidence:${e.id}`, detail: { from: detailsOf(e), to: d }, at: now });
  });
  ctx.session.flow = undefined;
  await ctx.reply(ctx.t("doc-saved", { code: e.indicatorCode, details: docDetailsText(ctx, d) }));
});

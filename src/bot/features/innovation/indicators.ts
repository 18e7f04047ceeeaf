import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import type { InnovationFlow } from "./flow-types.js";
import { inFlow } from "../../flows.js";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { deleteEvidence, findInnovation, listInnovationEvidence, setClaimedBasis, setClaimedLevel } from "../../../db/repo/innovations.js";
import { isEvidenceFileShared } from "../../../db/repo/carry-over.js";
import { evidenceNames } from "../../../core/profile/index.js";
import type { Evidence } from "../../../db/schema.js";
import { docDetailsLine } from "../doc-details.js";
import { levelCallbackPattern, parseLevelCallback, takeEvidence } from "../../indicator-steps/index.js";
import { afterAnswer, askAgain, askBasis, askEvidence, askLevel, evidenceCount, walkOn } from "./ask.js";
import { isEditable, kematanganText, ownInnovation, periodOf, refuseButton, statusText } from "./common.js";

export const indicatorsComposer = new Composer<BotContext>();

/** The basis of an indicator with several (33): stored at once, then that basis's levels are asked. */
indicatorsComposer.callbackQuery(/^inn:bs:(\d+):(\d{1,2}[a-z]?):(\d{1,2})$/, async (ctx) => {
  const inn = ownInnovation(ctx, ctx.match[1]);
  if (!inn) return refuseButton(ctx, "inn-not-yours");
  if (!isEditable(inn.status)) return refuseButton(ctx, "inn-locked", { status: statusText(ctx, inn.status) });
  const code = ctx.match[2]!;
  const basis = periodOf(ctx, inn).sid.find((i) => i.code === code)?.bases?.[Number(ctx.match[3])];
  const flow = ctx.session.flow;
  if (!basis || flow?.kind !== "innovation" || flow.step !== "level" || flow.innovationId !== inn.id || flow.code !== code) {
    await refuseButton(ctx, "inn-stale-button");
    return askAgain(ctx, ctx.t("inn-stale-button"));
  }
  await ctx.answerCallbackQuery();
  setClaimedBasis(ctx.deps.db, inn.id, code, basis.id, ctx.deps.clock());
  await askLevel(ctx, findInnovation(ctx.deps.db, inn.id)!, code, { edit: flow.edit, lead: ctx.t("inn-basis-saved", { code, basis: basis.name }) });
});

/** "Ganti dasar": the basis question again; the stored basis stays until another is chosen. */
indicatorsComposer.callbackQuery(/^inn:bp:(\d+):(\d{1,2}[a-z]?)$/, async (ctx) => {
  const inn = ownInnovation(ctx, ctx.match[1]);
  if (!inn) return refuseButton(ctx, "inn-not-yours");
  if (!isEditable(inn.status)) return refuseButton(ctx, "inn-locked", { status: statusText(ctx, inn.status) });
  const flow = ctx.session.flow;
  if (flow?.kind !== "innovation" || flow.step !== "level" || flow.innovationId !== inn.id || flow.code !== ctx.match[2]) {
    await refuseButton(ctx, "inn-stale-button");
    return askAgain(ctx, ctx.t("inn-stale-button"));
  }
  await ctx.answerCallbackQuery();
  await askBasis(ctx, inn, ctx.match[2]!, { edit: flow.edit });
});

/** The operator's level for one SID indicator, written at once; evidence is asked for levels above 0. */
indicatorsComposer.callbackQuery(levelCallbackPattern(/inn:l:\d+:/), async (ctx) => {
  const rawId = /^inn:l:(\d+):/.exec(ctx.callbackQuery.data)![1];
  const inn = ownInnovation(ctx, rawId);
  if (!inn) return refuseButton(ctx, "inn-not-yours");
  if (!isEditable(inn.status)) return refuseButton(ctx, "inn-locked", { status: statusText(ctx, inn.status) });
  const pick = parseLevelCallback(ctx.callbackQuery.data, `inn:l:${inn.id}:`);
  const flow = ctx.session.flow;
  if (!pick || flow?.kind !== "innovation" || flow.step !== "level" || flow.innovationId !== inn.id || flow.code !== pick.code) {
    await refuseButton(ctx, "inn-stale-button");
    return askAgain(ctx, ctx.t("inn-stale-button"));
  }
  await ctx.answerCallbackQuery();
  const { db, clock } = ctx.deps;
  setClaimedLevel(db, inn.id, pick.code, pick.level, clock());
  const updated = findInnovation(db, inn.id)!;
  const saved = pick.level === 0 ? ctx.t("inn-level-saved-zero", { code: pick.code }) : ctx.t("inn-level-saved", { code: pick.code, level: pick.level });
  // The next indicator question shows the running score itself.
  if (pick.level === 0) return flow.edit ? afterAnswer(ctx, inn.id, true, saved) : walkOn(ctx, inn.id, pick.code, saved);
  // A file sent before the level was chosen already proves it: on to the next indicator at once.
  if (!flow.edit && evidenceCount(ctx, inn.id, pick.code) > 0) return walkOn(ctx, inn.id, pick.code, saved, pick.code);
  // On the walk the next question shows the running score; shown here too it would read twice.
  const lead = flow.edit ? `${saved}\n${kematanganText(ctx, updated, periodOf(ctx, updated))}` : saved;
  await askEvidence(ctx, updated, pick.code, { lead, edit: flow.edit });
});

/** "Lanjut" or "Lewati" under the evidence question: on to the next indicator. */
indicatorsComposer.callbackQuery(/^inn:n:(\d+):(\d{1,2}[a-z]?)$/, async (ctx) => {
  const inn = ownInnovation(ctx, ctx.match[1]);
  if (!inn) return refuseButton(ctx, "inn-not-yours");
  if (!isEditable(inn.status)) return refuseButton(ctx, "inn-locked", { status: statusText(ctx, inn.status) });
  const flow = ctx.session.flow;
  if (flow?.kind !== "innovation" || flow.step !== "evidence" || flow.innovationId !== inn.id || flow.code !== ctx.match[2]) {
    await refuseButton(ctx, "inn-stale-button");
    return askAgain(ctx, ctx.t("inn-stale-button"));
  }
  await ctx.answerCallbackQuery();
  await (flow.edit ? afterAnswer(ctx, inn.id, true) : walkOn(ctx, inn.id, flow.code));
});

/** "‹ Data dukung 16" under a level question: back to the indicator before, to add or check its files. */
indicatorsComposer.callbackQuery(/^inn:b:(\d+):(\d{1,2}[a-z]?)$/, async (ctx) => {
  const inn = ownInnovation(ctx, ctx.match[1]);
  if (!inn) return refuseButton(ctx, "inn-not-yours");
  if (!isEditable(inn.status)) return refuseButton(ctx, "inn-locked", { status: statusText(ctx, inn.status) });
  const flow = ctx.session.flow;
  if (flow?.kind !== "innovation" || flow.step !== "level" || flow.innovationId !== inn.id || !flow.evidenceFor || flow.evidenceFor !== ctx.match[2]) {
    await refuseButton(ctx, "inn-stale-button");
    return askAgain(ctx, ctx.t("inn-stale-button"));
  }
  await ctx.answerCallbackQuery();
  await askEvidence(ctx, inn, flow.evidenceFor, { edit: flow.edit });
});

/** "Hapus berkas terakhir" under the evidence question: a wrong file or link is taken back. */
indicatorsComposer.callbackQuery(/^inn:x:(\d+):(\d{1,2}[a-z]?)$/, async (ctx) => {
  const inn = ownInnovation(ctx, ctx.match[1]);
  if (!inn) return refuseButton(ctx, "inn-not-yours");
  if (!isEditable(inn.status)) return refuseButton(ctx, "inn-locked", { status: statusText(ctx, inn.status) });
  const flow = ctx.session.flow;
  const last = listInnovationEvidence(ctx.deps.db, inn.id)
    .filter((e) => e.indicatorCode === ctx.match[2])
    .at(-1);
  if (flow?.kind !== "innovation" || flow.step !== "evidence" || flow.innovationId !== inn.id || flow.code !== ctx.match[2] || !last) {
    await refuseButton(ctx, "inn-stale-button");
    return askAgain(ctx, ctx.t("inn-stale-button"));
  }
  await ctx.answerCallbackQuery();
  const name = evidenceName(ctx, last);
  const shared = last.localPath !== null && isEvidenceFileShared(ctx.deps.db, last.localPath, last.id);
  deleteEvidence(ctx.deps.db, last.id);
  // A carried-over copy shares its file with the earlier year's row, which must stay intact.
  if (last.localPath && !shared) await rm(join(ctx.deps.config.EVIDENCE_DIR, last.localPath), { force: true });
  await askEvidence(ctx, inn, flow.code, { lead: ctx.t("inn-evidence-removed", { code: flow.code, name }), edit: flow.edit });
});

/** "Data dukung" under an indicator opened for a change: evidence is added without choosing the level again. */
indicatorsComposer.callbackQuery(/^inn:e:(\d+):(\d{1,2}[a-z]?)$/, async (ctx) => {
  const inn = ownInnovation(ctx, ctx.match[1]);
  if (!inn) return refuseButton(ctx, "inn-not-yours");
  if (!isEditable(inn.status)) return refuseButton(ctx, "inn-locked", { status: statusText(ctx, inn.status) });
  const flow = ctx.session.flow;
  if (flow?.kind !== "innovation" || flow.step !== "level" || flow.innovationId !== inn.id || flow.code !== ctx.match[2]) {
    await refuseButton(ctx, "inn-stale-button");
    return askAgain(ctx, ctx.t("inn-stale-button"));
  }
  await ctx.answerCallbackQuery();
  await askEvidence(ctx, inn, flow.code, { edit: flow.edit });
});

/** A file, or text with a link in it: what may be evidence while a level question is open. */
function looksLikeEvidence(ctx: BotContext): boolean {
  const m = ctx.message;
  if (!m) return false;
  if (m.document || m.photo || m.video) return true;
  return (m.entities ?? []).some((e) => e.type === "url" || e.type === "text_link") || /https?:\/\//i.test(m.text ?? "");
}

/** The name the export will use too: a photo is "16-foto-1.jpg". */
function evidenceName(ctx: BotContext, e: Evidence): string {
  return evidenceNames(listInnovationEvidence(ctx.deps.db, e.innovationId!)).get(e.id) ?? ctx.t(`ind-kind-${e.kind}`);
}

indicatorsComposer.filter(inFlow("innovation"), async (ctx, next) => {
  const flow = ctx.session.flow as InnovationFlow;
  if (flow.step !== "level" && flow.step !== "evidence") return next();
  // Another operator of the OPD may have submitted or withdrawn it since the question was asked.
  const inn = ownInnovation(ctx, flow.innovationId);
  if (!inn || !isEditable(inn.status)) {
    ctx.session.flow = undefined;
    return void (await ctx.reply(inn ? ctx.t("inn-locked", { status: statusText(ctx, inn.status) }) : ctx.t("inn-not-found")));
  }
  const sid = periodOf(ctx, inn).sid;
  if (flow.step === "evidence") {
    const indicator = sid.find((i) => i.code === flow.code)!;
    const outcome = await takeEvidence(ctx, { scope: "sid", periodYear: inn.periodYear, innovationId: inn.id, indicator });
    if (!outcome.ok) return void (await ctx.reply(outcome.hint));
    const lead = ctx.t("inn-evidence-saved", { code: flow.code, name: evidenceName(ctx, outcome.evidence) }) + docDetailsLine(ctx, outcome.evidence);
    if (flow.edit) return askEvidence(ctx, inn, flow.code, { lead, edit: true });
    return walkOn(ctx, inn.id, flow.code, `${lead}\n${ctx.t("inn-evidence-more-welcome", { code: flow.code })}`, flow.code);
  }
  if (!looksLikeEvidence(ctx)) return askAgain(ctx, ctx.t("inn-hint-use-level-buttons"));
  // Files of the indicator just answered keep coming (an album arrives as many messages);
  // a file before any level is kept for this indicator, and its level is asked for it.
  const code = flow.evidenceFor ?? flow.code;
  const indicator = sid.find((i) => i.code === code)!;
  const outcome = await takeEvidence(ctx, { scope: "sid", periodYear: inn.periodYear, innovationId: inn.id, indicator });
  if (!outcome.ok) return void (await ctx.reply(outcome.hint));
  const name = evidenceName(ctx, outcome.evidence) + docDetailsLine(ctx, outcome.evidence);
  if (flow.evidenceFor) return void (await ctx.reply(ctx.t("inn-evidence-added", { code, name, count: evidenceCount(ctx, inn.id, code), next: flow.code })));
  await askLevel(ctx, inn, flow.code, { lead: ctx.t("inn-evidence-before-level", { code, name }), edit: flow.edit });
});

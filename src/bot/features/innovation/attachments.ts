import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { flowOf, inFlow } from "../../flows.js";
import type { EvidenceKind } from "../../../core/period/index.js";
import { findInnovation, listInnovationEvidence } from "../../../db/repo/innovations.js";
import { takeEvidence, type StepIndicator } from "../../indicator-steps/index.js";
import { isEditable, ownInnovation, refuseButton, statusText } from "./common.js";
import { showDetail } from "./detail.js";

// The profile's optional files the portal asks for beside the indicators: the anggaran (PDF),
// the profil bisnis (PDF) and a photo of the innovation. Kept as the innovation's evidence under
// their own codes, so the review, the "Data dukung" sheet and the zip carry them like any other
// file. Offered from the innovation's page; each is skipped with one tap.

export const ATTACHMENT_SLOTS = ["anggaran", "profil-bisnis", "foto-inovasi"] as const;
export type AttachmentSlot = (typeof ATTACHMENT_SLOTS)[number];
const KINDS: Readonly<Record<AttachmentSlot, readonly EvidenceKind[]>> = { anggaran: ["pdf"], "profil-bisnis": ["pdf"], "foto-inovasi": ["image"] };

export const attachmentsComposer = new Composer<BotContext>();

function slotIndicator(ctx: BotContext, slot: AttachmentSlot): StepIndicator {
  return { code: slot, name: ctx.t(`inn-att-${slot}`), levels: [], evidence: KINDS[slot] };
}

async function editable(ctx: BotContext, rawId: string | number | undefined) {
  const inn = ownInnovation(ctx, rawId);
  if (!inn) {
    await refuseButton(ctx, "inn-not-yours");
    return null;
  }
  if (!isEditable(inn.status)) {
    await refuseButton(ctx, "inn-locked", { status: statusText(ctx, inn.status) });
    return null;
  }
  return inn;
}

/** The three slots with what each holds, one button each. */
attachmentsComposer.callbackQuery(/^inn:at:(\d{1,12})$/, async (ctx) => {
  const inn = await editable(ctx, ctx.match[1]);
  if (!inn) return;
  await ctx.answerCallbackQuery();
  const files = listInnovationEvidence(ctx.deps.db, inn.id);
  const keyboard = new InlineKeyboard();
  const lines = [ctx.t("inn-att-title")];
  for (const slot of ATTACHMENT_SLOTS) {
    const held = files.filter((f) => f.indicatorCode === slot).length;
    lines.push(ctx.t("inn-att-line", { name: ctx.t(`inn-att-${slot}`), count: held }));
    keyboard.text(ctx.t(`inn-att-${slot}`), `inn:as:${inn.id}:${slot}`).row();
  }
  await ctx.reply(lines.join("\n"), { reply_markup: keyboard });
});

attachmentsComposer.callbackQuery(/^inn:as:(\d{1,12}):(anggaran|profil-bisnis|foto-inovasi)$/, async (ctx) => {
  const inn = await editable(ctx, ctx.match[1]);
  if (!inn) return;
  await ctx.answerCallbackQuery();
  const slot = ctx.match[2] as AttachmentSlot;
  ctx.session.flow = { kind: "profile-attachment", innovationId: inn.id, slot };
  const keyboard = new InlineKeyboard().text(ctx.t("inn-att-skip"), `inn:ak:${inn.id}`);
  await ctx.reply(ctx.t("inn-att-ask", { name: ctx.t(`inn-att-${slot}`), kinds: ctx.t(slot === "foto-inovasi" ? "ind-kind-image" : "ind-kind-pdf") }), {
    reply_markup: keyboard,
  });
});

/** "Lewati": nothing stored, back to the innovation's page. */
attachmentsComposer.callbackQuery(/^inn:ak:(\d{1,12})$/, async (ctx) => {
  const inn = await editable(ctx, ctx.match[1]);
  if (!inn) return;
  await ctx.answerCallbackQuery();
  if (ctx.session.flow?.kind === "profile-attachment") ctx.session.flow = undefined;
  await showDetail(ctx, inn);
});

attachmentsComposer.filter(inFlow("profile-attachment"), async (ctx) => {
  const flow = flowOf(ctx, "profile-attachment")!;
  const inn = ownInnovation(ctx, flow.innovationId);
  if (!inn || !isEditable(inn.status)) {
    ctx.session.flow = undefined;
    return void (await ctx.reply(ctx.t("inn-not-found")));
  }
  const outcome = await takeEvidence(ctx, { scope: "sid", periodYear: inn.periodYear, innovationId: inn.id, indicator: slotIndicator(ctx, flow.slot) });
  if (!outcome.ok) return void (await ctx.reply(outcome.hint));
  ctx.session.flow = undefined;
  await showDetail(ctx, findInnovation(ctx.deps.db, inn.id)!, ctx.t("inn-att-saved", { name: ctx.t(`inn-att-${flow.slot}`) }));
});

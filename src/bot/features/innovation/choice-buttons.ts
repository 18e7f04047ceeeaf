import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import type { Innovation } from "../../../db/schema.js";
import type { InnovationFlow } from "./flow-types.js";
import { URUSAN } from "../../../core/period/index.js";
import { getField, hasValue, validateChoice, type FieldKey } from "../../../core/profile/index.js";
import { findInnovation, profileOf, updateProfile, type ProfilePatch } from "../../../db/repo/innovations.js";
import { afterAnswer, askAgain, askField, urusanKeyboard } from "./ask.js";
import { FIELDS, isEditable, ownInnovation, periodOf, refuseButton, statusText } from "./common.js";
import { savedLine } from "./profile.js";

export const choiceComposer = new Composer<BotContext>();

type FieldFlow = Extract<InnovationFlow, { step: "field" }>;

/**
 * A profile button is honoured only while its question is the open one, for an innovation of
 * the operator's OPD that may still change. Anything else (forged, another OPD's, an old
 * message's button) gets an alert, then the open question again, and changes nothing.
 */
async function openField(ctx: BotContext, rawId: string | undefined, keys: readonly string[]): Promise<{ inn: Innovation; flow: FieldFlow } | null> {
  const inn = ownInnovation(ctx, rawId);
  if (!inn) {
    await refuseButton(ctx, "inn-not-yours");
    return null;
  }
  if (!isEditable(inn.status)) {
    await refuseButton(ctx, "inn-locked", { status: statusText(ctx, inn.status) });
    return null;
  }
  const flow = ctx.session.flow;
  if (flow?.kind !== "innovation" || flow.step !== "field" || flow.innovationId !== inn.id || !keys.includes(flow.field)) {
    await refuseButton(ctx, "inn-stale-button");
    await askAgain(ctx, ctx.t("inn-stale-button"));
    return null;
  }
  return { inn, flow };
}

choiceComposer.callbackQuery(/^inn:c:(\d+):(\w+):([\w-]+)$/, async (ctx) => {
  const key = ctx.match[2] as FieldKey;
  const open = await openField(ctx, ctx.match[1], [key]);
  if (!open) return;
  const { inn, flow } = open;
  const field = getField(flow.field, FIELDS);
  const choice = field.kind === "choice" ? validateChoice(field, periodOf(ctx, inn), ctx.match[3] ?? "") : { ok: false as const };
  if (!choice.ok) {
    await refuseButton(ctx, "inn-unknown-option");
    return askAgain(ctx, ctx.t("inn-unknown-option"));
  }
  const id = choice.option.id;
  const patch: ProfilePatch = { [key]: id };
  // An OPD initiator is the OPD itself: a person's name no longer applies.
  if (key === "inisiator" && id === "opd") patch.namaInisiator = null;
  if (key === "urusanUtama" && inn.urusanLain?.includes(id)) patch.urusanLain = inn.urusanLain.filter((u) => u !== id);
  await ctx.answerCallbackQuery();
  updateProfile(ctx.deps.db, inn.id, patch, ctx.deps.clock());
  await afterAnswer(ctx, inn.id, flow.edit, savedLine(ctx, { ...inn, ...patch }, key), key);
});

choiceComposer.callbackQuery(/^inn:t:(\d+):([\w-]+)$/, async (ctx) => {
  const open = await openField(ctx, ctx.match[1], ["urusanLain"]);
  if (!open) return;
  const { inn } = open;
  const id = ctx.match[2] ?? "";
  if (!URUSAN.some((u) => u.id === id) || id === inn.urusanUtama) {
    await refuseButton(ctx, "inn-unknown-option");
    return askAgain(ctx, ctx.t("inn-unknown-option"));
  }
  const current = inn.urusanLain ?? [];
  const urusanLain = current.includes(id) ? current.filter((u) => u !== id) : [...current, id];
  updateProfile(ctx.deps.db, inn.id, { urusanLain }, ctx.deps.clock());
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup({ reply_markup: urusanKeyboard(ctx, findInnovation(ctx.deps.db, inn.id)!, "urusanLain", {}) });
});

choiceComposer.callbackQuery(/^inn:p:(\d+):(urusanUtama|urusanLain):(\d{1,3})$/, async (ctx) => {
  const key = ctx.match[2] as "urusanUtama" | "urusanLain";
  const open = await openField(ctx, ctx.match[1], [key]);
  if (!open) return;
  await ctx.answerCallbackQuery();
  const reply_markup = urusanKeyboard(ctx, open.inn, key, { page: Number(ctx.match[3]) });
  await ctx.editMessageReplyMarkup({ reply_markup });
});

choiceComposer.callbackQuery(/^inn:d:(\d+)$/, async (ctx) => {
  const open = await openField(ctx, ctx.match[1], ["urusanLain"]);
  if (!open) return;
  const { inn, flow } = open;
  const urusanLain = inn.urusanLain ?? [];
  updateProfile(ctx.deps.db, inn.id, { urusanLain }, ctx.deps.clock());
  await ctx.answerCallbackQuery();
  await afterAnswer(ctx, inn.id, flow.edit, savedLine(ctx, { ...inn, urusanLain }, "urusanLain"));
});

/** "Selesai" under the rancang bangun once it has its minimum: only now does the walk go on to Tujuan. */
choiceComposer.callbackQuery(/^inn:rb:(\d+)$/, async (ctx) => {
  const open = await openField(ctx, ctx.match[1], ["rancangBangun"]);
  if (!open) return;
  const { inn, flow } = open;
  const field = getField("rancangBangun", FIELDS);
  if (flow.replace || !hasValue(field, profileOf(inn))) {
    await refuseButton(ctx, "inn-stale-button");
    return askAgain(ctx, ctx.t("inn-stale-button"));
  }
  await ctx.answerCallbackQuery();
  await afterAnswer(ctx, inn.id, flow.edit, savedLine(ctx, inn, "rancangBangun"));
});

/** "‹ Ubah urusan utama" under the urusan beririsan: back one question, then on as before. */
choiceComposer.callbackQuery(/^inn:uu:(\d+)$/, async (ctx) => {
  const open = await openField(ctx, ctx.match[1], ["urusanLain"]);
  if (!open) return;
  await ctx.answerCallbackQuery();
  await askField(ctx, open.inn, "urusanUtama", { edit: open.flow.edit });
});

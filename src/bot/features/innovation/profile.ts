import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import type { Innovation } from "../../../db/schema.js";
import type { InnovationFlow } from "./flow-types.js";
import { inFlow, messageText } from "../../flows.js";
import { checkDates, filterUrusan, formatIndonesianDate, getField, parseIndonesianDate, validateText, type FieldKey } from "../../../core/profile/index.js";
import { findInnovationByName, updateProfile, type ProfilePatch } from "../../../db/repo/innovations.js";
import { buttonLabel } from "../../ui/paged-keyboard.js";
import { afterAnswer, askAgain, fieldKeyboard, urusanKeyboard, wordsProgress } from "./ask.js";
import { FIELDS, isEditable, ownInnovation, periodOf, statusText } from "./common.js";
import { notTextHint, textHint } from "./hints.js";
import { fieldLabel, fieldValueText } from "./summary.js";
import { startName } from "./start.js";
import { ineligibleText } from "../../../core/format/ineligible.js";
import type { Period } from "../../../core/period/index.js";
import { eligibility, needsPengembangan } from "../../../core/score/index.js";

export const profileComposer = new Composer<BotContext>();

type FieldFlow = Extract<InnovationFlow, { step: "field" }>;

export function savedLine(ctx: BotContext, inn: Innovation, key: FieldKey): string {
  return ctx.t("inn-saved", { field: fieldLabel(ctx, key), value: buttonLabel(fieldValueText(ctx, inn, periodOf(ctx, inn), key), 120) });
}

/** Stores one accepted answer at once and walks on. */
async function save(ctx: BotContext, inn: Innovation, flow: FieldFlow, patch: ProfilePatch, extra?: string) {
  const { db, clock } = ctx.deps;
  updateProfile(db, inn.id, patch, clock());
  const updated = { ...inn, ...patch };
  const lead = [savedLine(ctx, updated, flow.field), extra].filter(Boolean).join("\n");
  await afterAnswer(ctx, inn.id, flow.edit, lead, flow.field);
}

async function handleText(ctx: BotContext, inn: Innovation, flow: FieldFlow) {
  const result = validateText(getField(flow.field, FIELDS), messageText(ctx));
  if (!result.ok) return askAgain(ctx, textHint(ctx, result));
  if (flow.field === "nama") {
    const other = findInnovationByName(ctx.deps.db, inn.opdId, inn.periodYear, result.value);
    if (other && other.id !== inn.id) return askAgain(ctx, ctx.t("inn-name-taken", { status: statusText(ctx, other.status) }));
  }
  const patch: ProfilePatch = { [flow.field]: result.value };
  await save(ctx, inn, flow, patch);
}

/**
 * Rancang bangun grows message by message. Past the minimum it stays open until the operator
 * says it is finished: a long document pasted in parts (Telegram splits a paste over 4,096
 * characters into several messages that arrive together) is kept whole, never cut into Tujuan.
 */
async function handleWords(ctx: BotContext, inn: Innovation, flow: FieldFlow) {
  const field = getField("rancangBangun", FIELDS);
  const result = validateText(field, messageText(ctx));
  if (!result.ok) return askAgain(ctx, textHint(ctx, result));
  const parts = flow.replace ? [] : [...(inn.rancangBangun ?? [])];
  // An update redelivered after a crash must not count its words twice.
  if (parts.at(-1) !== result.value) parts.push(result.value);
  const { db, clock } = ctx.deps;
  updateProfile(db, inn.id, { rancangBangun: parts }, clock());
  if (flow.replace) ctx.session.flow = { ...flow, replace: false };
  const updated = { ...inn, rancangBangun: parts };
  const keyboard = fieldKeyboard(ctx, updated, "rancangBangun");
  await ctx.reply(wordsProgress(ctx, updated), keyboard ? { reply_markup: keyboard } : undefined);
}

/**
 * What a saved penerapan or pengembangan date means for taking part: nothing to say while the
 * period will ask for a pengembangan date next, "tidak memenuhi syarat" with the reason, or the
 * outside-window warning where the period only warns.
 */
function dateWarning(ctx: BotContext, inn: Innovation, field: FieldKey, date: string, period: Period): string | undefined {
  if (field !== "waktuPenerapan" && field !== "pengembanganTerbaru") return undefined;
  const facts = { waktuPenerapan: field === "waktuPenerapan" ? date : inn.waktuPenerapan, pengembanganTerbaru: field === "pengembanganTerbaru" ? date : null };
  if (field === "waktuPenerapan" && needsPengembangan(period, date)) return undefined;
  const e = eligibility(period, facts);
  const w = period.penerapanWindow;
  if (!e.ok) return `⚠ ${ineligibleText(ctx, e.reason, period)}`;
  return e.warning ? ctx.t("inn-warn-outside-window", { from: formatIndonesianDate(w.from), to: formatIndonesianDate(w.to) }) : undefined;
}

async function handleDate(ctx: BotContext, inn: Innovation, flow: FieldFlow) {
  const text = messageText(ctx);
  if (text === null) return askAgain(ctx, notTextHint(ctx));
  if (text.trim() === "") return askAgain(ctx, ctx.t("inn-hint-empty"));
  const parsed = parseIndonesianDate(text);
  if (!parsed.ok) return askAgain(ctx, ctx.t(parsed.reason === "format" ? "inn-hint-date-format" : "inn-hint-date-invalid"));
  const period = periodOf(ctx, inn);
  const window = period.penerapanWindow;
  const uji = flow.field === "waktuUjiCoba" ? parsed.date : (inn.waktuUjiCoba ?? undefined);
  const pen = flow.field === "waktuPenerapan" ? parsed.date : (inn.waktuPenerapan ?? undefined);
  const issues = checkDates(uji, pen, window);
  if (issues.some((i) => i.code === "penerapan-before-ujicoba")) {
    return askAgain(ctx, ctx.t(flow.field === "waktuPenerapan" ? "inn-hint-penerapan-before" : "inn-hint-ujicoba-after"));
  }
  if (flow.field === "pengembanganTerbaru" && pen !== undefined && parsed.date < pen) return askAgain(ctx, ctx.t("inn-hint-pengembangan-before"));
  await save(ctx, inn, flow, { [flow.field]: parsed.date }, dateWarning(ctx, inn, flow.field, parsed.date, period));
}

/** On urusan questions typing filters the list; on other choices text gets a "use the buttons" hint. */
async function handleChoiceText(ctx: BotContext, inn: Innovation, flow: FieldFlow) {
  const text = messageText(ctx);
  const isUrusan = flow.field === "urusanUtama" || flow.field === "urusanLain";
  if (text === null) return askAgain(ctx, notTextHint(ctx));
  if (!isUrusan) return askAgain(ctx, ctx.t("inn-hint-use-buttons"));
  if (text.trim() === "") return askAgain(ctx, ctx.t("inn-hint-empty"));
  const found = filterUrusan(text.slice(0, 100));
  if (found.length === 0) return askAgain(ctx, ctx.t("inn-urusan-none", { query: buttonLabel(text.trim(), 60) }));
  // A single match is what the operator meant: taken at once, with a way to change it.
  const only = found.length === 1 ? found[0]! : undefined;
  if (only && flow.field === "urusanUtama") {
    const patch: ProfilePatch = { urusanUtama: only.id };
    if (inn.urusanLain?.includes(only.id)) patch.urusanLain = inn.urusanLain.filter((u) => u !== only.id);
    return save(ctx, inn, flow, patch);
  }
  if (only && only.id !== inn.urusanUtama) {
    const urusanLain = [...new Set([...(inn.urusanLain ?? []), only.id])];
    updateProfile(ctx.deps.db, inn.id, { urusanLain }, ctx.deps.clock());
    const updated = { ...inn, urusanLain };
    return void (await ctx.reply(ctx.t("inn-urusan-added", { name: only.name, count: urusanLain.length }), {
      reply_markup: urusanKeyboard(ctx, updated, "urusanLain", { urusan: found }),
    }));
  }
  const more = found.length > 12 ? `\n${ctx.t("inn-urusan-more")}` : "";
  const foundKey = flow.field === "urusanLain" ? "inn-urusan-found-multi" : "inn-urusan-found";
  await ctx.reply(ctx.t(foundKey, { count: found.length }) + more, {
    reply_markup: urusanKeyboard(ctx, inn, flow.field as "urusanUtama" | "urusanLain", { urusan: found }),
  });
}

profileComposer.filter(inFlow("innovation"), async (ctx, next) => {
  const flow = ctx.session.flow as InnovationFlow;
  if (flow.step === "name") return startName(ctx);
  if (flow.step !== "field") return next();
  const inn = ownInnovation(ctx, flow.innovationId);
  if (!inn || !isEditable(inn.status)) {
    ctx.session.flow = undefined;
    return void (await ctx.reply(inn ? ctx.t("inn-locked", { status: statusText(ctx, inn.status) }) : ctx.t("inn-not-found")));
  }
  const kind = getField(flow.field, FIELDS).kind;
  if (kind === "text" || kind === "longtext") return handleText(ctx, inn, flow);
  if (kind === "words") return handleWords(ctx, inn, flow);
  if (kind === "date") return handleDate(ctx, inn, flow);
  return handleChoiceText(ctx, inn, flow);
});

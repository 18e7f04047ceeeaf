import { InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import type { Innovation } from "../../../db/schema.js";
import {
  formatIndonesianDate,
  getField,
  hasValue,
  isApplicable,
  optionsOf,
  rancangBangunProgress,
  DEFAULT_RANCANG_BANGUN_MIN_WORDS,
  type FieldKey,
} from "../../../core/profile/index.js";
import { URUSAN, type SidIndicator, type Urusan } from "../../../core/period/index.js";
import { findInnovation, listInnovationEvidence, profileOf } from "../../../db/repo/innovations.js";
import { evidencePrompt, indicatorQuestion, levelKeyboard } from "../../indicator-steps/index.js";
import { buttonLabel, pagedKeyboard } from "../../ui/paged-keyboard.js";
import { replyLong } from "../../ui/long-text.js";
import { FIELDS, kematanganText, periodOf } from "./common.js";
import { showDetail } from "./detail.js";
import { firstOpen } from "./open-step.js";

/** Matches from typing part of an urusan name are shown at once, up to this many. */
export const URUSAN_MATCHES_SHOWN = 12;

export interface AskOptions {
  /** Text put before the question: a confirmation of the last answer, or a hint after bad input. */
  readonly lead?: string | undefined;
  readonly edit?: boolean | undefined;
  readonly replace?: boolean | undefined;
  readonly page?: number;
  /** Urusan to offer instead of the whole list (the result of a typed filter). */
  readonly urusan?: readonly Urusan[];
  /** The indicator before, still taking files while this level question is open. */
  readonly evidenceFor?: string | undefined;
}

function withLead(lead: string | undefined, text: string): string {
  return lead ? `${lead}\n\n${text}` : text;
}

/** The urusan keyboard; the main urusan is not offered again among the others. */
export function urusanKeyboard(ctx: BotContext, inn: Innovation, key: "urusanUtama" | "urusanLain", options: AskOptions): InlineKeyboard {
  const multi = key === "urusanLain";
  const chosen = new Set(inn.urusanLain ?? []);
  const all = (options.urusan ?? URUSAN).filter((u) => !multi || u.id !== inn.urusanUtama);
  const filtered = options.urusan !== undefined;
  const { keyboard } = pagedKeyboard({
    items: filtered ? all.slice(0, URUSAN_MATCHES_SHOWN) : all,
    page: options.page ?? 1,
    perPage: filtered ? URUSAN_MATCHES_SHOWN : undefined,
    button: (u) => ({
      label: multi && chosen.has(u.id) ? `✓ ${u.name}` : u.name,
      data: multi ? `inn:t:${inn.id}:${u.id}` : `inn:c:${inn.id}:${key}:${u.id}`,
    }),
    pageData: (p) => `inn:p:${inn.id}:${key}:${p}`,
  });
  if (filtered) keyboard.text(ctx.t("inn-urusan-all-button"), `inn:p:${inn.id}:${key}:1`).row();
  if (multi) keyboard.text(ctx.t(chosen.size ? "inn-urusan-done-button" : "inn-urusan-skip-button", { count: chosen.size }), `inn:d:${inn.id}`);
  // The main urusan may have been taken from a single search hit: the way to change it.
  if (multi && inn.urusanUtama) keyboard.row().text(ctx.t("inn-urusan-main-change-button"), `inn:uu:${inn.id}`);
  return keyboard;
}

function wordsOf(inn: Innovation) {
  const min = getField("rancangBangun", FIELDS).minWords ?? DEFAULT_RANCANG_BANGUN_MIN_WORDS;
  return { min, ...rancangBangunProgress(inn.rancangBangun ?? [], min) };
}

/** How far the rancang bangun is: words missing, or enough and "send more or finish". */
export function wordsProgress(ctx: BotContext, inn: Innovation): string {
  const p = wordsOf(inn);
  return p.done ? ctx.t("inn-words-enough", { words: p.words }) : ctx.t("inn-words-progress", { words: p.words, missing: p.missing, minimum: p.min });
}

export function fieldQuestion(ctx: BotContext, inn: Innovation, key: FieldKey, replace = false): string {
  const question = ctx.t(`inn-ask-${key}`);
  if (key === "rancangBangun" && !replace) return wordsOf(inn).words > 0 ? `${question}\n\n${wordsProgress(ctx, inn)}` : question;
  if (key === "waktuPenerapan") {
    const w = periodOf(ctx, inn).penerapanWindow;
    return `${question}\n${ctx.t("inn-window-info", { from: formatIndonesianDate(w.from), to: formatIndonesianDate(w.to) })}`;
  }
  return question;
}

export function fieldKeyboard(ctx: BotContext, inn: Innovation, key: FieldKey, options: AskOptions = {}): InlineKeyboard | undefined {
  const field = getField(key, FIELDS);
  if (key === "rancangBangun")
    return !options.replace && wordsOf(inn).done ? new InlineKeyboard().text(ctx.t("inn-words-finish-button"), `inn:rb:${inn.id}`) : undefined;
  if (key === "urusanUtama" || key === "urusanLain") return urusanKeyboard(ctx, inn, key, options);
  if (field.kind !== "choice" || !field.options) return undefined;
  const keyboard = new InlineKeyboard();
  for (const o of optionsOf(field.options, periodOf(ctx, inn))) keyboard.text(buttonLabel(o.label), `inn:c:${inn.id}:${key}:${o.id}`).row();
  return keyboard;
}

export async function askField(ctx: BotContext, inn: Innovation, key: FieldKey, options: AskOptions = {}) {
  ctx.session.flow = {
    kind: "innovation",
    step: "field",
    innovationId: inn.id,
    field: key,
    ...(options.edit ? { edit: true } : {}),
    ...(options.replace ? { replace: true } : {}),
  };
  const keyboard = fieldKeyboard(ctx, inn, key, options);
  await replyLong(ctx, withLead(options.lead, fieldQuestion(ctx, inn, key, options.replace)), keyboard ? { reply_markup: keyboard } : undefined);
}

/** An indicator with bases, as the chosen basis shows it: that basis's levels, its name said. */
export function withBasis(ind: SidIndicator, basisId: string | undefined): SidIndicator {
  const basis = ind.bases?.find((b) => b.id === basisId);
  return basis ? { ...ind, levels: basis.levels, help: `${ind.help}\n${basis.name}.` } : ind;
}

/** The basis question of an indicator with several (one tap), before its levels. */
export async function askBasis(ctx: BotContext, inn: Innovation, code: string, options: AskOptions = {}) {
  const ind = periodOf(ctx, inn).sid.find((i) => i.code === code)!;
  const keyboard = new InlineKeyboard();
  (ind.bases ?? []).forEach((b, i) => void keyboard.text(buttonLabel(b.name), `inn:bs:${inn.id}:${code}:${i}`).row());
  const current = ind.bases?.find((b) => b.id === inn.claimedBases[code]);
  const text = ctx.t("inn-basis-ask", { code, name: ind.name }) + (current ? `\n${ctx.t("inn-basis-current", { basis: current.name })}` : "");
  await ctx.reply(withLead(options.lead, text), { reply_markup: keyboard });
}

export async function askLevel(ctx: BotContext, inn: Innovation, code: string, options: AskOptions = {}) {
  const period = periodOf(ctx, inn);
  const index = period.sid.findIndex((i) => i.code === code);
  const base = period.sid[index]!;
  // An indicator with several bases asks for the basis first (2026's 33, kemanfaatan).
  if (base.bases && !base.bases.some((b) => b.id === inn.claimedBases[code])) {
    ctx.session.flow = { kind: "innovation", step: "level", innovationId: inn.id, code, ...(options.edit ? { edit: true } : {}) };
    return askBasis(ctx, inn, code, options);
  }
  const ind = withBasis(base, inn.claimedBases[code]);
  const evidenceFor = options.evidenceFor;
  ctx.session.flow = {
    kind: "innovation",
    step: "level",
    innovationId: inn.id,
    code,
    ...(options.edit ? { edit: true } : {}),
    ...(evidenceFor ? { evidenceFor } : {}),
  };
  // T-0 is the year before the assessment year: the last full year of data.
  const question = indicatorQuestion(ctx, ind, {
    position: { index: index + 1, total: period.sid.length },
    current: inn.claimedLevels[code],
    t0Year: period.year - 1,
  });
  const keyboard = levelKeyboard(ctx, ind, `inn:l:${inn.id}:`);
  // The way back to the indicator whose files are still welcome.
  if (evidenceFor) keyboard.row().text(ctx.t("inn-evidence-back-button", { code: evidenceFor }), `inn:b:${inn.id}:${evidenceFor}`);
  if (base.bases) keyboard.row().text(ctx.t("inn-basis-change-button"), `inn:bp:${inn.id}:${code}`);
  // A change of evidence alone needs no new level.
  if (options.edit && (inn.claimedLevels[code] ?? 0) > 0) keyboard.row().text(ctx.t("inn-evidence-only-button"), `inn:e:${inn.id}:${code}`);
  await replyLong(ctx, withLead(options.lead, `${kematanganText(ctx, inn, period)}\n\n${question}`), { reply_markup: keyboard });
}

/** The evidence question, or "send more or go on" once the indicator has some. */
export async function askEvidence(ctx: BotContext, inn: Innovation, code: string, options: AskOptions = {}) {
  const ind = periodOf(ctx, inn).sid.find((i) => i.code === code)!;
  ctx.session.flow = { kind: "innovation", step: "evidence", innovationId: inn.id, code, ...(options.edit ? { edit: true } : {}) };
  const received = evidenceCount(ctx, inn.id, code);
  const keyboard = new InlineKeyboard().text(ctx.t(received > 0 ? "inn-evidence-next-button" : "inn-evidence-skip-button"), `inn:n:${inn.id}:${code}`);
  if (received > 0) keyboard.row().text(ctx.t("inn-evidence-remove-button"), `inn:x:${inn.id}:${code}`);
  const more = received > 0 ? ctx.t("inn-evidence-more", { count: received }) : evidencePrompt(ctx, ind);
  // Evidence carried over from an earlier year for a T-0/T-1/T-2 indicator: newer documents are needed.
  const own = received > 0 ? listInnovationEvidence(ctx.deps.db, inn.id).filter((e) => e.indicatorCode === code) : [];
  const stale = own.length > 0 && own.every((e) => e.needsUpdate);
  const text = stale ? `${more}\n${ctx.t("inn-evidence-stale", { hint: ind.evidenceHint ?? ind.name })}` : more;
  await ctx.reply(withLead(options.lead, text), { reply_markup: keyboard });
}

/** Walks on to the first thing still open (see firstOpen), or to the summary when nothing is. */
export async function askNext(ctx: BotContext, innovationId: number, lead?: string) {
  const inn = findInnovation(ctx.deps.db, innovationId)!;
  const open = firstOpen(ctx, inn);
  if (open?.step === "field") return askField(ctx, inn, open.key, { lead });
  if (open?.step === "level") return askLevel(ctx, inn, open.code, { lead });
  if (open?.step === "evidence") return askEvidence(ctx, inn, open.code, { lead });
  ctx.session.flow = undefined;
  return showDetail(ctx, inn, withLead(lead, ctx.t("inn-all-answered")));
}

/**
 * On through the indicators after `code`: the next one without a level. Past the last, the
 * summary says what still blocks submission; going back to an earlier indicator here would
 * loop an operator who chose to send its evidence later.
 */
export async function walkOn(ctx: BotContext, innovationId: number, code: string, lead?: string, evidenceFor?: string) {
  const inn = findInnovation(ctx.deps.db, innovationId)!;
  const sid = periodOf(ctx, inn).sid;
  const next = sid.slice(sid.findIndex((i) => i.code === code) + 1).find((i) => inn.claimedLevels[i.code] === undefined);
  if (next) return askLevel(ctx, inn, next.code, { lead, evidenceFor });
  if (firstOpen(ctx, inn)?.step === "field") return askNext(ctx, innovationId, lead);
  // More files for the last indicator are still taken while the summary is shown.
  ctx.session.flow = evidenceFor ? { kind: "innovation", step: "evidence", innovationId, code: evidenceFor, edit: true } : undefined;
  return showDetail(ctx, inn, withLead(lead, ctx.t(firstOpen(ctx, inn) ? "inn-walk-done-open" : "inn-all-answered")));
}

export function evidenceCount(ctx: BotContext, innovationId: number, code: string): number {
  return listInnovationEvidence(ctx.deps.db, innovationId).filter((e) => e.indicatorCode === code).length;
}

/** /lanjut: the question the operator left open, when it is still this innovation's; else the first open one. */
export async function resume(ctx: BotContext, inn: Innovation, lead: string) {
  const flow = ctx.session.flow;
  // An evidence step that already has its evidence is done unless more is sent: it is not what is open.
  const done = flow?.kind === "innovation" && flow.step === "evidence" && evidenceCount(ctx, inn.id, flow.code) > 0;
  if (flow?.kind === "innovation" && flow.step !== "name" && flow.innovationId === inn.id && !done) return askAgain(ctx, lead);
  return askNext(ctx, inn.id, lead);
}

/**
 * After an accepted answer: on to the next open question, or back to the summary after an edit.
 * An edit that opens a field (inisiator changed from OPD to ASN needs the initiator's name) asks
 * that field first, so the summary is not left with a gap the operator did not see coming.
 */
export async function afterAnswer(ctx: BotContext, innovationId: number, edit: boolean | undefined, lead?: string, edited?: FieldKey) {
  const inn = findInnovation(ctx.deps.db, innovationId)!;
  // The urusan beririsan always follow the main one, also when it was chosen again from there.
  if (!edit && edited === "urusanUtama") return askField(ctx, inn, "urusanLain", { lead });
  if (!edit) return askNext(ctx, innovationId, lead);
  const profile = profileOf(inn);
  const period = periodOf(ctx, inn);
  const opened =
    edited &&
    FIELDS.find(
      (f) => f.onlyWhen && "field" in f.onlyWhen && f.onlyWhen.field === edited && f.required && isApplicable(f, profile, period) && !hasValue(f, profile),
    );
  if (opened) return askField(ctx, inn, opened.key, { lead, edit: true });
  ctx.session.flow = undefined;
  return showDetail(ctx, inn, lead);
}

/** The open question asked again, after a hint; used for bad input and stale buttons. */
export async function askAgain(ctx: BotContext, hint: string) {
  const flow = ctx.session.flow;
  if (flow?.kind !== "innovation") return;
  if (flow.step === "name") return void (await ctx.reply(`${hint}\n\n${ctx.t("inn-ask-nama")}`));
  const inn = findInnovation(ctx.deps.db, flow.innovationId);
  if (!inn) {
    ctx.session.flow = undefined;
    return void (await ctx.reply(ctx.t("inn-not-found")));
  }
  if (flow.step === "field") return askField(ctx, inn, flow.field, { lead: hint, edit: flow.edit, replace: flow.replace });
  if (flow.step === "level") return askLevel(ctx, inn, flow.code, { lead: hint, edit: flow.edit, evidenceFor: flow.evidenceFor });
  return askEvidence(ctx, inn, flow.code, { lead: hint, edit: flow.edit });
}

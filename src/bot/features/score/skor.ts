import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { replyLong } from "../../ui/long-text.js";
import { getPemdaName } from "../../../db/repo/pemda.js";
import { findOpd } from "../../../db/repo/opds.js";
import { formatId } from "../../../core/format/number.js";
import { maxKematangan } from "../../../core/period/index.js";
import { opdPart, primaryView, shortfalls, standing, suggestActions, type View } from "../../../core/score/index.js";
import { computeViews, derived, hasNationalResults, loadScoreData, type ScoreData } from "./load.js";
import { ruleNotes } from "./rule-notes.js";
import { actionList, breakdown, distance, formatMax, headline, jumlahAssumedNote, shortfallLine, standingLine, viewName } from "./render.js";
import { grafikButton, grafikKeyboard } from "../transfer/index.js";
import { onCommand } from "../../commands/register.js";

export const skorComposer = new Composer<BotContext>();

const BASE_VIEWS: readonly View[] = ["klaim", "terverifikasi", "proyeksi"];

/** The national view joins once the ministry's verdicts are recorded; before that it is empty. */
const viewsOf = (data: ScoreData): readonly View[] => (hasNationalResults(data) ? [...BASE_VIEWS, "nasional"] : BASE_VIEWS);

/** Steps are what OPDs can do: on claims, or on drafts too in the projection. */
const stepsView = (view: View): "klaim" | "proyeksi" => (view === "proyeksi" ? "proyeksi" : "klaim");

function title(ctx: BotContext, data: ScoreData): string {
  return ctx.t("skor-title", { pemda: getPemdaName(ctx.deps.db, ctx.deps.config.PEMDA_NAME), year: String(data.period.year) });
}

/** The first screen: one view, where it stands, what is missing, the next three steps. */
export function firstScreenText(ctx: BotContext, data: ScoreData, view: View): string {
  const { period, input } = data;
  const r = computeViews(data)[view];
  const missing = shortfalls(period, r);
  const actions = derived(data, `actions:${stepsView(view)}`, () => suggestActions(period, input, stepsView(view), 3));
  const parts = [`${title(ctx, data)}\n${headline(ctx, r)}\n${standingLine(ctx, standing(period, input, r))}`];
  if (missing.length > 0) parts.push([ctx.t("skor-missing-title"), ...missing.map((s) => shortfallLine(ctx, s))].join("\n"));
  const notes = ruleNotes(ctx, data, r);
  if (notes.length > 0) parts.push(notes.join("\n"));
  if (actions.length > 0) parts.push(`${ctx.t(`skor-actions-title-${stepsView(view)}`)}\n${actionList(ctx, period, input, actions)}`);
  return parts.join("\n\n");
}

/** [Rincian]: the breakdown of one view with the formula words, for analysts. */
export function detailText(ctx: BotContext, data: ScoreData, view: View): string {
  const { period } = data;
  const views = computeViews(data);
  const parts = [
    title(ctx, data),
    viewsOf(data)
      .map((v) => headline(ctx, views[v]))
      .join("\n"),
    breakdown(ctx, period, views[view]),
    distance(ctx, period, views[view]),
  ];
  const notes = ruleNotes(ctx, data, views[view]);
  if (notes.length > 0) parts.push(notes.join("\n"));
  const note = jumlahAssumedNote(ctx, period);
  if (note) parts.push(note);
  return parts.join("\n\n");
}

function keyboard(ctx: BotContext, data: ScoreData, view: View, screen: "first" | "detail"): InlineKeyboard {
  const kb = new InlineKeyboard();
  if (screen === "first") kb.text(ctx.t("skor-button-detail"), `skor:r:${view}`);
  else kb.text(ctx.t("skor-button-summary"), `skor:v:${view}`);
  kb.row();
  for (const v of viewsOf(data)) kb.text(`${v === view ? "• " : ""}${ctx.t(`skor-button-${v}`)}`, `skor:${screen === "first" ? "v" : "r"}:${v}`);
  return kb.row().add(grafikButton(ctx));
}

/** Operators see their OPD's share, and actions on their own innovations only. */
function opdText(ctx: BotContext, data: ScoreData, opdId: number): string {
  const { period, input } = data;
  const id = String(opdId);
  const own = derived(data, `own:${id}`, () => input.innovations.filter((i) => i.opdId === id));
  const drafts = own.filter((i) => i.status === "draf").length;
  const line = (view: View) => {
    const p = derived(data, `part:${id}:${view}`, () => opdPart(period, input, view, id));
    return ctx.t("skor-opd-view", {
      view: viewName(ctx, view),
      n: p.n,
      avg: p.avgKematangan === null ? "–" : formatId(p.avgKematangan),
      max: formatMax(maxKematangan(period)),
      points: formatId(p.points),
    });
  };
  const actions = derived(data, `actions:klaim:${id}`, () => suggestActions(period, input, "klaim", 3, { only: (i) => i.opdId === id }));
  return [
    ctx.t("skor-opd-title", { opd: findOpd(ctx.deps.db, opdId)?.name ?? "-", year: String(period.year) }),
    [ctx.t("skor-opd-total", { total: own.length, drafts }), line("klaim"), line("terverifikasi"), line("proyeksi")].join("\n"),
    ctx.t("skor-opd-note"),
    `${ctx.t("skor-opd-actions-title")}\n${actionList(ctx, period, input, actions)}`,
  ].join("\n\n");
}

onCommand(skorComposer, "skor", async (ctx) => {
  const person = ctx.person!;
  const data = loadScoreData(ctx.deps.db);
  // Buttons work in private chats only (the group gate refuses every press in a group), so a
  // /skor asked in a group carries no button that would only answer "use a private chat".
  const isPrivate = ctx.chat?.type === "private";
  if (person.role === "operator") {
    if (person.opdId === null) return void (await ctx.reply(ctx.t("skor-no-opd")));
    await replyLong(ctx, opdText(ctx, data, person.opdId), isPrivate ? { reply_markup: grafikKeyboard(ctx) } : undefined);
    return;
  }
  const view = primaryView(computeViews(data).terverifikasi);
  await replyLong(ctx, firstScreenText(ctx, data, view), isPrivate ? { reply_markup: keyboard(ctx, data, view, "first") } : undefined);
});

skorComposer.callbackQuery(/^skor:([vr]):(klaim|terverifikasi|proyeksi|nasional)$/, async (ctx) => {
  // Operators never get these buttons; a forged press must not show them the Pemda's total.
  if (ctx.person!.role === "operator") return void (await ctx.answerCallbackQuery({ text: ctx.t("unknown-button"), show_alert: true }));
  await ctx.answerCallbackQuery();
  const view = ctx.match[2] as View;
  const screen = ctx.match[1] === "v" ? "first" : "detail";
  const data = loadScoreData(ctx.deps.db);
  const text = screen === "first" ? firstScreenText(ctx, data, view) : detailText(ctx, data, view);
  await ctx.editMessageText(text, { reply_markup: keyboard(ctx, data, view, screen) });
});

skorComposer.callbackQuery(/^skor:/, async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("unknown-button"), show_alert: true });
});

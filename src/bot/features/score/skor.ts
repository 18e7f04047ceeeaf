import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import { replyLong } from "../../ui/long-text.js";
import { getPemdaName } from "../../../db/repo/pemda.js";
import { findOpd } from "../../../db/repo/opds.js";
import { formatId } from "../../../core/format/number.js";
import { maxKematangan } from "../../../core/period/index.js";
import { opdPart, suggestActions, type View } from "../../../core/score/index.js";
import { computeViews, loadScoreData, type ScoreData } from "./load.js";
import { actionList, breakdown, distance, formatMax, headline, jumlahAssumedNote, viewName } from "./render.js";
import { grafikKeyboard } from "../transfer/index.js";
import { onCommand } from "../../commands/register.js";

export const skorComposer = new Composer<BotContext>();

function pemdaText(ctx: BotContext, data: ScoreData): string {
  const { period, input } = data;
  const views = computeViews(data);
  const actions = suggestActions(period, input, "klaim", 3);
  const parts = [
    ctx.t("skor-title", { pemda: getPemdaName(ctx.deps.db, ctx.deps.config.PEMDA_NAME), year: String(period.year) }),
    [headline(ctx, views.klaim), headline(ctx, views.terverifikasi), headline(ctx, views.proyeksi)].join("\n"),
    breakdown(ctx, period, views.klaim),
    breakdown(ctx, period, views.terverifikasi),
    [distance(ctx, period, views.klaim), distance(ctx, period, views.terverifikasi)].join("\n"),
    `${ctx.t("skor-actions-title")}\n${actionList(ctx, period, input, actions)}`,
  ];
  const note = jumlahAssumedNote(ctx, period);
  if (note) parts.push(note);
  return parts.join("\n\n");
}

/** Operators see their OPD's share, and actions on their own innovations only. */
function opdText(ctx: BotContext, data: ScoreData, opdId: number): string {
  const { period, input } = data;
  const id = String(opdId);
  const own = input.innovations.filter((i) => i.opdId === id);
  const drafts = own.filter((i) => i.status === "draf").length;
  const line = (view: View) => {
    const p = opdPart(period, input, view, id);
    return ctx.t("skor-opd-view", {
      view: viewName(ctx, view),
      n: p.n,
      avg: p.avgKematangan === null ? "–" : formatId(p.avgKematangan),
      max: formatMax(maxKematangan(period)),
      points: formatId(p.points),
    });
  };
  const actions = suggestActions(period, input, "klaim", 3, { only: (i) => i.opdId === id });
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
  // /skor asked in a group carries no "Grafik" button that would only answer "use a private chat".
  const markup = ctx.chat?.type === "private" ? { reply_markup: grafikKeyboard(ctx) } : undefined;
  if (person.role === "operator") {
    if (person.opdId === null) return void (await ctx.reply(ctx.t("skor-no-opd")));
    await replyLong(ctx, opdText(ctx, data, person.opdId), markup);
    return;
  }
  await replyLong(ctx, pemdaText(ctx, data), markup);
});

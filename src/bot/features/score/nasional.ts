import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { flowOf, inFlow, messageText } from "../../flows.js";
import { onCommand } from "../../commands/register.js";
import { idFrom, pagedKeyboard } from "../../ui/paged-keyboard.js";
import { audit } from "../../../db/repo/audit.js";
import { findInnovation, setNationalResult } from "../../../db/repo/innovations.js";
import type { Innovation } from "../../../db/schema.js";
import { formatId } from "../../../core/format/number.js";
import { formatLevelList, parseLevelList, type NationalResult } from "../../../core/score/index.js";
import { computeViews, loadScoreData, type ScoreData } from "./load.js";

/**
 * /hasil_nasional (admin): after the ministry's verification, each submitted innovation is
 * recorded as diterima or ditolak, with the levels the ministry changed (optional). The
 * "hasil nasional" view then computes the index as the ministry does. Buttons "nas:".
 */
export const nasionalComposer = new Composer<BotContext>();

/** Innovations sent on: everything but drafts (withdrawn ones are not loaded at all). */
const submitted = (data: ScoreData) => data.input.innovations.filter((i) => i.status !== "draf");

function summaryLine(ctx: BotContext, data: ScoreData): string {
  const list = submitted(data);
  const r = computeViews(data).nasional;
  const rejected = list.filter((i) => i.national?.result === "ditolak").length;
  return ctx.t("nas-summary", {
    year: String(data.period.year),
    recorded: list.filter((i) => i.national).length,
    total: list.length,
    rejected,
    iid: formatId(r.iid),
    category: r.category,
  });
}

function listScreen(ctx: BotContext, page: number): { text: string; keyboard: InlineKeyboard } {
  const data = loadScoreData(ctx.deps.db);
  const list = submitted(data);
  if (list.length === 0) return { text: ctx.t("nas-none", { year: String(data.period.year) }), keyboard: new InlineKeyboard() };
  const mark = (r: NationalResult | undefined) => (r === "diterima" ? "✓ " : r === "ditolak" ? "✗ " : "");
  const { keyboard } = pagedKeyboard({
    items: list,
    page,
    button: (inv) => ({ label: `${mark(inv.national?.result)}${inv.name}`, data: `nas:o:${inv.id}` }),
    pageData: (p) => `nas:p:${p}`,
  });
  return { text: `${summaryLine(ctx, data)}\n\n${ctx.t("nas-choose")}`, keyboard };
}

onCommand(nasionalComposer, "hasil_nasional", async (ctx) => {
  ctx.session.flow = undefined;
  const { text, keyboard } = listScreen(ctx, 1);
  await ctx.reply(text, { reply_markup: keyboard });
});

nasionalComposer.callbackQuery(/^nas:p:(\d{1,4})$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  const { text, keyboard } = listScreen(ctx, Number(ctx.match[1]));
  await ctx.editMessageText(text, { reply_markup: keyboard });
});

nasionalComposer.callbackQuery("nas:l", async (ctx) => {
  await ctx.answerCallbackQuery();
  ctx.session.flow = undefined;
  const { text, keyboard } = listScreen(ctx, 1);
  await ctx.reply(text, { reply_markup: keyboard });
});

/** A submitted innovation of the active period, or null (after an alert) for anything else. */
async function fromButton(ctx: BotContext, raw: string | undefined): Promise<Innovation | null> {
  const id = idFrom(raw);
  const inn = id === null ? undefined : findInnovation(ctx.deps.db, id);
  const data = loadScoreData(ctx.deps.db);
  if (!inn || inn.periodYear !== data.period.year || inn.status === "draf" || inn.status === "ditarik") {
    await ctx.answerCallbackQuery({ text: ctx.t("unknown-button"), show_alert: true });
    return null;
  }
  await ctx.answerCallbackQuery();
  return inn;
}

function resultWord(ctx: BotContext, r: NationalResult | null): string {
  return r === null ? ctx.t("nas-result-none") : ctx.t(`nas-result-${r}`);
}

nasionalComposer.callbackQuery(/^nas:o:(\d+)$/, async (ctx) => {
  const inn = await fromButton(ctx, ctx.match[1]);
  if (!inn) return;
  const kb = new InlineKeyboard().text(ctx.t("nas-result-diterima"), `nas:d:${inn.id}`).text(ctx.t("nas-result-ditolak"), `nas:t:${inn.id}`).row();
  if (inn.nationalResult) kb.text(ctx.t("nas-clear-button"), `nas:x:${inn.id}`).row();
  kb.text(ctx.t("nas-back-button"), "nas:l");
  await ctx.reply(ctx.t("nas-ask", { nama: inn.nama, result: resultWord(ctx, inn.nationalResult) }), { reply_markup: kb });
});

function record(ctx: BotContext, inn: Innovation, result: NationalResult | null, changed: Readonly<Record<string, 0 | 1 | 2 | 3>> | null) {
  const { db, clock } = ctx.deps;
  const now = clock();
  db.transaction((tx) => {
    setNationalResult(tx, inn.id, result, changed, now);
    audit(tx, {
      actorId: ctx.person!.id,
      action: "national-result.record",
      target: `innovation:${inn.id}`,
      detail: { from: inn.nationalResult, to: result, levels: changed },
      at: now,
    });
  });
}

nasionalComposer.callbackQuery(/^nas:([dtx]):(\d+)$/, async (ctx) => {
  const inn = await fromButton(ctx, ctx.match[2]);
  if (!inn) return;
  const result: NationalResult | null = ctx.match[1] === "d" ? "diterima" : ctx.match[1] === "t" ? "ditolak" : null;
  record(ctx, inn, result, null);
  const lines = [ctx.t("nas-recorded", { nama: inn.nama, result: resultWord(ctx, result) })];
  let keyboard: InlineKeyboard | undefined;
  if (result === "diterima") {
    ctx.session.flow = { kind: "national-levels", innovationId: inn.id };
    lines.push(ctx.t("nas-ask-levels"));
    keyboard = new InlineKeyboard().text(ctx.t("nas-done-button"), "nas:l");
  } else {
    ctx.session.flow = undefined;
    lines.push(summaryLine(ctx, loadScoreData(ctx.deps.db)));
  }
  await ctx.reply(lines.join("\n\n"), keyboard ? { reply_markup: keyboard } : undefined);
});

nasionalComposer.filter(inFlow("national-levels"), async (ctx) => {
  const flow = flowOf(ctx, "national-levels")!;
  const inn = findInnovation(ctx.deps.db, flow.innovationId);
  const data = loadScoreData(ctx.deps.db);
  if (inn?.nationalResult !== "diterima" || inn.periodYear !== data.period.year) {
    ctx.session.flow = undefined;
    return void (await ctx.reply(ctx.t("nas-levels-stale")));
  }
  const text = messageText(ctx);
  const parsed = text === null ? null : parseLevelList(text.slice(0, 500), data.period);
  const retry = { reply_markup: new InlineKeyboard().text(ctx.t("nas-done-button"), "nas:l") };
  if (!parsed?.ok) return void (await ctx.reply(`${ctx.t(`nas-levels-problem-${parsed?.problem ?? "format"}`)}\n\n${ctx.t("nas-ask-levels")}`, retry));
  record(ctx, inn, "diterima", parsed.levels);
  ctx.session.flow = undefined;
  const list = formatLevelList(data.period, parsed.levels);
  await ctx.reply(`${ctx.t("nas-levels-recorded", { nama: inn.nama, list })}\n\n${summaryLine(ctx, loadScoreData(ctx.deps.db))}`);
});

nasionalComposer.callbackQuery(/^nas:/, async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("unknown-button"), show_alert: true });
});

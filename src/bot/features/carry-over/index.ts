import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { onCommand } from "../../commands/register.js";
import { idFrom, pagedKeyboard } from "../../ui/paged-keyboard.js";
import { replyLong } from "../../ui/long-text.js";
import { getActivePeriod } from "../../../db/repo/periods.js";
import { findInnovation } from "../../../db/repo/innovations.js";
import { listOpds } from "../../../db/repo/opds.js";
import { carryCandidates, carryOver, type CarryResult } from "../../../db/repo/carry-over.js";
import type { Innovation } from "../../../db/schema.js";
import type { Period } from "../../../core/period/index.js";

/**
 * /bawa_inovasi: an operator carries an innovation of an earlier period of their OPD into the
 * active period; an admin may carry any OPD's, or all at once. Buttons "bawa:".
 */
export const carryOverFeature = new Composer<BotContext>();

/** Operators see their own OPD; admins every OPD (null). */
function scopeOf(ctx: BotContext): number | null | undefined {
  const person = ctx.person!;
  if (person.role === "admin") return null;
  return person.opdId ?? undefined;
}

function listScreen(ctx: BotContext, page: number): { text: string; keyboard: InlineKeyboard } | null {
  const scope = scopeOf(ctx);
  if (scope === undefined) return null;
  const period = getActivePeriod(ctx.deps.db);
  const list = carryCandidates(ctx.deps.db, period.year, scope);
  const year = String(period.year);
  if (list.length === 0) return { text: ctx.t("bawa-none", { year }), keyboard: new InlineKeyboard() };
  // Admins see every OPD's innovations, where two OPDs may use the same name: the OPD is named.
  const opdName = scope === null ? new Map(listOpds(ctx.deps.db).map((o) => [o.id, o.name])) : null;
  const { keyboard } = pagedKeyboard({
    items: list,
    page,
    button: (inv) => {
      const vars = { nama: inv.nama, year: String(inv.periodYear), times: inv.participation };
      const label = opdName ? ctx.t("bawa-item-opd", { ...vars, opd: opdName.get(inv.opdId) ?? "-" }) : ctx.t("bawa-item", vars);
      return { label, data: `bawa:i:${inv.id}` };
    },
    pageData: (p) => `bawa:p:${p}`,
  });
  if (scope === null && list.length > 1) keyboard.text(ctx.t("bawa-all-button", { count: list.length }), "bawa:all").row();
  return { text: ctx.t("bawa-title", { year, count: list.length, max: period.eligibility.maxParticipation }), keyboard };
}

onCommand(carryOverFeature, "bawa_inovasi", async (ctx) => {
  const screen = listScreen(ctx, 1);
  if (!screen) return void (await ctx.reply(ctx.t("skor-no-opd")));
  await ctx.reply(screen.text, { reply_markup: screen.keyboard });
});

carryOverFeature.callbackQuery(/^bawa:p:(\d{1,4})$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  const screen = listScreen(ctx, Number(ctx.match[1]));
  if (screen) await ctx.editMessageText(screen.text, { reply_markup: screen.keyboard });
});

/** The reply to one carry-over, good or refused; the refusal changes nothing. */
function resultText(ctx: BotContext, source: Innovation, period: Period, r: CarryResult): string {
  const nama = source.nama;
  const year = String(period.year);
  if (r.ok) {
    const lines = [ctx.t("bawa-done", { nama, year, times: r.innovation.participation, max: period.eligibility.maxParticipation, copied: r.copied })];
    if (r.needsUpdate.length > 0) lines.push(ctx.t("bawa-needs-update", { codes: r.needsUpdate.join(", ") }));
    return lines.join("\n");
  }
  switch (r.problem) {
    case "limit":
      return ctx.t("bawa-limit", { nama, times: r.times, year, max: r.max });
    case "exists":
      return ctx.t("bawa-exists", { nama, year });
    case "not-earlier":
      return ctx.t("bawa-not-earlier", { nama, year });
  }
}

function carry(ctx: BotContext, source: Innovation, period: Period): CarryResult {
  const { db, clock } = ctx.deps;
  const now = clock();
  return db.transaction((tx) => carryOver(tx, source, period, ctx.person!.id, now));
}

carryOverFeature.callbackQuery(/^bawa:i:(\d+)$/, async (ctx) => {
  const id = idFrom(ctx.match[1]);
  const source = id === null ? undefined : findInnovation(ctx.deps.db, id);
  const scope = scopeOf(ctx);
  // Another OPD's innovation, or a forged id: refused like a stale button, nothing changes.
  if (!source || scope === undefined || (scope !== null && source.opdId !== scope)) {
    await ctx.answerCallbackQuery({ text: ctx.t("unknown-button"), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery();
  const period = getActivePeriod(ctx.deps.db);
  const r = carry(ctx, source, period);
  await ctx.reply(resultText(ctx, source, period, r));
});

carryOverFeature.callbackQuery("bawa:all", async (ctx) => {
  if (scopeOf(ctx) !== null) {
    await ctx.answerCallbackQuery({ text: ctx.t("unknown-button"), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery();
  const period = getActivePeriod(ctx.deps.db);
  const lines = carryCandidates(ctx.deps.db, period.year, null).map((source) => resultText(ctx, source, period, carry(ctx, source, period)));
  await replyLong(ctx, [ctx.t("bawa-all-title", { year: String(period.year) }), ...lines].join("\n\n"));
});

carryOverFeature.callbackQuery(/^bawa:/, async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("unknown-button"), show_alert: true });
});

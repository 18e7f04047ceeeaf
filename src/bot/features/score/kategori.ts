import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { flowOf, inFlow, messageText } from "../../flows.js";
import { replyLong } from "../../ui/long-text.js";
import { getPemdaName } from "../../../db/repo/pemda.js";
import { listPeriods, getPeriod } from "../../../db/repo/periods.js";
import { findOfficialResult, listOfficialResults, recordOfficialResult } from "../../../db/repo/official-results.js";
import { audit } from "../../../db/repo/audit.js";
import { formatId } from "../../../core/format/number.js";
import { CATEGORY_NAMES } from "../../../core/period/index.js";
import { parseHundredths } from "../../../core/period/edit.js";
import { categoryFor } from "../../../core/score/index.js";
import { computeViews, loadScoreData } from "./load.js";
import { onCommand } from "../../commands/register.js";

export const kategoriComposer = new Composer<BotContext>();

function officialLines(ctx: BotContext): string {
  const rows = listOfficialResults(ctx.deps.db);
  if (rows.length === 0) return `${ctx.t("kat-official-title")}\n${ctx.t("kat-official-none")}`;
  const lines = rows.map((r) => ctx.t("kat-official-line", { year: String(r.year), score: formatId(r.scoreHundredths / 100), category: r.category }));
  return [ctx.t("kat-official-title"), ...lines].join("\n");
}

/**
 * The category now under the active year's bands, and the same values under every other
 * stored year's bands, because a value's predikat depends on the year (62,40 is Sangat
 * Inovatif under 2023 bands and Inovatif under 2026 bands). Operators see categories only.
 */
onCommand(kategoriComposer, "kategori", async (ctx) => {
  const data = loadScoreData(ctx.deps.db);
  const { klaim, terverifikasi } = computeViews(data);
  const year = String(data.period.year);
  const withNumbers = ctx.person!.role !== "operator";
  const parts: string[] = [ctx.t("kat-title", { pemda: getPemdaName(ctx.deps.db, ctx.deps.config.PEMDA_NAME) })];
  parts.push(
    withNumbers
      ? ctx.t("kat-now", {
          year,
          klaim: formatId(klaim.iid),
          klaimCategory: klaim.category,
          verified: formatId(terverifikasi.iid),
          verifiedCategory: terverifikasi.category,
        })
      : ctx.t("kat-now-operator", { year, klaimCategory: klaim.category, verifiedCategory: terverifikasi.category }),
  );
  const others = listPeriods(ctx.deps.db).filter((p) => p.year !== data.period.year);
  if (others.length > 0) {
    parts.push(
      others
        .map((p) =>
          ctx.t("kat-other-bands", {
            year: String(p.year),
            klaimCategory: categoryFor(p.data, klaim.iid),
            verifiedCategory: categoryFor(p.data, terverifikasi.iid),
          }),
        )
        .join("\n"),
    );
  }
  parts.push(officialLines(ctx));
  if (ctx.person!.role === "admin") parts.push(ctx.t("kat-official-hint"));
  await replyLong(ctx, parts.join("\n\n"));
});

// ---------------------------------------------------------------------------------------------
// /hasil_resmi (admin): year, score, category from the ministry's decree.

const MIN_YEAR = 2015;

function askYear(ctx: BotContext): string {
  return ctx.t("hr-ask-year", { example: String(ctx.deps.clock().getUTCFullYear() - 1) });
}

function askScore(ctx: BotContext, year: number): string {
  const existing = findOfficialResult(ctx.deps.db, year);
  const replaces = existing ? `\n${ctx.t("hr-replaces", { score: formatId(existing.scoreHundredths / 100), category: existing.category })}` : "";
  return `${ctx.t("hr-ask-score", { year: String(year) })}${replaces}`;
}

function categoryKeyboard(): InlineKeyboard {
  const kb = new InlineKeyboard();
  CATEGORY_NAMES.forEach((name, i) => {
    kb.text(name, `hr:c:${i}`).row();
  });
  return kb;
}

onCommand(kategoriComposer, "hasil_resmi", async (ctx) => {
  ctx.session.flow = { kind: "official-result", step: "year" };
  await replyLong(ctx, `${officialLines(ctx)}\n\n${askYear(ctx)}`);
});

kategoriComposer.filter(inFlow("official-result"), async (ctx) => {
  const flow = flowOf(ctx, "official-result")!;
  const text = messageText(ctx);
  if (flow.step === "category") {
    await ctx.reply(ctx.t("hr-press-category", { year: String(flow.year), score: formatId(flow.scoreHundredths / 100) }), { reply_markup: categoryKeyboard() });
    return;
  }
  if (flow.step === "year") {
    const maxYear = ctx.deps.clock().getUTCFullYear();
    const s = text?.normalize("NFKC").trim() ?? "";
    const year = /^\d{4}$/.test(s) ? Number(s) : NaN;
    if (text === null || !(year >= MIN_YEAR && year <= maxYear)) {
      await ctx.reply(`${ctx.t("hr-bad-year", { min: String(MIN_YEAR), max: String(maxYear) })}\n\n${askYear(ctx)}`);
      return;
    }
    ctx.session.flow = { kind: "official-result", step: "score", year };
    await ctx.reply(askScore(ctx, year));
    return;
  }
  const parsed = text === null ? null : parseHundredths(text);
  if (!parsed?.ok || parsed.value > 10000) {
    await ctx.reply(`${ctx.t("hr-bad-score")}\n\n${askScore(ctx, flow.year)}`);
    return;
  }
  ctx.session.flow = { kind: "official-result", step: "category", year: flow.year, scoreHundredths: parsed.value };
  await ctx.reply(ctx.t("hr-ask-category", { year: String(flow.year), score: formatId(parsed.value / 100) }), { reply_markup: categoryKeyboard() });
});

kategoriComposer.callbackQuery(/^hr:c:(\d{1,2})$/, async (ctx) => {
  const flow = flowOf(ctx, "official-result");
  const category = CATEGORY_NAMES[Number(ctx.match[1])];
  if (flow?.step !== "category" || !category) {
    await ctx.answerCallbackQuery({ text: ctx.t("unknown-button"), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery();
  const { db, clock } = ctx.deps;
  const now = clock();
  const before = findOfficialResult(db, flow.year);
  db.transaction((tx) => {
    recordOfficialResult(tx, { year: flow.year, scoreHundredths: flow.scoreHundredths, category, recordedBy: ctx.person!.id }, now);
    audit(tx, {
      actorId: ctx.person!.id,
      action: "official-result.record",
      target: `year:${flow.year}`,
      detail: { from: before ? { score: before.scoreHundredths, category: before.category } : null, to: { score: flow.scoreHundredths, category } },
      at: now,
    });
  });
  ctx.session.flow = undefined;
  const score = formatId(flow.scoreHundredths / 100);
  const lines = [ctx.t("hr-recorded", { year: String(flow.year), score, category })];
  // The decree decides; a mismatch with the stored bands of that year is only pointed out.
  const period = getPeriod(db, flow.year);
  if (period) {
    const byBands = categoryFor(period, flow.scoreHundredths / 100);
    if (byBands !== category) lines.push(ctx.t("hr-bands-differ", { year: String(flow.year), category: byBands }));
  }
  await ctx.reply(lines.join("\n"));
});

kategoriComposer.callbackQuery(/^hr:/, async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("unknown-button"), show_alert: true });
});

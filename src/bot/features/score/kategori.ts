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
import { categoryFor, compareWithOfficial } from "../../../core/score/index.js";
import { computeViews, hasNationalResults, loadScoreData } from "./load.js";
import { onCommand } from "../../commands/register.js";

export const kategoriComposer = new Composer<BotContext>();

function officialLines(ctx: BotContext): string {
  const rows = listOfficialResults(ctx.deps.db);
  if (rows.length === 0) return `${ctx.t("kat-official-title")}\n${ctx.t("kat-official-none")}`;
  const lines = rows.map((r) => officialText(ctx, r.year, r.scoreHundredths, r.category));
  return [ctx.t("kat-official-title"), ...lines].join("\n");
}

/** "2023: 54,03 — Inovatif", or "2020: Kurang Inovatif (skor tidak dipublikasikan)". */
function officialText(ctx: BotContext, year: number, score: number | null, category: string): string {
  return score === null
    ? ctx.t("kat-official-line-category", { year: String(year), category })
    : ctx.t("kat-official-line", { year: String(year), score: formatId(score / 100), category });
}

/** The national view beside the official result of the same year, once both exist. */
function nationalComparison(ctx: BotContext, data: ReturnType<typeof loadScoreData>): string | null {
  if (!hasNationalResults(data)) return null;
  const national = computeViews(data).nasional;
  const year = data.period.year;
  const official = findOfficialResult(ctx.deps.db, year);
  const parts = [ctx.t("kat-national", { year: String(year), iid: formatId(national.iid), category: national.category })];
  if (official) {
    const c = compareWithOfficial(national, official);
    parts.push(
      ctx.t(c.sameCategory ? "kat-national-same" : "kat-national-differs", {
        official: officialText(ctx, year, official.scoreHundredths, official.category),
      }),
    );
    if (c.difference !== null) parts.push(ctx.t("kat-national-difference", { points: formatId(c.difference) }));
  }
  return parts.join("\n");
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
  if (withNumbers) {
    const national = nationalComparison(ctx, data);
    if (national) parts.push(national);
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
  const replaces = existing ? `\n${ctx.t("hr-replaces-result", { result: officialText(ctx, year, existing.scoreHundredths, existing.category) })}` : "";
  return `${ctx.t("hr-ask-score", { year: String(year) })}${replaces}`;
}

/** Some years are published by category only (Kota Serang 2020, IGA 2025). */
function noScoreKeyboard(ctx: BotContext): InlineKeyboard {
  return new InlineKeyboard().text(ctx.t("hr-no-score-button"), "hr:n");
}

function scoreWords(ctx: BotContext, score: number | null): string {
  return score === null ? ctx.t("hr-no-score") : formatId(score / 100);
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
    await ctx.reply(ctx.t("hr-press-category", { year: String(flow.year), score: scoreWords(ctx, flow.scoreHundredths) }), {
      reply_markup: categoryKeyboard(),
    });
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
    await ctx.reply(askScore(ctx, year), { reply_markup: noScoreKeyboard(ctx) });
    return;
  }
  const parsed = text === null ? null : parseHundredths(text);
  if (!parsed?.ok || parsed.value > 10000) {
    await ctx.reply(`${ctx.t("hr-bad-score")}\n\n${askScore(ctx, flow.year)}`, { reply_markup: noScoreKeyboard(ctx) });
    return;
  }
  ctx.session.flow = { kind: "official-result", step: "category", year: flow.year, scoreHundredths: parsed.value };
  await ctx.reply(ctx.t("hr-ask-category", { year: String(flow.year), score: formatId(parsed.value / 100) }), { reply_markup: categoryKeyboard() });
});

kategoriComposer.callbackQuery("hr:n", async (ctx) => {
  const flow = flowOf(ctx, "official-result");
  if (flow?.step !== "score") {
    await ctx.answerCallbackQuery({ text: ctx.t("unknown-button"), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery();
  ctx.session.flow = { kind: "official-result", step: "category", year: flow.year, scoreHundredths: null };
  await ctx.reply(ctx.t("hr-ask-category", { year: String(flow.year), score: ctx.t("hr-no-score") }), { reply_markup: categoryKeyboard() });
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
  const lines = [ctx.t("hr-recorded-result", { result: officialText(ctx, flow.year, flow.scoreHundredths, category) })];
  // The decree decides; a mismatch with the stored bands of that year is only pointed out.
  const period = getPeriod(db, flow.year);
  if (period && flow.scoreHundredths !== null) {
    const byBands = categoryFor(period, flow.scoreHundredths / 100);
    if (byBands !== category) lines.push(ctx.t("hr-bands-differ", { year: String(flow.year), category: byBands }));
  }
  await ctx.reply(lines.join("\n"));
});

kategoriComposer.callbackQuery(/^hr:/, async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("unknown-button"), show_alert: true });
});

import type { BotContext } from "../../context.js";
import { formatId } from "../../../core/format/number.js";
import { getSidIndicator, getUrusan, maxKematangan, maxSpd, type Period } from "../../../core/period/index.js";
import { distanceToNext, type IndexBreakdown, type IndexInput, type Shortfall, type Standing, type Suggestion, type View } from "../../../core/score/index.js";

// Rendering of score results through the locale files; every number goes through formatId.

/** Maxima are whole numbers in the shipped rules ("63", "76"); a copied rule may not be. */
export function formatMax(x: number): string {
  return formatId(x, Number.isInteger(x) ? 0 : 2);
}

export function viewName(ctx: BotContext, view: View): string {
  return ctx.t(`skor-view-${view}`);
}

export function headline(ctx: BotContext, r: IndexBreakdown): string {
  return ctx.t("skor-view-line", { view: viewName(ctx, r.view), iid: formatId(r.iid), category: r.category });
}

export function breakdown(ctx: BotContext, period: Period, r: IndexBreakdown): string {
  const rule = period.jumlahRule;
  const yandas = r.yandasCovered.map((id) => getUrusan(id)?.name ?? id).join(", ");
  const lines = [
    ctx.t("skor-breakdown-title", { view: viewName(ctx, r.view) }),
    ctx.t("skor-breakdown-spd", { spd: formatId(r.spd), max: formatMax(maxSpd(period)) }),
    ctx.t("skor-breakdown-kematangan", {
      avg: formatId(r.avgKematangan),
      max: formatMax(maxKematangan(period)),
      sum: formatId(r.sumKematangan, 0),
      k: r.k,
      n: r.n,
      divisor: r.divisor,
    }),
    ctx.t("skor-breakdown-jumlah", {
      jumlah: formatId(r.jumlahInovasi),
      max: formatMax(rule.perInnovation * rule.cap),
      n: r.n,
      per: formatId(rule.perInnovation),
      cap: rule.cap,
    }),
    ctx.t("skor-breakdown-yandas", { covered: r.yandasCovered.length, min: rule.minYandas, list: yandas || "–" }),
  ];
  if (!r.yandasGateOpen) lines.push(ctx.t("skor-gate-closed", { covered: r.yandasCovered.length, min: rule.minYandas }));
  return lines.join("\n");
}

export function distance(ctx: BotContext, period: Period, r: IndexBreakdown): string {
  const d = distanceToNext(period, r.iid);
  const view = viewName(ctx, r.view);
  return d ? ctx.t("skor-distance", { view, next: d.next, points: formatId(d.points) }) : ctx.t("skor-top", { view });
}

/** "Where the period's jumlah rule is assumed, say so." */
export function jumlahAssumedNote(ctx: BotContext, period: Period): string | null {
  const rule = period.jumlahRule;
  if (!rule.assumed) return null;
  return ctx.t("skor-jumlah-assumed", {
    year: String(period.year),
    per: formatId(rule.perInnovation),
    cap: rule.cap,
    min: rule.minYandas,
  });
}

export function actionLine(ctx: BotContext, period: Period, input: IndexInput, s: Suggestion): string {
  const gain = formatId(s.gain);
  switch (s.kind) {
    case "raiseLevel": {
      const indicator = getSidIndicator(period, s.indicatorCode)?.name ?? s.indicatorCode;
      const innovation = input.innovations.find((i) => i.id === s.innovationId)?.name ?? s.innovationId;
      return ctx.t("skor-action-raise", { indicator, innovation, from: s.from, to: s.to, gain });
    }
    case "addInnovation":
      return s.urusan
        ? ctx.t("skor-action-add-urusan", { urusan: getUrusan(s.urusan)?.name ?? s.urusan, gain })
        : ctx.t("skor-action-add", { assumed: formatId(s.assumedKematangan), gain });
    case "completeDrafts":
      return ctx.t("skor-action-drafts", { count: s.count, gain });
  }
}

export function actionList(ctx: BotContext, period: Period, input: IndexInput, list: readonly Suggestion[]): string {
  if (list.length === 0) return ctx.t("skor-no-actions");
  return list.map((s, i) => `${i + 1}. ${actionLine(ctx, period, input, s)}`).join("\n");
}

/** The first screen's "where we stand" sentence: the gap to the next band, or the first step at 0. */
export function standingLine(ctx: BotContext, s: Standing): string {
  switch (s.kind) {
    case "top":
      return ctx.t("skor-first-top");
    case "gap":
      return ctx.t("skor-first-gap", { next: s.next, points: formatId(s.points) });
    case "start":
      switch (s.step.kind) {
        case "submitDrafts":
          return ctx.t("skor-first-start-drafts", { count: s.step.count });
        case "verify":
          return ctx.t("skor-first-start-verify", { count: s.step.count });
        case "firstInnovation":
          return ctx.t("skor-first-start-innovation");
        case "fillLevels":
          return ctx.t("skor-first-start-levels");
      }
  }
}

export function shortfallLine(ctx: BotContext, s: Shortfall): string {
  switch (s.kind) {
    case "yandas":
      return ctx.t("skor-missing-yandas", { covered: s.covered, total: s.total, min: s.min });
    case "fewInnovations":
      return ctx.t("skor-missing-few", { n: s.n, k: s.k });
    case "spdEmpty":
      return ctx.t("skor-missing-spd");
  }
}

import type { Period, SidIndicator } from "./schema.js";

// Carrying an innovation of an earlier period into the active one. Each year most of a Pemda's
// innovations are submitted again with new evidence, and an innovation may take part at most
// `period.eligibility.maxParticipation` times (twice, smpantura.news on IGA 2024).

export type CarryCheck =
  | { readonly ok: true; readonly participation: number }
  | { readonly ok: false; readonly problem: "limit"; readonly times: number; readonly max: number }
  | { readonly ok: false; readonly problem: "not-earlier" };

/** Whether `source` may be carried into `period`, and how many times it then takes part. */
export function checkCarryOver(period: Period, source: { readonly periodYear: number; readonly participation: number }): CarryCheck {
  if (source.periodYear >= period.year) return { ok: false, problem: "not-earlier" };
  const max = period.eligibility.maxParticipation;
  if (source.participation >= max) return { ok: false, problem: "limit", times: source.participation, max };
  return { ok: true, participation: source.participation + 1 };
}

/**
 * Indicators whose evidence must come from given years relative to the assessment (T-0, T-1,
 * T-2: budgets, RKPD): evidence carried from an earlier year is out of date for them. Read from
 * the period's own level texts, so a year that words them differently decides for itself.
 */
export function asksYearDocuments(indicator: Pick<SidIndicator, "levels">): boolean {
  return indicator.levels.some((l) => /\bT-[012]\b/.test(l));
}

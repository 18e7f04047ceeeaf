import { formatIndonesianDate } from "../profile/dates.js";
import type { Period } from "../period/index.js";
import { eligibility, type IneligibleReason } from "../score/index.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

/** "tidak memenuhi syarat: …" with the reason, in the reader's language. */
export function ineligibleText(t: { t: T } | T, reason: IneligibleReason, period: Period): string {
  const tr = typeof t === "function" ? t : t.t.bind(t);
  const w = period.penerapanWindow;
  return tr(`syarat-${reason}`, { from: formatIndonesianDate(w.from), to: formatIndonesianDate(w.to) });
}

/** The same line for a stored innovation, or null when it meets the period's rules. */
export function ineligibleLine(
  t: { t: T } | T,
  inn: { readonly waktuPenerapan: string | null; readonly pengembanganTerbaru: string | null },
  period: Period,
): string | null {
  const e = eligibility(period, inn);
  return e.ok ? null : ineligibleText(t, e.reason, period);
}

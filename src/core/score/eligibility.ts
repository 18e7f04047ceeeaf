import type { Period } from "../period/schema.js";

// Whether an innovation may take part in a period, from its dates and the period's rules
// (period.eligibility, period.penerapanWindow). Pure, so the score engine, the wizard, review,
// /inovasi, /rekap and the export all ask the same question.

export type IneligibleReason =
  /** penerapan lies before the window and the period refuses such innovations */
  | "before-window"
  /** penerapan lies before the window and no pengembangan terbaru date was given */
  | "no-pengembangan"
  /** the pengembangan terbaru date lies outside the window */
  | "pengembangan-outside"
  /** penerapan lies after the window */
  | "after-window";

export type Eligibility = { readonly ok: true; readonly warning?: "outside-window" } | { readonly ok: false; readonly reason: IneligibleReason };

export interface EligibilityFacts {
  readonly waktuPenerapan?: string | null;
  readonly pengembanganTerbaru?: string | null;
}

const inWindow = (period: Period, iso: string): boolean => iso >= period.penerapanWindow.from && iso <= period.penerapanWindow.to;

/** True when the period asks this innovation for a "pengembangan terbaru" date. */
export function needsPengembangan(period: Period, waktuPenerapan: string | null | undefined): boolean {
  return period.eligibility.beforeWindow === "pengembangan" && waktuPenerapan != null && waktuPenerapan < period.penerapanWindow.from;
}

/**
 * An innovation whose penerapan is not filled yet is eligible: nothing speaks against it yet.
 * ISO dates of equal width compare chronologically as strings.
 */
export function eligibility(period: Period, facts: EligibilityFacts): Eligibility {
  const pen = facts.waktuPenerapan;
  if (pen == null || inWindow(period, pen)) return { ok: true };
  const rule = period.eligibility.beforeWindow;
  if (rule === "peringatan") return { ok: true, warning: "outside-window" };
  if (pen > period.penerapanWindow.to) return { ok: false, reason: "after-window" };
  if (rule === "tolak") return { ok: false, reason: "before-window" };
  const dev = facts.pengembanganTerbaru;
  if (dev == null) return { ok: false, reason: "no-pengembangan" };
  return inWindow(period, dev) ? { ok: true } : { ok: false, reason: "pengembangan-outside" };
}

/**
 * The ministry reduces the score of an innovation that has not been tried out (BSKDN to the
 * Banten province, gatra.com 23 Feb 2023: "memastikan masing-masing inovasi yang dilaporkan
 * telah diuji coba terlebih dahulu, sehingga ... tidak mengalami pengurangan skor"). The
 * reduction is not published, so the bot warns rather than changing the score.
 */
export function stageWarning(tahapan: string | null | undefined): boolean {
  return tahapan === "inisiatif" || tahapan === "ujicoba";
}

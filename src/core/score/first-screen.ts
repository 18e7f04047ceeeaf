import type { CategoryName, Period } from "../period/schema.js";
import { YANDAS_IDS } from "../period/urusan.js";
import { distanceToNext } from "./category.js";
import type { IndexBreakdown, IndexInput, View } from "./types.js";

// What a reader in a hurry sees first in /skor: one view, one sentence on where it stands
// against the bands, and what is missing in the Pemda's own terms (not "yandas 1/6").

/** The view that matters: verified once anything is verified, otherwise the claims. */
export function primaryView(terverifikasi: IndexBreakdown): View {
  return terverifikasi.n > 0 ? "terverifikasi" : "klaim";
}

/**
 * Where the index stands against the bands. At 0 the next band is "0,01 away", which is true
 * and useless: the reader is told the first thing to do instead.
 */
export type Standing =
  | { readonly kind: "top" }
  | { readonly kind: "gap"; readonly next: CategoryName; readonly points: number }
  | { readonly kind: "start"; readonly step: FirstStep };

export type FirstStep =
  /** Drafts exist: submitting them is the cheapest first point. */
  | { readonly kind: "submitDrafts"; readonly count: number }
  /** Nothing counted in this view yet and no draft to submit. */
  | { readonly kind: "firstInnovation" }
  /** Submitted but not verified yet (terverifikasi view only). */
  | { readonly kind: "verify"; readonly count: number }
  /** Innovations are counted but every level is 0, and SPD is empty. */
  | { readonly kind: "fillLevels" };

export function standing(period: Period, input: IndexInput, r: IndexBreakdown): Standing {
  if (r.iid > 0) {
    const d = distanceToNext(period, r.iid);
    return d ? { kind: "gap", next: d.next, points: d.points } : { kind: "top" };
  }
  return { kind: "start", step: firstStep(input, r) };
}

function firstStep(input: IndexInput, r: IndexBreakdown): FirstStep {
  const count = (s: string) => input.innovations.filter((i) => i.status === s).length;
  if (r.view === "terverifikasi") {
    const waiting = count("diajukan");
    if (waiting > 0) return { kind: "verify", count: waiting };
  }
  const drafts = count("draf");
  if (drafts > 0 && r.view !== "proyeksi") return { kind: "submitDrafts", count: drafts };
  return r.n === 0 ? { kind: "firstInnovation" } : { kind: "fillLevels" };
}

/** One thing the index is missing, in the Pemda's terms. */
export type Shortfall =
  /** The jumlah-inovasi term is 0 until enough urusan pelayanan dasar are covered. */
  | { readonly kind: "yandas"; readonly covered: number; readonly total: number; readonly min: number }
  /** Fewer innovations than k: the average is still divided by k. */
  | { readonly kind: "fewInnovations"; readonly n: number; readonly k: number }
  /** The Pemda-level (SPD) indicators are not filled yet. */
  | { readonly kind: "spdEmpty" };

/** With nothing counted yet the first step says it all; only an empty SPD is worth adding. */
export function shortfalls(period: Period, r: IndexBreakdown): Shortfall[] {
  const out: Shortfall[] = [];
  if (r.n === 0) return r.spd === 0 ? [{ kind: "spdEmpty" }] : [];
  if (!r.yandasGateOpen) out.push({ kind: "yandas", covered: r.yandasCovered.length, total: YANDAS_IDS.length, min: period.jumlahRule.minYandas });
  if (r.n < r.k) out.push({ kind: "fewInnovations", n: r.n, k: r.k });
  if (r.spd === 0) out.push({ kind: "spdEmpty" });
  return out;
}

import type { Period } from "../period/schema.js";
import type { Level } from "../period/types.js";
import { URUSAN } from "../period/urusan.js";
import { type Aggregate, addYandasOf, aggregate, counts, finalize, isEligible, kematangan, levelOf, viewLevels } from "./engine.js";
import type { IndexBreakdown, IndexInput, InnovationInput, Suggestion, View } from "./types.js";

// Gains below this are float noise, not an improvement worth suggesting.
const MIN_GAIN = 1e-9;

type Raise = Extract<Suggestion, { kind: "raiseLevel" }>;

export interface SuggestOptions {
  /**
   * Restricts level raises and draft completion to these innovations (an operator's own OPD);
   * the index and every gain are still those of the whole Pemda.
   */
  readonly only?: (inv: InnovationInput) => boolean;
}

/**
 * The actions that raise the index most, best first. Every gain is the difference between
 * the index of the changed aggregate and the current one (the same formula computeIndex
 * applies), so it is exact; only the *selection* of level raises uses the shortcut that a raise
 * never changes n or the yandas set, so its gain is bobot / MAX(k, n) × 100 / 250.
 * Runs in O(total indicators): no full recompute per candidate.
 */
export function suggestActions(period: Period, input: IndexInput, view: View, limit = 3, options: SuggestOptions = {}): Suggestion[] {
  if (limit <= 0) return [];
  const only = options.only ?? (() => true);
  const agg = aggregate(period, input, view);
  const base = finalize(period, agg, view);
  const gainOf = (next: Aggregate): { gain: number; iidAfter: number } => {
    const after = finalize(period, next, view);
    return { gain: after.iidExact - base.iidExact, iidAfter: after.iid };
  };

  const out: Suggestion[] = [];
  const drafts = completeDrafts(period, input, view, agg, gainOf, only);
  if (drafts) out.push(drafts);
  out.push(...addInnovation(period, agg, gainOf));
  out.push(...topRaises(period, input, view, agg, base, limit, gainOf, only));

  // Stable sort: on equal gains the order above (drafts, add, raise; input order) is kept.
  return out
    .filter((s) => s.gain > MIN_GAIN)
    .sort((a, b) => b.gain - a.gain)
    .slice(0, limit);
}

type GainOf = (next: Aggregate) => { gain: number; iidAfter: number };

/** Only meaningful in the klaim view: proyeksi already counts drafts, verification is not ours. */
function completeDrafts(
  period: Period,
  input: IndexInput,
  view: View,
  agg: Aggregate,
  gainOf: GainOf,
  only: (inv: InnovationInput) => boolean,
): Suggestion | null {
  if (view !== "klaim") return null;
  let count = 0;
  let sum = 0;
  const yandas = new Set(agg.yandas);
  for (const inv of input.innovations) {
    if (inv.status !== "draf" || !only(inv) || !isEligible(period, inv)) continue;
    count += 1;
    sum += kematangan(period, inv.claimed);
    addYandasOf(period, inv, yandas);
  }
  if (count === 0) return null;
  const next = { ...agg, n: agg.n + count, sumKematangan: agg.sumKematangan + sum, yandas };
  return { kind: "completeDrafts", count, ...gainOf(next) };
}

/**
 * "Add one innovation in any urusan", plus one action per missing yandas urusan whose
 * coverage would open the yandas gate (a missing yandas that does not open it gains exactly
 * what any urusan gains, so it is not listed twice). The new innovation is assumed as mature
 * as the current mean, which keeps the average unchanged when n ≥ k; the result says so.
 */
function addInnovation(period: Period, agg: Aggregate, gainOf: GainOf): Suggestion[] {
  const assumedKematangan = agg.n > 0 ? agg.sumKematangan / agg.n : 0;
  const grown = { ...agg, n: agg.n + 1, sumKematangan: agg.sumKematangan + assumedKematangan };
  const out: Suggestion[] = [{ kind: "addInnovation", assumedKematangan, unlocksJumlahInovasi: false, ...gainOf(grown) }];
  const need = period.jumlahRule.minYandas;
  if (agg.yandas.size >= need || agg.yandas.size + 1 < need) return out;
  for (const u of URUSAN) {
    if (!u.yandas || agg.yandas.has(u.id)) continue;
    const r = gainOf({ ...grown, yandas: new Set([...agg.yandas, u.id]) });
    out.push({ kind: "addInnovation", urusan: u.id, assumedKematangan, unlocksJumlahInovasi: true, ...r });
  }
  return out;
}

/** The `limit` best one-level raises; on equal gain the earlier innovation/indicator wins. */
function topRaises(
  period: Period,
  input: IndexInput,
  view: View,
  agg: Aggregate,
  base: IndexBreakdown,
  limit: number,
  gainOf: GainOf,
  only: (inv: InnovationInput) => boolean,
): Suggestion[] {
  const perBobot = 100 / 250 / base.divisor;
  const top: { gain: number; raise: Omit<Raise, "gain" | "iidAfter">; bobot: number }[] = [];
  for (const inv of input.innovations) {
    if (!counts(period, view, inv) || !only(inv)) continue;
    const levels = viewLevels(view, inv);
    for (const ind of period.sid) {
      const from = levelOf(levels, ind.code);
      if (from === 3) continue;
      const gain = ind.bobot * perBobot;
      const last = top[top.length - 1];
      if (top.length >= limit && last && gain <= last.gain) continue;
      const to = (from + 1) as Level;
      const item = {
        gain,
        bobot: ind.bobot,
        raise: { kind: "raiseLevel" as const, innovationId: inv.id, indicatorCode: ind.code, from, to },
      };
      let at = top.findIndex((t) => gain > t.gain);
      if (at < 0) at = top.length;
      top.splice(at, 0, item);
      if (top.length > limit) top.pop();
    }
  }
  return top.map((t) => ({
    ...t.raise,
    ...gainOf({ ...agg, sumKematangan: agg.sumKematangan + t.bobot }),
  }));
}

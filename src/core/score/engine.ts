import type { Period } from "../period/schema.js";
import type { Level } from "../period/types.js";
import { isYandas, YANDAS_IDS } from "../period/urusan.js";
import { categoryFor } from "./category.js";
import { roundHalfUp } from "./round.js";
import type { IndexBreakdown, IndexInput, InnovationInput, InnovationStatus, LevelMap, VerifiedLevelMap, View } from "./types.js";

/** IID = (SPD + SID) / 250 × 100: the fixed denominator of the national formula. */
const IID_DENOMINATOR = 250;

type AnyLevelMap = LevelMap | VerifiedLevelMap;

/** Reads a level; missing or null means "not filled / not proven" and scores 0. */
export function levelOf(levels: AnyLevelMap, code: string): Level {
  const v = levels[code];
  if (v === undefined || v === null) return 0;
  // Levels come from storage and admin edits; a bad one must fail loudly, not skew the index.
  if (v !== 0 && v !== 1 && v !== 2 && v !== 3) {
    throw new RangeError(`level for indicator ${code} must be 0..3, got ${String(v)}`);
  }
  return v;
}

export function indicatorScore(bobot: number, level: Level): number {
  return bobot * level;
}

/** Skor kematangan of one innovation: Σ bobot × level over SID indicators (max 111). */
export function kematangan(period: Period, levels: AnyLevelMap): number {
  let sum = 0;
  for (const ind of period.sid) sum += indicatorScore(ind.bobot, levelOf(levels, ind.code));
  return sum;
}

/** SPD score: Σ bobot × level over SPD indicators (max 63). */
export function spdScore(period: Period, levels: LevelMap): number {
  let sum = 0;
  for (const ind of period.spd) sum += indicatorScore(ind.bobot, levelOf(levels, ind.code));
  return sum;
}

export function isCounted(view: View, status: InnovationStatus): boolean {
  switch (view) {
    case "klaim":
      return status !== "draf" && status !== "ditarik";
    case "terverifikasi":
      return status === "terverifikasi";
    case "proyeksi":
      return status !== "ditarik";
  }
}

/** The levels a view reads for one innovation. */
export function viewLevels(view: View, inv: InnovationInput): AnyLevelMap {
  return view === "terverifikasi" ? inv.verified : inv.claimed;
}

/** Everything the index needs from the innovations, so variants can be scored in O(1). */
export interface Aggregate {
  readonly spd: number;
  readonly n: number;
  readonly sumKematangan: number;
  readonly yandas: ReadonlySet<string>;
}

export function addYandasOf(inv: InnovationInput, into: Set<string>): void {
  if (isYandas(inv.urusanUtama)) into.add(inv.urusanUtama);
  for (const u of inv.urusanLain) if (isYandas(u)) into.add(u);
}

export function aggregate(period: Period, input: IndexInput, view: View): Aggregate {
  let n = 0;
  let sumKematangan = 0;
  const yandas = new Set<string>();
  for (const inv of input.innovations) {
    if (!isCounted(view, inv.status)) continue;
    n += 1;
    sumKematangan += kematangan(period, viewLevels(view, inv));
    addYandasOf(inv, yandas);
  }
  return { spd: spdScore(period, input.spdLevels), n, sumKematangan, yandas };
}

/** Applies the formula of §3 to an aggregate. */
export function finalize(period: Period, agg: Aggregate, view: View): IndexBreakdown {
  const divisor = Math.max(period.k, agg.n);
  const avgKematangan = agg.sumKematangan / divisor;
  const yandasCovered = YANDAS_IDS.filter((id) => agg.yandas.has(id));
  const rule = period.jumlahRule;
  const yandasGateOpen = yandasCovered.length >= rule.minYandas;
  const jumlahInovasi = yandasGateOpen ? rule.perInnovation * Math.min(agg.n, rule.cap) : 0;
  const sid = avgKematangan + jumlahInovasi;
  const iidExact = ((agg.spd + sid) * 100) / IID_DENOMINATOR;
  const iid = roundHalfUp(iidExact, 2);
  return {
    year: period.year,
    view,
    spd: agg.spd,
    n: agg.n,
    k: period.k,
    divisor,
    sumKematangan: agg.sumKematangan,
    avgKematangan,
    jumlahInovasi,
    yandasCovered,
    yandasGateOpen,
    sid,
    iidExact,
    iid,
    category: categoryFor(period, iid),
  };
}

/** The index for one view; O(total indicators). */
export function computeIndex(period: Period, input: IndexInput, view: View): IndexBreakdown {
  return finalize(period, aggregate(period, input, view), view);
}

import type { Period } from "../period/schema.js";
import type { Level } from "../period/types.js";
import { isYandas, YANDAS_IDS } from "../period/urusan.js";
import { categoryFor } from "./category.js";
import { eligibility } from "./eligibility.js";
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

/** Whether a view counts an innovation of this status (eligibility aside; see `counts`). */
export function isCounted(view: View, status: InnovationStatus): boolean {
  switch (view) {
    case "nasional":
      return status !== "draf" && status !== "ditarik";
    case "klaim":
      return status !== "draf" && status !== "ditarik";
    case "terverifikasi":
      return status === "terverifikasi";
    case "proyeksi":
      return status !== "ditarik";
  }
}

/** Whether the period's rules let this innovation take part (see eligibility.ts). */
export function isEligible(period: Period, inv: InnovationInput): boolean {
  return eligibility(period, inv).ok;
}

/**
 * Whether a view counts an innovation. The national view counts what the ministry judged,
 * whatever the bot's own rules say; the other views leave ineligible innovations out.
 */
export function counts(period: Period, view: View, inv: InnovationInput): boolean {
  if (view === "nasional") return inv.national != null;
  return isCounted(view, inv.status) && isEligible(period, inv);
}

const NONE: VerifiedLevelMap = {};

/**
 * The levels a view reads for one innovation. Nationally, a rejected innovation scores 0; an
 * accepted one scores the levels the ministry verified when recorded, else Bappeda's own
 * verification (or the claim, when Bappeda has not verified it).
 */
export function viewLevels(view: View, inv: InnovationInput): AnyLevelMap {
  switch (view) {
    case "terverifikasi":
      return inv.verified;
    case "nasional":
      if (inv.national?.result !== "diterima") return NONE;
      return inv.national.levels ?? (inv.status === "terverifikasi" ? inv.verified : inv.claimed);
    default:
      return inv.claimed;
  }
}

/** Everything the index needs from the innovations, so variants can be scored in O(1). */
export interface Aggregate {
  readonly spd: number;
  readonly n: number;
  readonly sumKematangan: number;
  readonly yandas: ReadonlySet<string>;
  readonly excluded: number;
}

/** Adds the yandas urusan an innovation covers under the period's reading of the gate. */
export function addYandasOf(period: Period, inv: InnovationInput, into: Set<string>): void {
  if (isYandas(inv.urusanUtama)) into.add(inv.urusanUtama);
  if (period.jumlahRule.yandasReading === "utama") return;
  for (const u of inv.urusanLain) if (isYandas(u)) into.add(u);
}

export function aggregate(period: Period, input: IndexInput, view: View): Aggregate {
  let n = 0;
  let excluded = 0;
  let sumKematangan = 0;
  const yandas = new Set<string>();
  for (const inv of input.innovations) {
    if (!counts(period, view, inv)) {
      if (view !== "nasional" && isCounted(view, inv.status)) excluded += 1;
      continue;
    }
    n += 1;
    sumKematangan += kematangan(period, viewLevels(view, inv));
    addYandasOf(period, inv, yandas);
  }
  return { spd: spdScore(period, input.spdLevels), n, sumKematangan, yandas, excluded };
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
    excluded: agg.excluded,
    k: period.k,
    divisor,
    sumKematangan: agg.sumKematangan,
    avgKematangan,
    jumlahInovasi,
    yandasCovered,
    yandasGateOpen,
    yandasReading: rule.yandasReading,
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

/**
 * The same view under the other reading of the yandas gate (utama only vs utama + beririsan),
 * or null when that reading gives the same index: /skor then has nothing to say about it.
 */
export function otherYandasReading(period: Period, input: IndexInput, view: View): IndexBreakdown | null {
  const rule = period.jumlahRule;
  const other: Period = { ...period, jumlahRule: { ...rule, yandasReading: rule.yandasReading === "utama" ? "utama+beririsan" : "utama" } };
  const mine = computeIndex(period, input, view);
  const theirs = computeIndex(other, input, view);
  return theirs.iid === mine.iid ? null : theirs;
}

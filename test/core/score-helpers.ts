import type { Level, Period } from "../../src/core/period/index.js";
import { YANDAS_IDS } from "../../src/core/period/index.js";
import { kematangan } from "../../src/core/score/index.js";
import type { IndexInput, InnovationInput, InnovationStatus, Suggestion, View } from "../../src/core/score/index.js";

/**
 * SID levels whose kematangan is exactly `target`, built from the catalog's real bobot:
 * greedy from the heaviest indicator; the eight bobot-1 indicators make every integer
 * 0..111 reachable. Throws rather than silently returning a different score.
 */
export function levelsForKematangan(period: Period, target: number): Record<string, Level> {
  const out: Record<string, Level> = {};
  let rest = target;
  for (const ind of [...period.sid].sort((a, b) => b.bobot - a.bobot)) {
    const lv = Math.min(3, Math.floor(rest / ind.bobot)) as Level;
    out[ind.code] = lv;
    rest -= lv * ind.bobot;
  }
  if (rest !== 0 || kematangan(period, out) !== target) {
    throw new Error(`kematangan ${target} not reachable`);
  }
  return out;
}

/** SPD levels scoring exactly 40 under the 2026 SPD catalog, using the 0,75 and 1,5 weights. */
export const SPD_40: Record<string, Level> = {
  // bobot 1 (ten indicators): 3+3+3+3+2+2+2+2+2+2 = 24
  "1": 3,
  "2a": 3,
  "2b": 3,
  "3": 3,
  "4": 2,
  "9": 2,
  "13a": 2,
  "13b": 2,
  "14": 2,
  "15": 2,
  // bobot 0,75: levels 1+1+1+1 = 4 → 3
  "5a": 1,
  "5b": 1,
  "10a": 1,
  "10b": 1,
  "11a": 0,
  "11b": 0,
  // bobot 1,5: 2+2+2 = 6 → 9
  "6": 2,
  "7": 2,
  "8": 2,
  // bobot 2: 2 → 4
  "12": 2,
};

export function allLevels(codes: readonly { code: string }[], lv: Level): Record<string, Level> {
  return Object.fromEntries(codes.map((c) => [c.code, lv]));
}

let seq = 0;
export function innovation(over: Partial<InnovationInput> & { claimed?: Record<string, Level> } = {}): InnovationInput {
  seq += 1;
  return {
    id: `inv-${seq}`,
    name: `Inovasi ${seq}`,
    opdId: "opd-1",
    status: "diajukan",
    urusanUtama: "pariwisata",
    urusanLain: [],
    claimed: {},
    verified: {},
    ...over,
  };
}

/** `count` innovations of exactly `k` kematangan; the first six take the six yandas urusan. */
export function innovationsOf(period: Period, count: number, k: number, status: InnovationStatus = "diajukan"): InnovationInput[] {
  const claimed = levelsForKematangan(period, k);
  return Array.from({ length: count }, (_, i) => innovation({ status, claimed, verified: claimed, urusanUtama: YANDAS_IDS[i] ?? "statistik" }));
}

/**
 * The input after carrying out a suggestion for real, so its gain can be checked against a
 * full recomputation. addInnovation needs an integral assumed kematangan (or an explicit one).
 */
export function applySuggestion(period: Period, input: IndexInput, view: View, s: Suggestion, kematanganOverride?: number): IndexInput {
  switch (s.kind) {
    case "raiseLevel":
      return {
        ...input,
        innovations: input.innovations.map((inv) => {
          if (inv.id !== s.innovationId) return inv;
          return view === "terverifikasi"
            ? { ...inv, verified: { ...inv.verified, [s.indicatorCode]: s.to } }
            : { ...inv, claimed: { ...inv.claimed, [s.indicatorCode]: s.to } };
        }),
      };
    case "completeDrafts":
      return {
        ...input,
        innovations: input.innovations.map((inv) => (inv.status === "draf" ? { ...inv, status: "diajukan" } : inv)),
      };
    case "addInnovation": {
      const k = kematanganOverride ?? s.assumedKematangan;
      const levels = levelsForKematangan(period, k);
      const status: InnovationStatus = view === "terverifikasi" ? "terverifikasi" : "diajukan";
      // "any urusan" is played with a non-yandas urusan, which never changes the gate.
      const added = innovation({ status, claimed: levels, verified: levels, urusanUtama: s.urusan ?? "statistik" });
      return { ...input, innovations: [...input.innovations, added] };
    }
  }
}

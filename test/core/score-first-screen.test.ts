import { describe, expect, it } from "vitest";
import { PERIOD_2026 } from "../../src/core/period/index.js";
import { computeIndex, primaryView, shortfalls, standing, type IndexInput } from "../../src/core/score/index.js";
import { innovation, innovationsOf, levelsForKematangan, SPD_40 } from "./score-helpers.js";

const P = PERIOD_2026;
const at = (input: IndexInput, view: "klaim" | "terverifikasi" | "proyeksi" = "klaim") => computeIndex(P, input, view);

describe("the /skor first screen, decided in the core", () => {
  it("leads with the verified view as soon as one innovation is verified", () => {
    const none: IndexInput = { spdLevels: {}, innovations: innovationsOf(P, 3, 50) };
    expect(primaryView(at(none, "terverifikasi"))).toBe("klaim");
    const one: IndexInput = { spdLevels: {}, innovations: [...innovationsOf(P, 3, 50), ...innovationsOf(P, 1, 50, "terverifikasi")] };
    expect(primaryView(at(one, "terverifikasi"))).toBe("terverifikasi");
  });

  it("at 0 gives a first step instead of a distance: drafts, then verification, then a first innovation", () => {
    const empty: IndexInput = { spdLevels: {}, innovations: [] };
    expect(standing(P, empty, at(empty))).toEqual({ kind: "start", step: { kind: "firstInnovation" } });
    const drafts: IndexInput = { spdLevels: {}, innovations: [innovation({ status: "draf", claimed: levelsForKematangan(P, 20) })] };
    expect(standing(P, drafts, at(drafts))).toEqual({ kind: "start", step: { kind: "submitDrafts", count: 1 } });
    const waiting: IndexInput = { spdLevels: {}, innovations: innovationsOf(P, 2, 20) };
    expect(standing(P, waiting, at(waiting, "terverifikasi"))).toEqual({ kind: "start", step: { kind: "verify", count: 2 } });
  });

  it("names the gap to the next band, and nothing at the top", () => {
    const edge: IndexInput = { spdLevels: SPD_40, innovations: innovationsOf(P, 12, 60).map((i, n) => (n >= 4 ? { ...i, urusanUtama: "statistik" } : i)) };
    expect(standing(P, edge, at(edge))).toEqual({ kind: "gap", next: "Inovatif", points: 0.01 });
    const top: IndexInput = { spdLevels: SPD_40, innovations: innovationsOf(P, 200, 111) };
    expect(standing(P, top, at(top))).toEqual({ kind: "top" });
  });

  it("says what is missing in the Pemda's terms, and nothing at 0 beyond an empty SPD", () => {
    const one: IndexInput = { spdLevels: {}, innovations: innovationsOf(P, 1, 50) };
    expect(shortfalls(P, at(one))).toEqual([{ kind: "yandas", covered: 1, total: 6, min: 5 }, { kind: "fewInnovations", n: 1, k: 12 }, { kind: "spdEmpty" }]);
    expect(shortfalls(P, at({ spdLevels: {}, innovations: [] }))).toEqual([{ kind: "spdEmpty" }]);
    expect(shortfalls(P, at({ spdLevels: SPD_40, innovations: innovationsOf(P, 12, 50) }))).toEqual([]);
  });
});

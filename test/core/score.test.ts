import { describe, expect, it } from "vitest";
import { PERIOD_2023, PERIOD_2026, URUSAN } from "../../src/core/period/index.js";
import { categoryFor, computeIndex, distanceToNext, indicatorScore, kematangan, roundHalfUp, spdScore, suggestActions } from "../../src/core/score/index.js";
import type { IndexInput, Suggestion, View } from "../../src/core/score/index.js";
import { allLevels, applySuggestion, innovation, innovationsOf, levelsForKematangan, SPD_40 } from "./score-helpers.js";

describe("indicator, kematangan and SPD scores", () => {
  it("score = bobot × level", () => {
    expect(indicatorScore(4, 3)).toBe(12);
    expect(indicatorScore(0.75, 2)).toBe(1.5);
    expect(indicatorScore(3, 0)).toBe(0);
  });

  it("kematangan maxes at 111 and SPD at 63", () => {
    expect(kematangan(PERIOD_2026, allLevels(PERIOD_2026.sid, 3))).toBe(111);
    expect(spdScore(PERIOD_2026, allLevels(PERIOD_2026.spd, 3))).toBe(63);
    expect(kematangan(PERIOD_2026, {})).toBe(0);
  });

  it("builds SPD 40 from real levels and kematangan 80 from real levels", () => {
    expect(spdScore(PERIOD_2026, SPD_40)).toBe(40);
    expect(kematangan(PERIOD_2026, levelsForKematangan(PERIOD_2026, 80))).toBe(80);
  });

  it("rejects a level outside 0..3", () => {
    expect(() => kematangan(PERIOD_2026, { "16": 4 as never })).toThrow(RangeError);
  });
});

describe("acceptance examples of the issue", () => {
  it("2026: SPD 40, 20 innovations of kematangan 80 covering the 6 yandas → 51,04 Inovatif", () => {
    const input: IndexInput = { spdLevels: SPD_40, innovations: innovationsOf(PERIOD_2026, 20, 80) };
    const r = computeIndex(PERIOD_2026, input, "klaim");
    expect(r.spd).toBe(40);
    expect(r.n).toBe(20);
    expect(r.divisor).toBe(20); // MAX(12, 20)
    expect(r.avgKematangan).toBe(80);
    expect(r.yandasCovered).toHaveLength(6);
    expect(r.jumlahInovasi).toBeCloseTo(7.6, 12);
    expect(r.sid).toBeCloseTo(87.6, 12);
    expect(r.iid).toBe(51.04);
    expect(r.category).toBe("Inovatif");
  });

  it("8 innovations: 38,55 under 2026 rules (Kurang Inovatif); the same value is Inovatif under 2023 bands", () => {
    const input: IndexInput = { spdLevels: SPD_40, innovations: innovationsOf(PERIOD_2026, 8, 80) };
    // 2026 rules: k = 12 > n = 8 → 640 / 12 + 0,38 × 8 = 56,3733…; (40 + 56,3733) / 2,5 = 38,549…
    const r2026 = computeIndex(PERIOD_2026, input, "klaim");
    expect(r2026.divisor).toBe(12);
    expect(r2026.iid).toBe(38.55);
    expect(r2026.category).toBe("Kurang Inovatif"); // 2026 bands: 0,01–40,00
    // The value 38,55 read against the 2022–2024 bands (Inovatif 35,00–60,00).
    expect(categoryFor(PERIOD_2023, 38.55)).toBe("Inovatif");
    // The whole 2023 rule set (k = 10, 2023 bands) gives 640 / 10 + 3,04 = 67,04 → 42,82 Inovatif.
    const r2023 = computeIndex(PERIOD_2023, input, "klaim");
    expect(r2023.divisor).toBe(10);
    expect(r2023.iid).toBe(42.82);
    expect(r2023.category).toBe("Inovatif");
  });
});

describe("formula details", () => {
  const base = innovationsOf(PERIOD_2026, 20, 80);

  it("withdrawn innovations are excluded in every view", () => {
    const withdrawn = innovationsOf(PERIOD_2026, 5, 10, "ditarik");
    const a = { spdLevels: SPD_40, innovations: base };
    const b = { spdLevels: SPD_40, innovations: [...base, ...withdrawn] };
    for (const view of ["klaim", "proyeksi"] as const) {
      expect(computeIndex(PERIOD_2026, b, view)).toEqual(computeIndex(PERIOD_2026, a, view));
    }
  });

  it("yandas gate: 5 of 6 covered opens jumlah inovasi, 4 of 6 keeps it at 0", () => {
    const claimed = levelsForKematangan(PERIOD_2026, 50);
    const make = (urusan: string[]) => ({
      spdLevels: {},
      innovations: urusan.map((u) => innovation({ claimed, urusanUtama: u })),
    });
    const five = computeIndex(PERIOD_2026, make(["pendidikan", "kesehatan", "pupr", "perkim", "sosial", "pariwisata"]), "klaim");
    expect(five.yandasCovered).toHaveLength(5);
    expect(five.yandasGateOpen).toBe(true);
    expect(five.jumlahInovasi).toBeCloseTo(0.38 * 6, 12);
    const four = computeIndex(PERIOD_2026, make(["pendidikan", "kesehatan", "pupr", "perkim", "pariwisata", "pariwisata"]), "klaim");
    expect(four.yandasCovered).toHaveLength(4);
    expect(four.jumlahInovasi).toBe(0);
  });

  it("urusan beririsan count towards the yandas gate where the period reads them", () => {
    const inv = innovation({
      urusanUtama: "kominfo",
      urusanLain: ["pendidikan", "kesehatan", "pupr", "perkim", "trantibum-linmas"],
    });
    expect(computeIndex(PERIOD_2026, { spdLevels: {}, innovations: [inv] }, "klaim").yandasCovered).toEqual([]);
    const beririsan = { ...PERIOD_2026, jumlahRule: { ...PERIOD_2026.jumlahRule, yandasReading: "utama+beririsan" as const } };
    const r = computeIndex(beririsan, { spdLevels: {}, innovations: [inv] }, "klaim");
    expect(r.yandasCovered).toEqual(["pendidikan", "kesehatan", "pupr", "perkim", "trantibum-linmas"]);
    expect(r.jumlahInovasi).toBeCloseTo(0.38, 12);
  });

  it("k against n: n < k divides by k, n > k divides by n", () => {
    const few = computeIndex(PERIOD_2026, { spdLevels: {}, innovations: innovationsOf(PERIOD_2026, 6, 60) }, "klaim");
    expect(few.divisor).toBe(12);
    expect(few.avgKematangan).toBe(30); // 360 / 12
    const many = computeIndex(PERIOD_2026, { spdLevels: {}, innovations: innovationsOf(PERIOD_2026, 15, 60) }, "klaim");
    expect(many.divisor).toBe(15);
    expect(many.avgKematangan).toBe(60);
  });

  it("jumlah inovasi is capped", () => {
    const period = { ...PERIOD_2026, jumlahRule: { ...PERIOD_2026.jumlahRule, cap: 10 } };
    const r = computeIndex(period, { spdLevels: {}, innovations: innovationsOf(period, 20, 1) }, "klaim");
    expect(r.jumlahInovasi).toBeCloseTo(3.8, 12);
  });

  it("an empty assessment is Tidak Dapat Dinilai", () => {
    const r = computeIndex(PERIOD_2026, { spdLevels: {}, innovations: [] }, "klaim");
    expect(r.iid).toBe(0);
    expect(r.category).toBe("Tidak Dapat Dinilai");
    expect(categoryFor(PERIOD_2023, 0)).toBe("Tidak Dapat Dinilai");
    expect(categoryFor(PERIOD_2023, 0.004)).toBe("Tidak Dapat Dinilai"); // rounds to 0,00
    expect(categoryFor(PERIOD_2023, 0.005)).toBe("Kurang Inovatif"); // rounds to 0,01
  });
});

describe("rounding at band edges", () => {
  // 80 innovations (divisor 80) in a non-yandas urusan, SPD 63: the exact index is
  // (63 + Σ / 80) / 2,5, which lands on half-cents; 59,995 is stored as 59,99499… in binary.
  const at = (period: typeof PERIOD_2026, each: number, last: number) => {
    const innovations = [
      ...Array.from({ length: 79 }, () => innovation({ claimed: levelsForKematangan(period, each) })),
      innovation({ claimed: levelsForKematangan(period, last) }),
    ];
    const r = computeIndex(period, { spdLevels: allLevels(period.spd, 3), innovations }, "klaim");
    expect([r.n, r.divisor, r.spd, r.jumlahInovasi]).toEqual([80, 80, 63, 0]);
    return r;
  };

  it("2023 bands: 60,00 is Inovatif, 60,01 is Sangat Inovatif", () => {
    const low = at(PERIOD_2023, 87, 86);
    expect(low.sumKematangan).toBe(6959);
    expect(low.iidExact).toBeCloseTo(59.995, 10);
    expect(low.iid).toBe(60);
    expect(low.category).toBe("Inovatif");
    const high = at(PERIOD_2023, 87, 88); // Σ 6961 → 60,005
    expect(high.iidExact).toBeCloseTo(60.005, 10);
    expect(high.iid).toBe(60.01);
    expect(high.category).toBe("Sangat Inovatif");
    expect(categoryFor(PERIOD_2023, 60.0)).toBe("Inovatif");
    expect(categoryFor(PERIOD_2023, 60.01)).toBe("Sangat Inovatif");
    expect(categoryFor(PERIOD_2023, 35.0)).toBe("Inovatif");
    expect(categoryFor(PERIOD_2023, 34.99)).toBe("Kurang Inovatif");
  });

  it("2026 bands: 65,00 is Inovatif, 65,01 is Sangat Inovatif", () => {
    const low = at(PERIOD_2026, 100, 59); // Σ 7959 → 64,995
    expect(low.iidExact).toBeCloseTo(64.995, 10);
    expect(low.iid).toBe(65);
    expect(low.category).toBe("Inovatif");
    const high = at(PERIOD_2026, 100, 61); // Σ 7961 → 65,005
    expect(high.iidExact).toBeCloseTo(65.005, 10);
    expect(high.iid).toBe(65.01);
    expect(high.category).toBe("Sangat Inovatif");
    expect(categoryFor(PERIOD_2026, 40.0)).toBe("Kurang Inovatif");
    expect(categoryFor(PERIOD_2026, 40.01)).toBe("Inovatif");
    expect(categoryFor(PERIOD_2026, 100)).toBe("Sangat Inovatif");
  });

  it("half-up rounding forgives float noise", () => {
    expect(roundHalfUp(59.995)).toBe(60);
    expect(roundHalfUp(1.005)).toBe(1.01);
    expect(roundHalfUp(38.549333)).toBe(38.55);
    expect(roundHalfUp(64.994999)).toBe(64.99);
  });

  it("distance to the next band", () => {
    expect(distanceToNext(PERIOD_2026, 51.04)).toEqual({ next: "Sangat Inovatif", points: 13.97 });
    expect(distanceToNext(PERIOD_2026, 38.55)).toEqual({ next: "Inovatif", points: 1.46 });
    expect(distanceToNext(PERIOD_2023, 38.55)).toEqual({ next: "Sangat Inovatif", points: 21.46 });
    expect(distanceToNext(PERIOD_2026, 0)).toEqual({ next: "Kurang Inovatif", points: 0.01 });
    expect(distanceToNext(PERIOD_2026, 70)).toBeNull();
  });
});

describe("views", () => {
  const p = PERIOD_2026;
  const lv = (k: number) => levelsForKematangan(p, k);
  const innovations = [
    innovation({ status: "diajukan", claimed: lv(50), verified: {} }),
    // verified has an explicit null on 35 (bobot 4): it counts as 0.
    innovation({ status: "terverifikasi", claimed: lv(60), verified: { ...lv(44), "35": null } }),
    innovation({ status: "dikembalikan", claimed: lv(30), verified: lv(10) }),
    innovation({ status: "draf", claimed: lv(70) }),
    innovation({ status: "ditarik", claimed: lv(100), verified: lv(100) }),
  ];
  const input: IndexInput = { spdLevels: {}, innovations };

  it("klaim counts submitted innovations with claimed levels", () => {
    const r = computeIndex(p, input, "klaim");
    expect([r.n, r.sumKematangan]).toEqual([3, 140]);
  });

  it("terverifikasi counts verified innovations with verified levels, null as 0", () => {
    const r = computeIndex(p, input, "terverifikasi");
    expect(kematangan(p, lv(44))).toBe(44);
    const expected = 44 - 4 * (lv(44)["35"] ?? 0);
    expect([r.n, r.sumKematangan]).toEqual([1, expected]);
  });

  it("proyeksi adds drafts to klaim", () => {
    const r = computeIndex(p, input, "proyeksi");
    expect([r.n, r.sumKematangan]).toEqual([4, 210]);
  });
});

describe("suggestActions", () => {
  const p = PERIOD_2026;
  const gainByRecompute = (input: IndexInput, view: View, s: Suggestion, k?: number): number =>
    computeIndex(p, applySuggestion(p, input, view, s, k), view).iidExact - computeIndex(p, input, view).iidExact;

  it("every gain equals a full recomputation (gate open, drafts pending)", () => {
    const strongDrafts = innovationsOf(p, 2, 100, "draf");
    const input: IndexInput = { spdLevels: SPD_40, innovations: [...innovationsOf(p, 20, 80), ...strongDrafts] };
    const list = suggestActions(p, input, "klaim", 50);
    expect(new Set(list.map((s) => s.kind))).toEqual(new Set(["raiseLevel", "completeDrafts", "addInnovation"]));
    for (const s of list) {
      expect(s.gain).toBeGreaterThan(0);
      expect(s.gain).toBeCloseTo(gainByRecompute(input, "klaim", s), 12);
      const after = computeIndex(p, applySuggestion(p, input, "klaim", s), "klaim");
      expect(s.iidAfter).toBe(after.iid);
    }
    const gains = list.map((s) => s.gain);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    expect(list).toHaveLength(50);
  });

  it("the best raise is the heaviest indicator below level 3: 35 (bobot 4) → 4 / 20 × 0,4", () => {
    const claimed = { ...allLevels(p.sid, 3), "35": 2 as const, "31": 1 as const, "20": 0 as const };
    const innovations = innovationsOf(p, 20, 80).map((inv) => ({ ...inv, claimed }));
    const input: IndexInput = { spdLevels: {}, innovations };
    const list = suggestActions(p, input, "klaim", 5);
    // Adding an average innovation (+0,38 × 0,4 = 0,152) beats any single raise here.
    expect(list[0]).toMatchObject({ kind: "addInnovation", unlocksJumlahInovasi: false });
    expect(list[0]?.gain).toBeCloseTo(0.152, 12);
    const first = list.find((s) => s.kind === "raiseLevel");
    expect(first).toMatchObject({ kind: "raiseLevel", indicatorCode: "35" });
    expect(first?.gain).toBeCloseTo((4 / 20) * 0.4, 12);
  });

  it("names the missing yandas urusan that would open the gate", () => {
    const claimed = levelsForKematangan(p, 60);
    const urusan = ["pendidikan", "kesehatan", "pupr", "perkim", "kominfo"];
    const input: IndexInput = {
      spdLevels: {},
      innovations: urusan.map((u) => innovation({ claimed, urusanUtama: u })),
    };
    const adds = suggestActions(p, input, "klaim", 50).filter((s) => s.kind === "addInnovation");
    const unlocking = adds.filter((s) => s.unlocksJumlahInovasi);
    expect(unlocking.map((s) => s.urusan).sort()).toEqual(["sosial", "trantibum-linmas"]);
    for (const s of adds) {
      expect(s.assumedKematangan).toBe(60);
      expect(s.gain).toBeCloseTo(gainByRecompute(input, "klaim", s), 12);
    }
    // Opening the gate adds 0,38 × 6 to SID on top of the plain average gain.
    const plain = adds.find((s) => s.urusan === undefined);
    expect((unlocking[0]?.gain ?? 0) - (plain?.gain ?? 0)).toBeCloseTo((0.38 * 6 * 100) / 250, 12);
  });

  it("does not suggest completing drafts that would lower the index", () => {
    const input: IndexInput = {
      spdLevels: {},
      innovations: [...innovationsOf(p, 20, 80), ...innovationsOf(p, 3, 0, "draf")],
    };
    expect(suggestActions(p, input, "klaim", 100).some((s) => s.kind === "completeDrafts")).toBe(false);
    expect(computeIndex(p, input, "proyeksi").iidExact).toBeLessThan(computeIndex(p, input, "klaim").iidExact);
  });

  // Speed at this size is measured by `npm run bench`; this checks the results stay right.
  it("handles 40 000 innovations", () => {
    const statuses = ["draf", "diajukan", "dikembalikan", "terverifikasi", "ditarik"] as const;
    const innovations = Array.from({ length: 40_000 }, (_, i) => {
      const levels = levelsForKematangan(p, i % 112);
      return innovation({ status: statuses[i % 5], claimed: levels, verified: levels, urusanUtama: URUSAN[i % 38]?.id });
    });
    const input: IndexInput = { spdLevels: SPD_40, innovations };
    const r = computeIndex(p, input, "klaim");
    const list = suggestActions(p, input, "klaim");
    expect(r.n).toBe(24_000);
    expect(list).toHaveLength(3);
    expect(list[0]?.gain).toBeCloseTo(gainByRecompute(input, "klaim", list[0] as Suggestion), 12);
  });
});

import { describe, expect, it } from "vitest";
import { PERIOD_2024, PERIOD_2025, PERIOD_2026, YANDAS_IDS, type Period } from "../../src/core/period/index.js";
import {
  categoryFor,
  compareWithOfficial,
  computeIndex,
  eligibility,
  needsPengembangan,
  otherYandasReading,
  stageWarning,
  suggestActions,
} from "../../src/core/score/index.js";
import type { IndexInput, InnovationInput } from "../../src/core/score/index.js";
import { allLevels, innovation, levelsForKematangan, SPD_40 } from "./score-helpers.js";

const withReading = (p: Period, yandasReading: Period["jumlahRule"]["yandasReading"]): Period => ({ ...p, jumlahRule: { ...p.jumlahRule, yandasReading } });
const withBeforeWindow = (p: Period, beforeWindow: Period["eligibility"]["beforeWindow"]): Period => ({
  ...p,
  eligibility: { ...p.eligibility, beforeWindow },
});

describe("yandas gate: urusan utama only, or utama + beririsan", () => {
  // 12 innovations of kematangan 95 with SPD 63: the urusan utama cover 4 yandas, the urusan
  // beririsan 2 more. Utama only: (63 + 95) / 250 × 100 = 63,20 Inovatif. With beririsan the
  // gate opens: + 12 × 0,38 = 4,56 → (63 + 99,56) / 2,5 = 65,024 → 65,02 Sangat Inovatif.
  const claimed = levelsForKematangan(PERIOD_2026, 95);
  const portfolio: IndexInput = {
    spdLevels: allLevels(PERIOD_2026.spd, 3),
    innovations: Array.from({ length: 12 }, (_, i) =>
      innovation({
        claimed,
        urusanUtama: i < 4 ? YANDAS_IDS[i]! : "statistik",
        urusanLain: i === 11 ? [YANDAS_IDS[4]!, YANDAS_IDS[5]!] : [],
      }),
    ),
  };

  it("2026 counts the urusan utama only: the gate stays shut and the index is 63,20 Inovatif", () => {
    const r = computeIndex(PERIOD_2026, portfolio, "klaim");
    expect(r.yandasReading).toBe("utama");
    expect(r.yandasCovered).toHaveLength(4);
    expect(r.yandasGateOpen).toBe(false);
    expect(r.jumlahInovasi).toBe(0);
    expect(r.iid).toBe(63.2);
    expect(r.category).toBe("Inovatif");
  });

  it("counting urusan beririsan too opens the gate: 65,02 Sangat Inovatif", () => {
    const r = computeIndex(withReading(PERIOD_2026, "utama+beririsan"), portfolio, "klaim");
    expect(r.yandasCovered).toHaveLength(6);
    expect(r.jumlahInovasi).toBeCloseTo(4.56, 12);
    expect(r.iid).toBe(65.02);
    expect(r.category).toBe("Sangat Inovatif");
  });

  it("the other reading is reported only where it changes the index", () => {
    const other = otherYandasReading(PERIOD_2026, portfolio, "klaim");
    expect(other).toMatchObject({ yandasReading: "utama+beririsan", iid: 65.02, category: "Sangat Inovatif" });
    expect(otherYandasReading(withReading(PERIOD_2026, "utama+beririsan"), portfolio, "klaim")).toMatchObject({ iid: 63.2 });
    const noBeririsan = { ...portfolio, innovations: portfolio.innovations.map((i) => ({ ...i, urusanLain: [] })) };
    expect(otherYandasReading(PERIOD_2026, noBeririsan, "klaim")).toBeNull();
  });

  it("suggestions name a missing yandas only as an urusan utama under the utama reading", () => {
    const s = suggestActions(PERIOD_2026, portfolio, "klaim", 10).filter((x) => x.kind === "addInnovation" && x.unlocksJumlahInovasi);
    // The two yandas covered only as urusan beririsan are still missing as urusan utama.
    expect(s.map((x) => (x.kind === "addInnovation" ? x.urusan : null))).toEqual([YANDAS_IDS[4], YANDAS_IDS[5]]);
  });
});

describe("eligibility: penerapan outside the window (2026: 1 Jan 2024 – 31 Dec 2025)", () => {
  it("inside the window, or not filled yet, takes part", () => {
    expect(eligibility(PERIOD_2026, { waktuPenerapan: "2024-01-01" })).toEqual({ ok: true });
    expect(eligibility(PERIOD_2026, { waktuPenerapan: "2025-12-31" })).toEqual({ ok: true });
    expect(eligibility(PERIOD_2026, {})).toEqual({ ok: true });
  });

  it("before the window takes part only with a pengembangan terbaru date inside it", () => {
    expect(needsPengembangan(PERIOD_2026, "2023-12-31")).toBe(true);
    expect(needsPengembangan(PERIOD_2026, "2024-01-01")).toBe(false);
    expect(eligibility(PERIOD_2026, { waktuPenerapan: "2023-12-31" })).toEqual({ ok: false, reason: "no-pengembangan" });
    expect(eligibility(PERIOD_2026, { waktuPenerapan: "2022-03-01", pengembanganTerbaru: "2024-06-01" })).toEqual({ ok: true });
    expect(eligibility(PERIOD_2026, { waktuPenerapan: "2022-03-01", pengembanganTerbaru: "2023-06-01" })).toEqual({
      ok: false,
      reason: "pengembangan-outside",
    });
    expect(eligibility(PERIOD_2026, { waktuPenerapan: "2026-01-02" })).toEqual({ ok: false, reason: "after-window" });
  });

  it("follows the period's rule: tolak refuses even with a pengembangan date, peringatan only warns", () => {
    const tolak = withBeforeWindow(PERIOD_2026, "tolak");
    expect(needsPengembangan(tolak, "2023-01-01")).toBe(false);
    expect(eligibility(tolak, { waktuPenerapan: "2023-01-01", pengembanganTerbaru: "2024-06-01" })).toEqual({ ok: false, reason: "before-window" });
    const warn = withBeforeWindow(PERIOD_2026, "peringatan");
    expect(eligibility(warn, { waktuPenerapan: "2020-01-01" })).toEqual({ ok: true, warning: "outside-window" });
    expect(eligibility(warn, { waktuPenerapan: "2027-01-01" })).toEqual({ ok: true, warning: "outside-window" });
  });

  it("an ineligible innovation counts in no view, and each view says how many were left out", () => {
    const k80 = levelsForKematangan(PERIOD_2026, 80);
    const ok = (over: Partial<Omit<InnovationInput, "claimed">> = {}) =>
      innovation({ claimed: { ...k80 }, verified: k80, waktuPenerapan: "2024-05-01", ...over });
    const input: IndexInput = {
      spdLevels: SPD_40,
      innovations: [
        ...Array.from({ length: 12 }, () => ok()),
        ok({ waktuPenerapan: "2023-01-01" }),
        ok({ waktuPenerapan: "2021-01-01", status: "terverifikasi" }),
        ok({ waktuPenerapan: "2023-01-01", status: "draf" }),
        ok({ waktuPenerapan: "2023-01-01", pengembanganTerbaru: "2025-02-01" }),
      ],
    };
    const klaim = computeIndex(PERIOD_2026, input, "klaim");
    expect(klaim.n).toBe(13);
    expect(klaim.excluded).toBe(2);
    expect(computeIndex(PERIOD_2026, input, "proyeksi")).toMatchObject({ n: 13, excluded: 3 });
    expect(computeIndex(PERIOD_2026, input, "terverifikasi")).toMatchObject({ n: 0, excluded: 1 });
    // Every counted innovation has kematangan 80, so the ineligible ones do not lower the mean.
    expect(klaim.avgKematangan).toBe(80);
    const drafts = suggestActions(PERIOD_2026, input, "klaim", 10).find((s) => s.kind === "completeDrafts");
    expect(drafts).toBeUndefined();
  });

  it("warns about innovations still at inisiatif or uji coba", () => {
    expect(stageWarning("inisiatif")).toBe(true);
    expect(stageWarning("ujicoba")).toBe(true);
    expect(stageWarning("penerapan")).toBe(false);
    expect(stageWarning(null)).toBe(false);
  });
});

describe("national view: the ministry's verdict", () => {
  const k80 = levelsForKematangan(PERIOD_2026, 80);
  const k60 = levelsForKematangan(PERIOD_2026, 60);

  it("rejected innovations stay in n with score 0; accepted ones score the ministry's levels, else Bappeda's", () => {
    const input: IndexInput = {
      spdLevels: SPD_40,
      innovations: [
        ...Array.from({ length: 10 }, () =>
          innovation({ status: "terverifikasi", claimed: k80, verified: k80, national: { result: "diterima", levels: null } }),
        ),
        innovation({ status: "terverifikasi", claimed: k80, verified: k80, national: { result: "diterima", levels: k60 } }),
        innovation({ status: "terverifikasi", claimed: k80, verified: k80, national: { result: "ditolak", levels: null } }),
        innovation({ status: "terverifikasi", claimed: k80, verified: k80, national: { result: "ditolak", levels: null } }),
        // Not judged by the ministry: not in the national view at all.
        innovation({ status: "terverifikasi", claimed: k80, verified: k80 }),
      ],
    };
    const r = computeIndex(PERIOD_2026, input, "nasional");
    expect(r.n).toBe(13);
    expect(r.sumKematangan).toBe(10 * 80 + 60);
    // (40 + 860 / 13) / 250 × 100 = 42,46…; the gate is shut (one urusan only).
    expect(r.iid).toBe(42.46);
    const verified = computeIndex(PERIOD_2026, input, "terverifikasi");
    expect(verified.n).toBe(14);
    expect(verified.iid).toBeGreaterThan(r.iid);
  });

  it("compares with the official result, also for a year known only by its category", () => {
    const national = { iid: 66.1, category: "Sangat Inovatif" as const };
    expect(compareWithOfficial(national, { year: 2025, scoreHundredths: null, category: "Sangat Inovatif" })).toEqual({ sameCategory: true, difference: null });
    expect(compareWithOfficial(national, { year: 2023, scoreHundredths: 5403, category: "Inovatif" })).toEqual({ sameCategory: false, difference: 12.07 });
  });
});

describe("band edges of 2024 and 2025", () => {
  it("2024: Kurang Inovatif below 35, Inovatif 35,00–60,00, Sangat Inovatif from 60,01", () => {
    expect(categoryFor(PERIOD_2024, 34.99)).toBe("Kurang Inovatif");
    expect(categoryFor(PERIOD_2024, 35)).toBe("Inovatif");
    expect(categoryFor(PERIOD_2024, 60)).toBe("Inovatif");
    expect(categoryFor(PERIOD_2024, 60.01)).toBe("Sangat Inovatif");
    expect(categoryFor(PERIOD_2024, 0)).toBe("Tidak Dapat Dinilai");
  });

  it("2025: Sangat Inovatif from 65,01; Inovatif from 40,01 (assumed)", () => {
    expect(categoryFor(PERIOD_2025, 65)).toBe("Inovatif");
    expect(categoryFor(PERIOD_2025, 65.01)).toBe("Sangat Inovatif");
    expect(categoryFor(PERIOD_2025, 40)).toBe("Kurang Inovatif");
    expect(categoryFor(PERIOD_2025, 40.01)).toBe("Inovatif");
    // 62,40 (the article's self-assessment) is Sangat Inovatif under 2024 bands, Inovatif under 2025's.
    expect(categoryFor(PERIOD_2024, 62.4)).toBe("Sangat Inovatif");
    expect(categoryFor(PERIOD_2025, 62.4)).toBe("Inovatif");
  });
});

import { describe, expect, it } from "vitest";
import {
  getShippedPeriod,
  getSidIndicator,
  getSpdIndicator,
  isYandas,
  maxKematangan,
  maxSpd,
  parsePeriod,
  PERIOD_2023,
  PERIOD_2026,
  SHIPPED_PERIODS,
  PERIOD_2024,
  PERIOD_2025,
  upgradePeriod,
  URUSAN,
  YANDAS_IDS,
} from "../../src/core/period/index.js";
import type { Period } from "../../src/core/period/index.js";

const sum = (xs: readonly { bobot: number }[]) => xs.reduce((s, x) => s + x.bobot, 0);

describe.each(SHIPPED_PERIODS.map((p) => [p.year, p] as const))("catalog of %i", (_year, p) => {
  it("validates against the zod schema", () => {
    const r = parsePeriod(p);
    expect(r.error?.issues ?? []).toEqual([]);
    expect(r.success).toBe(true);
  });

  it("SID: 20 indicators 16..35, Σ bobot 37 (max 111), 3 level texts and help each", () => {
    expect(p.sid.map((i) => i.code)).toEqual(Array.from({ length: 20 }, (_, i) => String(16 + i)));
    expect(sum(p.sid)).toBe(37);
    expect(maxKematangan(p)).toBe(111);
    for (const i of p.sid) {
      expect(i.levels).toHaveLength(3);
      expect(i.levels.every((t) => t.trim().length > 0)).toBe(true);
      expect(i.help.length).toBeGreaterThan(10);
    }
    expect(p.sid.filter((i) => i.wajib).map((i) => i.code)).toEqual(["16", "17", "32", "33", "35"]);
  });

  it("SID evidence per the 2023 guideline: PDF only, JPG/PNG only (25, 30), video or link (35), else any", () => {
    const pdfOnly = ["16", "17", "18", "20", "21", "22", "23", "24", "28", "31", "32"];
    for (const i of p.sid) {
      if (i.code === "35") expect(i.evidence).toEqual(["video", "link"]);
      else if (pdfOnly.includes(i.code)) expect(i.evidence).toEqual(["pdf"]);
      else if (["25", "30"].includes(i.code)) expect(i.evidence).toEqual(["image"]);
      else expect(i.evidence).toEqual(["pdf", "image", "link"]);
    }
  });

  it("SPD: Σ bobot 21 (max 63) and the 2026 wajib set", () => {
    expect(p.spd).toHaveLength(20);
    expect(sum(p.spd)).toBe(21);
    expect(maxSpd(p)).toBe(63);
    expect(p.spd.filter((i) => i.wajib).map((i) => i.code)).toEqual(["1", "3", "4", "5a", "5b", "6", "7", "8", "9", "10a", "10b", "11a", "11b"]);
  });

  it("bands run from Sangat Inovatif down to Tidak Dapat Dinilai at exactly 0", () => {
    expect(p.bands.map((b) => b.category)).toEqual(["Sangat Inovatif", "Inovatif", "Kurang Inovatif", "Tidak Dapat Dinilai"]);
    expect(p.bands[3]).toEqual({ category: "Tidak Dapat Dinilai", min: 0, max: 0 });
  });
});

describe("period data", () => {
  it("2023: k = 10, 2022–2024 bands, assumed jumlah rule, window and SPD reuse", () => {
    expect(PERIOD_2023.k).toBe(10);
    expect(PERIOD_2023.bands.slice(0, 3).map((b) => [b.min, b.max])).toEqual([
      [60.01, 100],
      [35, 60],
      [0.01, 34.99],
    ]);
    expect(PERIOD_2023.jumlahRule).toMatchObject({ perInnovation: 0.38, cap: 200, minYandas: 5, assumed: true });
    expect(PERIOD_2023.penerapanWindow).toMatchObject({ from: "2021-01-01", to: "2022-12-31", assumed: true });
    const assumed = PERIOD_2023.notes.filter((n) => n.assumed).map((n) => n.about);
    expect(assumed).toEqual(expect.arrayContaining(["spd", "wajib", "jumlahRule", "penerapanWindow"]));
    expect(PERIOD_2023.spd).toEqual(PERIOD_2026.spd);
    expect(PERIOD_2023.tematik).toHaveLength(5);
  });

  it("2026: k = 12, 2026 bands, window 2024–2025, 8 Asta Cita (names assumed)", () => {
    expect(PERIOD_2026.k).toBe(12);
    expect(PERIOD_2026.bands.slice(0, 3).map((b) => [b.min, b.max])).toEqual([
      [65.01, 100],
      [40.01, 65],
      [0.01, 40],
    ]);
    expect(PERIOD_2026.jumlahRule).toMatchObject({ perInnovation: 0.38, cap: 200, minYandas: 5 });
    expect(PERIOD_2026.penerapanWindow).toMatchObject({ from: "2024-01-01", to: "2025-12-31" });
    expect(PERIOD_2026.tematik).toHaveLength(8);
    expect(PERIOD_2026.notes.some((n) => n.about === "tematik" && n.assumed)).toBe(true);
  });

  it("2024 and 2025: confirmed bands, everything else marked assumed, built on the neighbouring year", () => {
    expect(PERIOD_2024.bands.slice(0, 3).map((b) => [b.min, b.max])).toEqual([
      [60.01, 100],
      [35, 60],
      [0.01, 34.99],
    ]);
    expect(PERIOD_2024.notes.find((n) => n.about === "bands")?.assumed).toBe(false);
    expect(PERIOD_2025.bands.slice(0, 3).map((b) => [b.min, b.max])).toEqual([
      [65.01, 100],
      [40.01, 65],
      [0.01, 40],
    ]);
    // The Inovatif edge of 2025 is disputed (35,01 or 40,01): the note says which one is used.
    expect(PERIOD_2025.notes.find((n) => n.about === "bands")).toMatchObject({ assumed: true, text: expect.stringContaining("40,01") });
    for (const p of [PERIOD_2024, PERIOD_2025]) {
      expect(p.jumlahRule.assumed).toBe(true);
      expect(p.penerapanWindow.assumed).toBe(true);
      expect(p.eligibility).toMatchObject({ beforeWindow: "pengembangan", maxParticipation: 2, assumed: true });
      expect(p.notes.filter((n) => n.assumed).map((n) => n.about)).toEqual(expect.arrayContaining(["k", "jumlahRule", "yandas", "penerapanWindow"]));
    }
    expect(PERIOD_2024.sid).toEqual(PERIOD_2023.sid);
    expect(PERIOD_2025.sid).toEqual(PERIOD_2026.sid);
    expect(PERIOD_2025.tematik).toEqual(PERIOD_2026.tematik);
  });

  it("the 2026 yandas gate counts the urusan utama only; older stored periods read with the defaults", () => {
    expect(PERIOD_2026.jumlahRule.yandasReading).toBe("utama");
    const { eligibility: _e, ...old } = structuredClone(PERIOD_2026);
    const { yandasReading: _y, ...oldRule } = old.jumlahRule;
    const upgraded = upgradePeriod({ ...old, jumlahRule: oldRule } as unknown as Period);
    expect(upgraded.jumlahRule.yandasReading).toBe("utama");
    expect(upgraded.eligibility).toEqual({ beforeWindow: "pengembangan", maxParticipation: 2, assumed: true });
    expect(parsePeriod(upgraded).success).toBe(true);
  });

  it("SID level texts differ by year where the brief says so", () => {
    expect(getSidIndicator(PERIOD_2023, "19")?.name).toBe("Penggunaan IT");
    expect(getSidIndicator(PERIOD_2026, "19")?.name).toBe("Alat kerja");
    expect(getSidIndicator(PERIOD_2026, "30")?.name).toBe("Layanan terintegrasi");
    expect(getSidIndicator(PERIOD_2026, "35")?.bobot).toBe(4);
    expect(getSidIndicator(PERIOD_2026, "36")).toBeUndefined();
    expect(getSpdIndicator(PERIOD_2026, "5a")?.bobot).toBe(0.75);
    expect(getShippedPeriod(2026)).toBe(PERIOD_2026);
    expect(getShippedPeriod(2019)).toBeUndefined();
  });
});

describe("schema rejects broken periods", () => {
  const broken = (f: (p: Period) => Period) => parsePeriod(f(structuredClone(PERIOD_2026))).success;

  it("accepts an untouched copy", () => {
    expect(broken((p) => p)).toBe(true);
  });

  it("rejects gaps, overlaps, 3-decimal edges and a missing zero band", () => {
    expect(broken((p) => ({ ...p, bands: p.bands.map((b) => (b.category === "Inovatif" ? { ...b, min: 40.02 } : b)) }))).toBe(false);
    expect(broken((p) => ({ ...p, bands: p.bands.map((b) => (b.category === "Inovatif" ? { ...b, min: 40 } : b)) }))).toBe(false);
    expect(broken((p) => ({ ...p, bands: p.bands.map((b) => (b.category === "Inovatif" ? { ...b, min: 40.005 } : b)) }))).toBe(false);
    expect(broken((p) => ({ ...p, bands: p.bands.filter((b) => b.category !== "Tidak Dapat Dinilai") }))).toBe(false);
  });

  it("rejects duplicate codes, bad levels, an empty evidence list and a reversed window", () => {
    expect(broken((p) => ({ ...p, sid: [...p.sid, p.sid[0]!] }))).toBe(false);
    expect(broken((p) => ({ ...p, sid: p.sid.map((i) => ({ ...i, levels: [i.levels[0], i.levels[1]] as never })) }))).toBe(false);
    expect(broken((p) => ({ ...p, spd: p.spd.map((i) => ({ ...i, evidence: [] })) }))).toBe(false);
    expect(broken((p) => ({ ...p, penerapanWindow: { ...p.penerapanWindow, from: "2026-01-01" } }))).toBe(false);
    expect(broken((p) => ({ ...p, k: 0 }))).toBe(false);
  });
});

describe("urusan", () => {
  it("lists 38 urusan with unique slugs and the 6 yandas first", () => {
    expect(URUSAN).toHaveLength(38);
    expect(new Set(URUSAN.map((u) => u.id)).size).toBe(38);
    expect(URUSAN.every((u) => /^[a-z]+(-[a-z]+)*$/.test(u.id))).toBe(true);
    expect(YANDAS_IDS).toEqual(["pendidikan", "kesehatan", "pupr", "perkim", "trantibum-linmas", "sosial"]);
    expect(isYandas("sosial")).toBe(true);
    expect(isYandas("pendidikan-pelatihan")).toBe(false);
    expect(isYandas("unknown")).toBe(false);
  });
});

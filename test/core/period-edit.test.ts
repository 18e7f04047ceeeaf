import { describe, expect, it } from "vitest";
import { parsePeriod, PERIOD_2023, PERIOD_2026 } from "../../src/core/period/index.js";
import {
  applyChange,
  bandsFromEdges,
  copyPeriod,
  parseBandEdges,
  parseEligibility,
  parsePkpnList,
  parseHundredths,
  parseJumlahRule,
  parseK,
  parseWindow,
} from "../../src/core/period/edit.js";
import { parseIndonesianDate } from "../../src/core/profile/dates.js";
import { categoryFor } from "../../src/core/score/index.js";

describe("period edit parsers", () => {
  it("reads scores in hundredths with a comma or a dot, at most 2 decimals", () => {
    expect(parseHundredths("62,40")).toEqual({ ok: true, value: 6240 });
    expect(parseHundredths("62.4")).toEqual({ ok: true, value: 6240 });
    expect(parseHundredths(" 100 ")).toEqual({ ok: true, value: 10000 });
    expect(parseHundredths("0,05")).toEqual({ ok: true, value: 5 });
    expect(parseHundredths("62,405")).toEqual({ ok: false, problem: "decimals" });
    expect(parseHundredths("-1")).toEqual({ ok: false, problem: "format" });
    expect(parseHundredths("1.234,5")).toEqual({ ok: false, problem: "format" });
  });

  it("reads k", () => {
    expect(parseK("14")).toEqual({ ok: true, value: 14 });
    expect(parseK("0")).toEqual({ ok: false, problem: "k-range" });
    expect(parseK("1,5")).toEqual({ ok: false, problem: "format" });
  });

  it("builds bands that the schema accepts and that reproduce the shipped ones", () => {
    const r = parseBandEdges("40,01 65,01");
    expect(r).toEqual({ ok: true, value: PERIOD_2026.bands });
    expect(bandsFromEdges(3500, 6001)).toEqual(PERIOD_2023.bands);
    expect(parseBandEdges("40,01 - 65,01").ok).toBe(true);
    expect(parseBandEdges("65,01 40,01")).toEqual({ ok: false, problem: "band-order" });
    expect(parseBandEdges("0,01 40")).toEqual({ ok: false, problem: "band-range" });
    expect(parseBandEdges("40")).toEqual({ ok: false, problem: "format" });
    const p = applyChange(PERIOD_2026, { field: "bands", value: bandsFromEdges(2, 10000) });
    expect(parsePeriod(p).success).toBe(true);
    expect(categoryFor(p, 0.01)).toBe("Kurang Inovatif");
    expect(categoryFor(p, 100)).toBe("Sangat Inovatif");
  });

  it("reads the jumlah rule with an optional 'asumsi'", () => {
    expect(parseJumlahRule("0,38 200 6")).toEqual({ ok: true, value: { perInnovation: 0.38, cap: 200, minYandas: 6, yandasReading: "utama", assumed: false } });
    expect(parseJumlahRule("0,38 200 5 ASUMSI", "utama+beririsan")).toEqual({
      ok: true,
      value: { perInnovation: 0.38, cap: 200, minYandas: 5, yandasReading: "utama+beririsan", assumed: true },
    });
    expect(parseJumlahRule("0,38 200 5 beririsan")).toMatchObject({ ok: true, value: { yandasReading: "utama+beririsan", assumed: false } });
    expect(parseJumlahRule("0,38 200 5 utama asumsi", "utama+beririsan")).toMatchObject({ ok: true, value: { yandasReading: "utama", assumed: true } });
    expect(parseJumlahRule("0,38 200 7")).toEqual({ ok: false, problem: "jumlah-range" });
    expect(parseJumlahRule("0,38 200")).toEqual({ ok: false, problem: "format" });
  });

  it("reads the eligibility rule: what becomes of penerapan before the window, and the participation limit", () => {
    expect(parseEligibility("pengembangan 2")).toEqual({ ok: true, value: { beforeWindow: "pengembangan", maxParticipation: 2, assumed: false } });
    expect(parseEligibility("Tolak 1 asumsi")).toEqual({ ok: true, value: { beforeWindow: "tolak", maxParticipation: 1, assumed: true } });
    expect(parseEligibility("peringatan 11")).toEqual({ ok: false, problem: "participation-range" });
    expect(parseEligibility("boleh 2")).toEqual({ ok: false, problem: "format" });
    expect(parseEligibility("pengembangan")).toEqual({ ok: false, problem: "format" });
    const p = applyChange(PERIOD_2026, { field: "eligibility", value: { beforeWindow: "tolak", maxParticipation: 3, assumed: false } });
    expect(parsePeriod(p).success).toBe(true);
    expect(p.eligibility.maxParticipation).toBe(3);
  });

  it("reads a window of two dates", () => {
    expect(parseWindow("01-01-2025 31-12-2026", parseIndonesianDate)).toEqual({ ok: true, value: { from: "2025-01-01", to: "2026-12-31" } });
    expect(parseWindow("2025-01-01 s.d. 2026-12-31", parseIndonesianDate)).toEqual({ ok: true, value: { from: "2025-01-01", to: "2026-12-31" } });
    expect(parseWindow("31-12-2026 01-01-2025", parseIndonesianDate)).toEqual({ ok: false, problem: "window-order" });
    expect(parseWindow("30-02-2025 01-01-2026", parseIndonesianDate)).toEqual({ ok: false, problem: "date" });
  });

  it("copies deeply and drops the 'assumed' notes of what the admin changed", () => {
    const copy = copyPeriod(PERIOD_2023, 2027);
    expect(copy.year).toBe(2027);
    copy.bands[0]!.min = 1;
    expect(PERIOD_2023.bands[0]!.min).toBe(60.01);
    const edited = applyChange(copyPeriod(PERIOD_2023, 2027), { field: "window", value: { from: "2025-01-01", to: "2026-12-31" } });
    expect(edited.penerapanWindow.assumed).toBe(false);
    expect(edited.notes.map((n) => n.about)).not.toContain("penerapanWindow");
    expect(parsePeriod(edited).success).toBe(true);
  });
});

describe("parsePkpnList", () => {
  it("keeps the id of a cluster sent again, so innovations that chose it keep their answer", () => {
    const first = parsePkpnList("Ketahanan pangan; Transformasi digital");
    expect(first).toEqual({
      ok: true,
      value: [
        { id: "ketahanan-pangan", name: "Ketahanan pangan" },
        { id: "transformasi-digital", name: "Transformasi digital" },
      ],
    });
    const renamed = [{ id: "k7", name: "Ketahanan pangan" }];
    expect(parsePkpnList("Hilirisasi\nketahanan pangan", renamed)).toEqual({
      ok: true,
      value: [
        { id: "hilirisasi", name: "Hilirisasi" },
        { id: "k7", name: "ketahanan pangan" },
      ],
    });
    expect(parsePkpnList("kosong", renamed)).toEqual({ ok: true, value: [] });
    expect(parsePkpnList(" ; ")).toEqual({ ok: false, problem: "format" });
  });

  it("is refused by the period schema when a cluster is Non PKPN or repeated", () => {
    const base = applyChange(PERIOD_2026, { field: "pkpn", value: [{ id: "pangan", name: "Pangan" }] });
    expect(parsePeriod(base).success).toBe(true);
    expect(base.notes.some((n) => n.about === "pkpn")).toBe(false);
    expect(parsePeriod({ ...base, pkpn: [{ id: "non", name: "Lain" }] }).success).toBe(false);
    expect(
      parsePeriod({
        ...base,
        pkpn: [
          { id: "a", name: "Pangan" },
          { id: "b", name: "pangan" },
        ],
      }).success,
    ).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { PERIOD_2023, PERIOD_2026 } from "../../../src/core/period/index.js";
import type { ProfileValues } from "../../../src/core/profile/fields.js";
import { canSubmit, submissionProblems } from "../../../src/core/profile/readiness.js";
import type { IndicatorAnswer, InnovationForReview } from "../../../src/core/profile/readiness.js";

const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(" ");
const LONG = "Meningkatkan kecepatan layanan bagi warga.";

const PROFILE: ProfileValues = {
  nama: "Sistem Antrean Daring",
  tahapan: "penerapan",
  inisiator: "opd",
  jenis: "digital",
  bentuk: "pelayanan",
  tematik: "asta-cita-4",
  urusanUtama: "kesehatan",
  urusanLain: ["kominfo"],
  waktuUjiCoba: "2024-02-01",
  waktuPenerapan: "2024-06-01",
  rancangBangun: [words(300)],
  tujuan: LONG,
  manfaat: LONG,
  hasil: LONG,
};

const pdf = { kind: "pdf" } as const;
const WAJIB_OK: Record<string, IndicatorAnswer> = {
  "16": { level: 2, evidence: [pdf] },
  "17": { level: 1, evidence: [pdf] },
  "32": { level: 3, evidence: [pdf] },
  "33": { level: 2, evidence: [{ kind: "link" }] },
  "35": { level: 3, evidence: [{ kind: "video" }] },
};

const ready: InnovationForReview = { profile: PROFILE, indicators: WAJIB_OK };

describe("submissionProblems", () => {
  it("finds nothing for a complete innovation", () => {
    expect(submissionProblems(PERIOD_2026, ready)).toEqual([]);
    expect(canSubmit([])).toBe(true);
  });

  it("lists everything for an empty innovation, profile first then wajib indicators", () => {
    const problems = submissionProblems(PERIOD_2026, { profile: {}, indicators: {} });
    expect(problems.map((p) => [p.code, "field" in p ? p.field : "indicator" in p ? p.indicator : ""])).toEqual([
      ["missing-field", "nama"],
      ["missing-field", "tahapan"],
      ["missing-field", "inisiator"],
      ["missing-field", "jenis"],
      ["missing-field", "bentuk"],
      ["missing-field", "tematik"],
      ["missing-field", "urusanUtama"],
      ["missing-field", "waktuUjiCoba"],
      ["missing-field", "waktuPenerapan"],
      ["missing-field", "rancangBangun"],
      ["missing-field", "tujuan"],
      ["missing-field", "manfaat"],
      ["missing-field", "hasil"],
      ["wajib-no-level", "16"],
      ["wajib-no-level", "17"],
      ["wajib-no-level", "32"],
      ["wajib-no-level", "33"],
      ["wajib-no-level", "35"],
    ]);
    expect(canSubmit(problems)).toBe(false);
  });

  it("asks for namaInisiator unless the OPD is the inisiator", () => {
    const p = submissionProblems(PERIOD_2026, { ...ready, profile: { ...PROFILE, inisiator: "masyarakat" } });
    expect(p).toEqual([{ code: "missing-field", severity: "error", field: "namaInisiator" }]);
  });

  it("reports a short rancang bangun with its counts", () => {
    const innovation = { ...ready, profile: { ...PROFILE, rancangBangun: [words(150), words(100)] } };
    expect(submissionProblems(PERIOD_2026, innovation)).toEqual([{ code: "rancang-bangun-short", severity: "error", words: 250, minimum: 300, missing: 50 }]);
    expect(submissionProblems(PERIOD_2026, innovation, { rancangBangunMinWords: 250 })).toEqual([]);
  });

  it("distinguishes a wajib indicator without level from one without evidence", () => {
    const indicators = {
      ...WAJIB_OK,
      "16": { level: 0, evidence: [pdf] },
      "17": { level: 2, evidence: [] },
      // A PDF does not prove the video indicator.
      "35": { level: 3, evidence: [pdf] },
    } satisfies Record<string, IndicatorAnswer>;
    const problems = submissionProblems(PERIOD_2026, { ...ready, indicators });
    expect(problems).toEqual([
      { code: "wajib-no-level", severity: "error", indicator: "16" },
      { code: "wajib-no-evidence", severity: "error", indicator: "17", level: 2 },
      { code: "wajib-no-evidence", severity: "error", indicator: "35", level: 3 },
    ]);
  });

  it("only warns about a non-wajib level without evidence", () => {
    const indicators: Record<string, IndicatorAnswer> = {
      ...WAJIB_OK,
      "19": { level: 3, evidence: [] },
      "20": { level: 0, evidence: [] },
    };
    const problems = submissionProblems(PERIOD_2026, { ...ready, indicators });
    expect(problems).toEqual([{ code: "no-evidence", severity: "warning", indicator: "19", level: 3 }]);
    expect(canSubmit(problems)).toBe(true);
  });

  it("blocks penerapan before uji coba and warns outside the window", () => {
    const before = { ...ready, profile: { ...PROFILE, waktuUjiCoba: "2024-07-01" } };
    expect(submissionProblems(PERIOD_2026, before)).toEqual([{ code: "penerapan-before-ujicoba", severity: "error" }]);
    // Before the 2026 window: the pengembangan terbaru date is asked (a missing field) ...
    const outside = { ...ready, profile: { ...PROFILE, waktuUjiCoba: "2023-01-01", waktuPenerapan: "2023-06-01" } };
    expect(submissionProblems(PERIOD_2026, outside)).toEqual([{ code: "missing-field", severity: "error", field: "pengembanganTerbaru" }]);
    // ... and with it inside the window the innovation takes part; outside, it does not.
    const developed = { ...outside, profile: { ...outside.profile, pengembanganTerbaru: "2024-09-01" } };
    expect(submissionProblems(PERIOD_2026, developed)).toEqual([]);
    const stale = { ...outside, profile: { ...outside.profile, pengembanganTerbaru: "2023-09-01" } };
    const problems = submissionProblems(PERIOD_2026, stale);
    expect(problems).toEqual([{ code: "ineligible", severity: "warning", reason: "pengembangan-outside", from: "2024-01-01", to: "2025-12-31" }]);
    expect(canSubmit(problems)).toBe(true);
    // A period that only warns keeps the old outside-window warning.
    const warns = { ...PERIOD_2026, eligibility: { ...PERIOD_2026.eligibility, beforeWindow: "peringatan" as const } };
    expect(submissionProblems(warns, outside)).toEqual([{ code: "outside-window", severity: "warning", from: "2024-01-01", to: "2025-12-31" }]);
  });

  it("flags values the period does not offer", () => {
    // A 2026 tematik is not a 2023 one; urusanUtama must not repeat in urusanLain.
    expect(submissionProblems(PERIOD_2023, ready).map((p) => p.code)).toContain("invalid-value");
    const bad: ProfileValues = {
      ...PROFILE,
      jenis: "hybrid",
      urusanLain: ["kesehatan"],
      waktuPenerapan: "2024-02-30",
    };
    expect(submissionProblems(PERIOD_2026, { ...ready, profile: bad })).toEqual([
      { code: "invalid-value", severity: "error", field: "jenis" },
      { code: "invalid-value", severity: "error", field: "urusanLain" },
      { code: "invalid-value", severity: "error", field: "waktuPenerapan" },
    ]);
  });

  it("uses the period's wajib flags", () => {
    const period = {
      ...PERIOD_2026,
      sid: PERIOD_2026.sid.map((i) => (i.code === "18" ? { ...i, wajib: true } : i)),
    };
    expect(submissionProblems(period, ready)).toEqual([{ code: "wajib-no-level", severity: "error", indicator: "18" }]);
  });
});

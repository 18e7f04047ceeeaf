import { describe, expect, it } from "vitest";
import { getSidIndicator, PERIOD_2026 } from "../../src/core/period/index.js";
import {
  computeIndex,
  evidenceKey,
  opdPart,
  recapByOpd,
  recapInnovationRows,
  recapPoints,
  sortRecap,
  splitRecap,
  suggestActions,
} from "../../src/core/score/index.js";
import type { EvidenceKind } from "../../src/core/period/index.js";
import { innovation, innovationsOf, levelsForKematangan, SPD_40 } from "./score-helpers.js";

const p = PERIOD_2026;

describe("an OPD's part of the index", () => {
  it("is its kematangan over the Pemda's divisor, and the parts add up to the average term", () => {
    const all = innovationsOf(p, 20, 80).map((inv, i) => ({ ...inv, opdId: i < 5 ? "a" : "b" }));
    const input = { spdLevels: SPD_40, innovations: all };
    const a = opdPart(p, input, "klaim", "a");
    const b = opdPart(p, input, "klaim", "b");
    expect([a.n, a.avgKematangan, a.divisor]).toEqual([5, 80, 20]);
    expect(a.points).toBeCloseTo(8, 12); // 400 / 20 × 0,4
    const whole = computeIndex(p, input, "klaim");
    expect(a.points + b.points).toBeCloseTo((whole.avgKematangan * 100) / 250, 12);
    expect(opdPart(p, input, "klaim", "none")).toMatchObject({ n: 0, avgKematangan: null, points: 0 });
  });

  it("restricts suggested raises and drafts to the OPD, with gains of the whole Pemda", () => {
    const lv = levelsForKematangan(p, 50);
    const mine = innovation({ opdId: "a", claimed: lv });
    const other = innovation({ opdId: "b", claimed: { ...lv, "35": 0, "31": 0 } });
    const draftOther = innovation({ opdId: "b", status: "draf", claimed: lv });
    const input = { spdLevels: {}, innovations: [other, mine, draftOther] };
    const everyone = suggestActions(p, input, "klaim", 10);
    expect(everyone.some((s) => s.kind === "raiseLevel" && s.innovationId === other.id)).toBe(true);
    expect(everyone.some((s) => s.kind === "completeDrafts")).toBe(true);
    const onlyA = suggestActions(p, input, "klaim", 10, { only: (i) => i.opdId === "a" });
    expect(onlyA.some((s) => s.kind === "completeDrafts")).toBe(false);
    for (const s of onlyA) if (s.kind === "raiseLevel") expect(s.innovationId).toBe(mine.id);
    const raise = onlyA.find((s) => s.kind === "raiseLevel")!;
    // Two innovations counted: divisor MAX(12, 2) = 12, so a raise gains bobot / 12 × 0,4.
    const code = raise.kind === "raiseLevel" ? raise.indicatorCode : "";
    expect(raise.gain).toBeCloseTo((getSidIndicator(p, code)!.bobot / 12) * 0.4, 12);
  });
});

describe("recap per OPD", () => {
  it("leaves innovations the period's rules exclude out of the claimed sum, and counts them", () => {
    const lv = { "16": 3 } as const;
    const inns = [
      { id: 1, opdId: 10, status: "diajukan" as const, claimed: lv, waktuPenerapan: "2024-05-01" },
      { id: 2, opdId: 10, status: "diajukan" as const, claimed: lv, waktuPenerapan: "2022-05-01", pengembanganTerbaru: null },
    ];
    const [row] = recapByOpd(PERIOD_2026, [{ id: 10, name: "Beta" }], inns, new Map());
    expect(row).toMatchObject({ active: 2, nKlaim: 1, sumKlaim: 9, ineligible: 1 });
    expect(
      recapInnovationRows(
        PERIOD_2026,
        inns.map((i) => ({ ...i, nama: `Inovasi ${i.id}` })),
        new Map(),
      ).map((r) => r.ineligible),
    ).toEqual([null, "no-pengembangan"]);
  });

  it("counts by status, averages non-withdrawn kematangan and counts unproven levels", () => {
    const lv = { "16": 3, "17": 2, "35": 1 } as const; // kematangan 9 + 4 + 4 = 17
    const inns = [
      { id: 1, opdId: 10, status: "diajukan" as const, claimed: lv },
      { id: 2, opdId: 10, status: "draf" as const, claimed: {} },
      { id: 3, opdId: 10, status: "ditarik" as const, claimed: lv },
      { id: 4, opdId: 20, status: "terverifikasi" as const, claimed: lv, verified: { "16": 3 } as const },
      { id: 5, opdId: 99, status: "diajukan" as const, claimed: lv },
    ];
    const evidence = new Map<string, Set<EvidenceKind>>([
      [evidenceKey(1, "16"), new Set<EvidenceKind>(["pdf"])],
      [evidenceKey(1, "35"), new Set<EvidenceKind>(["pdf"])], // 35 needs a video or a link
      [evidenceKey(4, "35"), new Set<EvidenceKind>(["link"])],
    ]);
    const rows = recapByOpd(
      p,
      [
        { id: 10, name: "Beta" },
        { id: 20, name: "Alfa" },
        { id: 30, name: "Gama" },
      ],
      inns,
      evidence,
    );
    expect(rows[0]).toEqual({
      opdId: 10,
      name: "Beta",
      active: 2,
      avgKematangan: 8.5,
      nKlaim: 1,
      sumKlaim: 17,
      avgVerified: null,
      missingEvidence: 2,
      ineligible: 0,
      byStatus: { draf: 1, diajukan: 1, dikembalikan: 0, terverifikasi: 0, ditarik: 1 },
    });
    expect(rows[1]).toMatchObject({ active: 1, avgKematangan: 17, avgVerified: 9, missingEvidence: 2 });
    expect(rows[2]).toMatchObject({ active: 0, avgKematangan: null, missingEvidence: 0 });
    // Equal contributions (17 each): the higher average (Alfa has no draft) leads.
    expect(sortRecap(rows, "sumbangan").map((r) => r.name)).toEqual(["Alfa", "Beta", "Gama"]);
    expect(sortRecap(rows, "nama").map((r) => r.name)).toEqual(["Alfa", "Beta", "Gama"]);
    expect(sortRecap(rows, "bukti").map((r) => r.name)).toEqual(["Beta", "Alfa", "Gama"]);
  });

  it("lists OPDs with innovations by contribution, those without apart, and gives points over the Pemda's divisor", () => {
    const lv = (k: number) => levelsForKematangan(p, k);
    const inns = [
      { id: 1, opdId: 1, status: "diajukan" as const, claimed: lv(40) },
      { id: 2, opdId: 2, status: "diajukan" as const, claimed: lv(30) },
      { id: 3, opdId: 2, status: "diajukan" as const, claimed: lv(30) },
      { id: 4, opdId: 3, status: "draf" as const, claimed: lv(100) },
      { id: 5, opdId: 4, status: "ditarik" as const, claimed: lv(100) },
    ];
    const opds = ["Satu", "Dua", "Tiga", "Empat", "Lima"].map((name, i) => ({ id: i + 1, name }));
    const rows = recapByOpd(p, opds, inns, new Map());
    const { withInnovations, without } = splitRecap(rows, "sumbangan");
    // Dua brings 60 (two of 30), more than Satu's single 40 although its average is lower; Tiga has only a draft.
    expect(withInnovations.map((r) => r.name)).toEqual(["Dua", "Satu", "Tiga"]);
    expect(without.map((r) => r.name)).toEqual(["Empat", "Lima"]);
    const points = recapPoints(p, rows);
    // 3 submitted innovations, divisor MAX(12, 3) = 12: 60 / 12 × 0,4 = 2.
    expect(points(withInnovations[0]!)).toBeCloseTo(2, 12);
    expect(points(withInnovations[2]!)).toBe(0);
  });
});

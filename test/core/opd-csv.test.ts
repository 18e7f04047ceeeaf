import { describe, expect, it } from "vitest";
import { parseCsv, planOpdCsv, type ExistingOpd } from "../../src/core/opd/csv.js";

const existing: ExistingOpd[] = [
  { id: 1, nameKey: "dinas kesehatan", code: "DINKES", active: true },
  { id: 2, nameKey: "dinas sosial", code: null, active: true },
  { id: 3, nameKey: "kecamatan curug", code: "KEC-CURUG", active: false },
];

describe("parseCsv", () => {
  it("reads quotes, doubled quotes, CRLF and a BOM", () => {
    expect(parseCsv('\uFEFFnama,kode\r\n"Dinas ""Baru"", Serang",DB\r\n')).toEqual([
      ["nama", "kode"],
      ['Dinas "Baru", Serang', "DB"],
    ]);
  });

  it("takes the semicolon when the first line uses it (Indonesian spreadsheets)", () => {
    expect(parseCsv("Dinas A;A\nDinas B;B")).toEqual([
      ["Dinas A", "A"],
      ["Dinas B", "B"],
    ]);
  });
});

describe("planOpdCsv", () => {
  it("extends: adds new names, updates codes of known ones, reactivates them, deactivates nothing", () => {
    const r = planOpdCsv("nama,kode\nDINAS  kesehatan,dinkes\nKecamatan Curug,\nUnit Baru,UB\n", existing, "extend");
    expect(r).toEqual({
      ok: true,
      plan: {
        add: [{ name: "Unit Baru", code: "UB" }],
        keep: [
          { id: 1, name: "DINAS kesehatan", code: "DINKES" },
          { id: 3, name: "Kecamatan Curug", code: "KEC-CURUG" },
        ],
        deactivate: [],
      },
    });
  });

  it("replaces: active OPDs missing from the file are deactivated", () => {
    const r = planOpdCsv("Dinas Kesehatan\n", existing, "replace");
    expect(r.ok && r.plan.deactivate).toEqual([2]);
  });

  it("names every bad row with its 1-based line and plans nothing", () => {
    const r = planOpdCsv("Dinas A,A\nDi\nDinas A,B\nDinas C,DINKES\nDinas D,x y\nDinas E,E,extra\n", existing, "extend");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.line, e.problem])).toEqual([
      [2, "name-too-short"],
      [3, "duplicate-name"],
      [4, "code-taken"],
      [5, "code-invalid"],
      [6, "too-many-columns"],
    ]);
  });

  it("refuses an empty file", () => {
    expect(planOpdCsv("nama,kode\n\n", existing, "extend")).toEqual({ ok: false, errors: [], fileProblem: "empty" });
  });
});

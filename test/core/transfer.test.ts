import { describe, expect, it } from "vitest";
import { PERIOD_2026 } from "../../src/core/period/index.js";
import {
  diffInnovation,
  importHeaders,
  parseInnovationTable,
  planSpdImport,
  parseSpdTable,
  type StoredInnovation,
  type Table,
} from "../../src/core/transfer/index.js";

const OPDS = [
  { id: 1, name: "Dinas Kesehatan", code: "DINKES" },
  { id: 2, name: "Kecamatan Serang", code: null },
];
const HEADER = importHeaders(PERIOD_2026);

function table(...rows: Record<string, string>[]): Table {
  return { header: HEADER, rows: rows.map((r, i) => ({ line: i + 2, cells: HEADER.map((h) => r[h] ?? "") })) };
}

describe("Inovasi sheet rules", () => {
  it("accepts labels or ids in any case, OPD names or codes, and Indonesian dates", () => {
    const r = parseInnovationTable(
      table({
        opd: "dinkes",
        nama_inovasi: "  Sehat   Keliling ",
        tahapan: "UJI COBA",
        jenis: "digital",
        urusan_lain: "Kesehatan; sosial",
        waktu_uji_coba: "1 Feb 2024",
        waktu_penerapan: "17/08/2024",
        i16: "3",
        v16: "",
      }),
      PERIOD_2026,
      OPDS,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows[0]).toMatchObject({ opdId: 1, nama: "Sehat Keliling", claimed: { "16": 3 }, verified: {}, status: null });
    expect(r.rows[0]!.profile).toMatchObject({
      tahapan: "ujicoba",
      jenis: "digital",
      urusanLain: ["kesehatan", "sosial"],
      waktuUjiCoba: "2024-02-01",
      waktuPenerapan: "2024-08-17",
    });
  });

  it("reports every bad cell with its row and column, and duplicate (opd, nama) rows", () => {
    const r = parseInnovationTable(
      table(
        { opd: "Dinas Kesehatan", nama_inovasi: "Sehat" },
        { opd: "", nama_inovasi: "ab", tujuan: "pendek" },
        { opd: "dinas kesehatan", nama_inovasi: "SEHAT", waktu_uji_coba: "2024-09-01", waktu_penerapan: "2024-08-01", i35: "4" },
      ),
      PERIOD_2026,
      OPDS,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.line, e.column, e.problem, e.detail])).toEqual([
      [3, "opd", "required", undefined],
      [3, "nama_inovasi", "too-short", 3],
      [3, "tujuan", "too-short", 20],
      [4, "nama_inovasi", "duplicate-row", 2],
      [4, "waktu_penerapan", "date-order", undefined],
      [4, "i35", "level-invalid", undefined],
    ]);
  });

  it("names missing columns instead of guessing", () => {
    const r = parseInnovationTable({ header: ["opd", "nama_inovasi"], rows: [] }, PERIOD_2026, OPDS);
    expect(r).toMatchObject({ ok: false, fileProblem: "missing-columns" });
    if (!r.ok) expect(r.missing).toContain("i16");
  });
});

describe("no-change detection", () => {
  const stored: StoredInnovation = {
    id: 5,
    opdId: 1,
    nama: "Sehat",
    status: "diajukan",
    tahapan: null,
    inisiator: null,
    namaInisiator: null,
    jenis: null,
    bentuk: null,
    tematik: null,
    urusanUtama: null,
    urusanLain: null,
    waktuUjiCoba: null,
    waktuPenerapan: null,
    rancangBangun: ["Bagian satu.", "Bagian dua."],
    tujuan: null,
    manfaat: null,
    hasil: null,
    claimedLevels: { "16": 2 },
    verifiedLevels: { "16": null },
    unitPelaksana: null,
    claimedBases: {},
  };

  it("treats null, [] and empty cells alike and keeps rancang bangun parts when the text is equal", () => {
    const r = parseInnovationTable(
      table({ opd: "Dinas Kesehatan", nama_inovasi: "Sehat", rancang_bangun: "Bagian satu.\r\n\r\nBagian dua.", i16: "2" }),
      PERIOD_2026,
      OPDS,
    );
    expect(r.ok && diffInnovation(PERIOD_2026, stored, r.rows[0]!)).toBeNull();
  });

  it("patches only the columns that differ", () => {
    const r = parseInnovationTable(
      table({ opd: "Dinas Kesehatan", nama_inovasi: "Sehat", rancang_bangun: "Bagian satu.\n\nBagian dua.", i16: "", v16: "1", status: "terverifikasi" }),
      PERIOD_2026,
      OPDS,
    );
    expect(r.ok && diffInnovation(PERIOD_2026, stored, r.rows[0]!)).toEqual({ status: "terverifikasi", claimedLevels: {}, verifiedLevels: { "16": 1 } });
  });

  it("SPD rows: codes of the period, empty level clears, equal levels are skipped", () => {
    const t: Table = {
      header: ["kode", "level"],
      rows: [
        { line: 2, cells: ["1", "2"] },
        { line: 3, cells: ["2A", ""] },
        { line: 4, cells: ["3", "3"] },
        { line: 5, cells: ["99", "1"] },
      ],
    };
    expect(parseSpdTable(t, PERIOD_2026)).toMatchObject({ ok: false, errors: [{ line: 5, column: "kode", problem: "code-unknown", sheet: "SPD" }] });
    const ok = parseSpdTable({ ...t, rows: t.rows.slice(0, 3) }, PERIOD_2026);
    expect(ok.ok && planSpdImport({ "1": 2, "2a": 1 }, ok.rows)).toEqual({ set: [{ code: "3", level: 3 }], clear: ["2a"] });
  });
});

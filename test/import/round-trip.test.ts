import { afterEach, describe, expect, it } from "vitest";
import { allTables, NOW, seedInnovations, tempDatabase } from "./fixtures.js";
import { loadExportData } from "../../src/export/data.js";
import { buildWorkbook } from "../../src/export/workbook.js";
import { readImportFile } from "../../src/import/stream-reader.js";
import { importFile } from "../../src/import/apply.js";

const t = (key: string) => key;
let env: ReturnType<typeof tempDatabase> | undefined;
afterEach(() => env?.close());

describe("export then import", () => {
  it("changes nothing in any table", async () => {
    env = tempDatabase();
    const { db, sqlite } = env.handle;
    seedInnovations(db, env.adminId, 40);
    const before = allTables(sqlite);
    const xlsx = await buildWorkbook(loadExportData(db, "Kota Serang"), t, NOW);
    const outcome = importFile(db, await readImportFile(xlsx, "xlsx"), { personId: env.adminId, via: "test" }, new Date(NOW.getTime() + 60_000));
    expect(outcome).toEqual({ ok: true, added: 0, updated: 0, unchanged: 40, spdChanged: 0 });
    expect(allTables(sqlite)).toEqual(before);
  });
});

import ExcelJS from "exceljs";
import { editWorkbook } from "./fixtures.js";
import { eq } from "../../src/db/orm.js";
import { innovations } from "../../src/db/schema.js";
import { getPeriod, savePeriod } from "../../src/db/repo/periods.js";
import { applyChange } from "../../src/core/period/edit.js";
import { setNationalResult } from "../../src/db/repo/innovations.js";

describe("import rules", () => {
  it("a file with 3 bad rows imports nothing and names each row and column", async () => {
    env = tempDatabase();
    const { db, sqlite } = env.handle;
    seedInnovations(db, env.adminId, 10);
    const xlsx = await buildWorkbook(loadExportData(db, "Kota Serang"), t, NOW);
    const edited = await editWorkbook(xlsx, (ws, col) => {
      ws.getRow(2).getCell(col("tujuan")).value = "Tujuan baru yang sah untuk inovasi ini";
      ws.getRow(3).getCell(col("i16")).value = 5;
      ws.getRow(5).getCell(col("tematik")).value = "Tema yang tidak ada";
      ws.getRow(8).getCell(col("waktu_penerapan")).value = "31-02-2024";
    });
    const before = allTables(sqlite);
    const outcome = importFile(db, await readImportFile(edited, "xlsx"), { personId: env.adminId, via: "test" }, NOW);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.map((e) => [e.line, e.column, e.problem])).toEqual([
      [3, "i16", "level-invalid"],
      [5, "tematik", "option-unknown"],
      [8, "waktu_penerapan", "date-invalid"],
    ]);
    expect(allTables(sqlite)).toEqual(before);
  });

  it("records the ministry's verdict from the hasil_nasional column; a bad value imports nothing; an empty cell keeps it", async () => {
    env = tempDatabase();
    const { db, sqlite } = env.handle;
    const ids = seedInnovations(db, env.adminId, 4);
    const xlsx = await buildWorkbook(loadExportData(db, "Kota Serang"), t, NOW);
    const bad = await editWorkbook(xlsx, (ws, col) => {
      ws.getRow(2).getCell(col("hasil_nasional")).value = "lulus";
    });
    const before = allTables(sqlite);
    const refused = importFile(db, await readImportFile(bad, "xlsx"), { personId: env.adminId, via: "test" }, NOW);
    expect(refused.ok ? [] : refused.errors.map((e) => [e.line, e.column, e.problem])).toEqual([[2, "hasil_nasional", "national-unknown"]]);
    expect(allTables(sqlite)).toEqual(before);

    const good = await editWorkbook(xlsx, (ws, col) => {
      ws.getRow(2).getCell(col("hasil_nasional")).value = "Diterima";
      ws.getRow(3).getCell(col("hasil_nasional")).value = "ditolak";
    });
    const outcome = importFile(db, await readImportFile(good, "xlsx"), { personId: env.adminId, via: "test" }, NOW);
    expect(outcome).toMatchObject({ ok: true, added: 0, updated: 2, unchanged: 2 });
    const result = (id: number) => db.select().from(innovations).where(eq(innovations.id, id)).get()!.nationalResult;
    expect([result(ids[0]!), result(ids[1]!), result(ids[2]!)]).toEqual(["diterima", "ditolak", null]);
    // The original file has the column empty: importing it again keeps the recorded verdicts.
    const again = importFile(db, await readImportFile(xlsx, "xlsx"), { personId: env.adminId, via: "test" }, NOW);
    expect(again).toMatchObject({ ok: true, updated: 0 });
    expect(result(ids[0]!)).toBe("diterima");
  });

  it("a changed cell updates only that innovation; a new row is added; a CSV of the sheet works too", async () => {
    env = tempDatabase();
    const { db } = env.handle;
    const ids = seedInnovations(db, env.adminId, 5);
    const xlsx = await buildWorkbook(loadExportData(db, "Kota Serang"), t, NOW);
    const edited = await editWorkbook(xlsx, (ws, col) => {
      ws.getRow(2).getCell(col("i17")).value = 3;
      const row = ws.getRow(7);
      row.getCell(col("opd")).value = ws.getRow(2).getCell(col("opd")).value;
      row.getCell(col("nama_inovasi")).value = "Layanan Baru Dari Excel";
      row.getCell(col("tahapan")).value = "uji coba";
      row.getCell(col("waktu_uji_coba")).value = new Date(Date.UTC(2024, 0, 15));
      row.getCell(col("waktu_penerapan")).value = "17 Agustus 2024";
      row.getCell(col("i16")).value = 2;
    });
    const outcome = importFile(db, await readImportFile(edited, "xlsx"), { personId: env.adminId, via: "test" }, NOW);
    expect(outcome).toMatchObject({ ok: true, added: 1, updated: 1, unchanged: 4 });
    expect(db.select().from(innovations).where(eq(innovations.id, ids[0]!)).get()!.claimedLevels["17"]).toBe(3);
    const added = db.select().from(innovations).where(eq(innovations.nama, "Layanan Baru Dari Excel")).get()!;
    expect(added).toMatchObject({
      status: "draf",
      tahapan: "ujicoba",
      waktuUjiCoba: "2024-01-15",
      waktuPenerapan: "2024-08-17",
      claimedLevels: { "16": 2 },
      createdBy: env.adminId,
    });

    const csvWb = new ExcelJS.Workbook();
    await csvWb.xlsx.load(edited as unknown as ArrayBuffer);
    const csv = Buffer.from(await csvWb.csv.writeBuffer({ sheetName: "Inovasi" }));
    const csvOutcome = importFile(db, await readImportFile(csv, "csv"), { personId: env.adminId, via: "test" }, NOW);
    expect(csvOutcome).toMatchObject({ ok: true, added: 0, updated: 0 });
  });
});

describe("a large export", () => {
  // Its speed is measured by `npm run bench`, not asserted here.
  it("writes one Inovasi row per innovation for 1,000 innovations", async () => {
    env = tempDatabase();
    seedInnovations(env.handle.db, env.adminId, 1000);
    const xlsx = await buildWorkbook(loadExportData(env.handle.db, "Kota Serang"), t, NOW);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(wb.getWorksheet(1)!.actualRowCount).toBe(1001);
  }, 60_000);
});

describe("indicator 33's basis and the unit pelaksana (issue 16)", () => {
  const stored = (db: ReturnType<typeof tempDatabase>["handle"]["db"], id: number) =>
    db.select({ bases: innovations.claimedBases, unit: innovations.unitPelaksana }).from(innovations).where(eq(innovations.id, id)).get();

  it("are exported by name, changed by import, refused when unknown, and kept when a file has no such column", async () => {
    env = tempDatabase();
    const { db, sqlite } = env.handle;
    const ids = seedInnovations(db, env.adminId, 4);
    const xlsx = await buildWorkbook(loadExportData(db, "Kota Serang"), t, NOW);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Inovasi")!;
    const header = (ws.getRow(1).values as unknown[]).map(String);
    expect(ws.getRow(3).getCell(header.indexOf("dasar_i33")).value).toBe("Efisiensi belanja");
    expect(String(ws.getRow(3).getCell(header.indexOf("unit_pelaksana")).value)).toMatch(/^Puskesmas /);

    const edited = await editWorkbook(xlsx, (w, col) => {
      w.getRow(2).getCell(col("dasar_i33")).value = "tren kinerja";
      w.getRow(3).getCell(col("dasar_i33")).value = "";
      w.getRow(4).getCell(col("unit_pelaksana")).value = "SDN 1 Serang";
    });
    const outcome = importFile(db, await readImportFile(edited, "xlsx"), { personId: env.adminId, via: "test" }, NOW);
    expect(outcome).toMatchObject({ ok: true, updated: 3, unchanged: 1 });
    expect(stored(db, ids[0]!)).toMatchObject({ bases: { "33": "tren-kinerja" } });
    expect(stored(db, ids[1]!)?.bases).toEqual({});
    expect(stored(db, ids[2]!)?.unit).toBe("SDN 1 Serang");

    const bad = await editWorkbook(xlsx, (w, col) => void (w.getRow(2).getCell(col("dasar_i33")).value = "Jumlah sapi"));
    const before = allTables(sqlite);
    const refused = importFile(db, await readImportFile(bad, "xlsx"), { personId: env.adminId, via: "test" }, NOW);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.map((e) => [e.line, e.column, e.problem])).toEqual([[2, "dasar_i33", "basis-unknown"]]);
    expect(allTables(sqlite)).toEqual(before);

    // A file made before these columns existed imports and leaves them as stored.
    const older = await editWorkbook(await buildWorkbook(loadExportData(db, "Kota Serang"), t, NOW), (w, col) => {
      w.spliceColumns(col("dasar_i33"), 1);
      w.spliceColumns(col("unit_pelaksana"), 1);
    });
    expect(importFile(db, await readImportFile(older, "xlsx"), { personId: env.adminId, via: "test" }, NOW)).toMatchObject({ ok: true, updated: 0 });
    expect(allTables(sqlite)).toEqual(before);
  });
});

describe("the PKPN cluster (issue 16)", () => {
  const pkpnOf = (db: ReturnType<typeof tempDatabase>["handle"]["db"], id: number) =>
    db.select({ pkpn: innovations.pkpn }).from(innovations).where(eq(innovations.id, id)).get()?.pkpn;

  it("is exported by name, imported by name, id or Non PKPN, refused when unknown, and kept by a file without the column", async () => {
    env = tempDatabase();
    const { db, sqlite } = env.handle;
    const clusters = [
      { id: "pangan", name: "Ketahanan pangan" },
      { id: "digital", name: "Transformasi digital" },
    ];
    expect(savePeriod(db, applyChange(getPeriod(db, 2026)!, { field: "pkpn", value: clusters }), NOW)).toEqual({ ok: true });
    const ids = seedInnovations(db, env.adminId, 5);
    db.update(innovations).set({ pkpn: "pangan" }).where(eq(innovations.id, ids[0]!)).run();
    db.update(innovations).set({ pkpn: "non" }).where(eq(innovations.id, ids[1]!)).run();
    const xlsx = await buildWorkbook(loadExportData(db, "Kota Serang"), t, NOW);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Inovasi")!;
    const header = (ws.getRow(1).values as unknown[]).map(String);
    expect(ws.getRow(2).getCell(header.indexOf("pkpn")).value).toBe("Ketahanan pangan");
    expect(ws.getRow(3).getCell(header.indexOf("pkpn")).value).toBe("Non PKPN");

    // The file just exported changes no row.
    const before = allTables(sqlite);
    expect(importFile(db, await readImportFile(xlsx, "xlsx"), { personId: env.adminId, via: "test" }, NOW)).toMatchObject({ ok: true, updated: 0 });
    expect(allTables(sqlite)).toEqual(before);

    const edited = await editWorkbook(xlsx, (w, col) => {
      w.getRow(2).getCell(col("pkpn")).value = "non pkpn";
      w.getRow(3).getCell(col("pkpn")).value = "digital";
      w.getRow(4).getCell(col("pkpn")).value = "TRANSFORMASI DIGITAL";
    });
    expect(importFile(db, await readImportFile(edited, "xlsx"), { personId: env.adminId, via: "test" }, NOW)).toMatchObject({ ok: true, updated: 3 });
    expect([0, 1, 2, 3].map((i) => pkpnOf(db, ids[i]!))).toEqual(["non", "digital", "digital", null]);

    const after = allTables(sqlite);
    const bad = await editWorkbook(xlsx, (w, col) => void (w.getRow(5).getCell(col("pkpn")).value = "Klaster kopi"));
    const refused = importFile(db, await readImportFile(bad, "xlsx"), { personId: env.adminId, via: "test" }, NOW);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.map((e) => [e.line, e.column, e.problem])).toEqual([[5, "pkpn", "option-unknown"]]);
    expect(allTables(sqlite)).toEqual(after);

    // A file made before the column existed imports and leaves the clusters as stored.
    const older = await editWorkbook(xlsx, (w, col) => void w.spliceColumns(col("pkpn"), 1));
    expect(importFile(db, await readImportFile(older, "xlsx"), { personId: env.adminId, via: "test" }, NOW)).toMatchObject({ ok: true });
    expect([0, 1, 2].map((i) => pkpnOf(db, ids[i]!))).toEqual(["non", "digital", "digital"]);
  });
});

describe("the ministry's levels in level_nasional (issue 15)", () => {
  const national = (db: ReturnType<typeof tempDatabase>["handle"]["db"], id: number) =>
    db.select({ result: innovations.nationalResult, levels: innovations.nationalLevels }).from(innovations).where(eq(innovations.id, id)).get()!;

  it("are exported as /hasil_nasional takes them, re-imported without change, replaced by a new text, and refused when bad or without diterima", async () => {
    env = tempDatabase();
    const { db, sqlite } = env.handle;
    const ids = seedInnovations(db, env.adminId, 4);
    // Recorded in chat: 16 (not claimed) and 17 (claimed 1) changed by the ministry.
    setNationalResult(db, ids[0]!, "diterima", { "16": 3, "17": 3 }, NOW);
    setNationalResult(db, ids[1]!, "ditolak", null, NOW);
    const xlsx = await buildWorkbook(loadExportData(db, "Kota Serang"), t, NOW);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Inovasi")!;
    const header = (ws.getRow(1).values as unknown[]).map(String);
    expect(ws.getRow(2).getCell(header.indexOf("level_nasional")).value).toBe("16=3, 17=3");
    expect(ws.getRow(3).getCell(header.indexOf("level_nasional")).value ?? "").toBe("");

    const before = allTables(sqlite);
    expect(importFile(db, await readImportFile(xlsx, "xlsx"), { personId: env.adminId, via: "test" }, NOW)).toMatchObject({ ok: true, updated: 0 });
    expect(allTables(sqlite)).toEqual(before);

    const bad = await editWorkbook(xlsx, (w, col) => {
      w.getRow(3).getCell(col("level_nasional")).value = "16=1";
      w.getRow(4).getCell(col("hasil_nasional")).value = "diterima";
      w.getRow(4).getCell(col("level_nasional")).value = "16=9";
      w.getRow(5).getCell(col("level_nasional")).value = "17=2";
    });
    const refused = importFile(db, await readImportFile(bad, "xlsx"), { personId: env.adminId, via: "test" }, NOW);
    expect(refused.ok ? [] : refused.errors.map((e) => [e.line, e.column, e.problem])).toEqual([
      [3, "level_nasional", "national-levels-without-diterima"],
      [4, "level_nasional", "national-levels-invalid"],
      [5, "level_nasional", "national-levels-without-diterima"],
    ]);
    expect(allTables(sqlite)).toEqual(before);

    const good = await editWorkbook(xlsx, (w, col) => {
      w.getRow(2).getCell(col("level_nasional")).value = "16=2; 35=0";
      w.getRow(4).getCell(col("hasil_nasional")).value = "Diterima";
      w.getRow(4).getCell(col("level_nasional")).value = "16=1";
    });
    expect(importFile(db, await readImportFile(good, "xlsx"), { personId: env.adminId, via: "test" }, NOW)).toMatchObject({ ok: true, updated: 2 });
    // The text is the whole list of the ministry's changes: 17 goes back to the claim (1).
    expect(national(db, ids[0]!).levels).toMatchObject({ "16": 2, "17": 1, "35": 0 });
    expect(national(db, ids[2]!)).toMatchObject({ result: "diterima", levels: { "16": 1 } });
    // The same file again changes nothing: what is stored reads back as the same text.
    const after = allTables(sqlite);
    expect(importFile(db, await readImportFile(good, "xlsx"), { personId: env.adminId, via: "test" }, NOW)).toMatchObject({ ok: true, updated: 0 });
    expect(allTables(sqlite)).toEqual(after);
  });
});

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { allTables, editWorkbook, NOW, seedInnovations, tempDatabase } from "./fixtures.js";
import { loadExportData } from "../../src/export/data.js";
import { buildWorkbook } from "../../src/export/workbook.js";
import { runCli, type CliIo } from "../../src/cli/run.js";
import { ImportReadError, readImportFile } from "../../src/import/stream-reader.js";
import { IMPORT_MAX_ROWS } from "../../src/core/transfer/validate.js";
import { innovations } from "../../src/db/schema.js";
import { openDatabase } from "../../src/db/client.js";

const t = (key: string) => key;
let env: ReturnType<typeof tempDatabase> | undefined;
afterEach(() => env?.close());

/**
 * A database with 3 innovations and the CSV of its Inovasi sheet, the first innovation
 * renamed to a name with accented letters; the CLI then imports it (its own connection).
 */
async function csvWithAccents() {
  env = tempDatabase();
  seedInnovations(env.handle.db, env.adminId, 3);
  const xlsx = await buildWorkbook(loadExportData(env.handle.db, "Kota Serang"), t, NOW);
  const edited = await editWorkbook(xlsx, (ws, col) => void (ws.getRow(2).getCell(col("nama_inovasi")).value = "Café Señor Layanan Warga"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(edited as unknown as ArrayBuffer);
  const csv = Buffer.from(await wb.csv.writeBuffer({ sheetName: "Inovasi" })).toString("utf8");
  const before = allTables(env.handle.sqlite);
  env.handle.close();
  return { csv, before };
}

async function cliImport(bytes: Buffer, name = "data.csv") {
  const path = join(env!.dir, name);
  writeFileSync(path, bytes);
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), now: () => NOW };
  const code = await runCli(["import", path], { DATABASE_PATH: env!.path, EVIDENCE_DIR: join(env!.dir, "bukti") }, io);
  return { code, text: [...out, ...err].join("\n") };
}

function storedNames(): string[] {
  const handle = openDatabase(env!.path);
  try {
    return handle.db
      .select()
      .from(innovations)
      .all()
      .map((i) => i.nama);
  } finally {
    handle.close();
  }
}

function storedTables() {
  const handle = openDatabase(env!.path);
  try {
    return allTables(handle.sqlite);
  } finally {
    handle.close();
  }
}

describe("CSV text encodings", () => {
  it("a latin1 (ANSI) CSV is refused with one message naming CSV UTF-8, and nothing changes", async () => {
    const { csv, before } = await csvWithAccents();
    const r = await cliImport(Buffer.from(csv, "latin1"));
    expect(r.code).toBe(1);
    expect(r.text).toBe('Berkas CSV tidak berpengodean UTF-8. Di Excel pilih Simpan Sebagai → "CSV UTF-8 (dipisahkan koma)", lalu kirim lagi.');
    expect(storedTables()).toEqual(before);
  });

  it.each([
    ["UTF-16 LE with a BOM", (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")])],
    ["UTF-16 BE with a BOM", (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, "utf16le").swap16()])],
    ["UTF-8 with a BOM", (s: string) => Buffer.from(`\uFEFF${s}`, "utf8")],
  ])("a %s CSV is imported with its letters intact", async (_, encode) => {
    const { csv } = await csvWithAccents();
    const r = await cliImport(encode(csv));
    expect(r.text).toContain("1 inovasi ditambahkan");
    expect(r.code).toBe(0);
    expect(storedNames()).toContain("Café Señor Layanan Warga");
  });
});

describe("caps applied while reading", () => {
  it("a CSV with more rows than the cap gets the too-many-rows message; reading stops one row past it", async () => {
    const { csv, before } = await csvWithAccents();
    const header = csv.split("\n")[0]!;
    const row = header
      .split(",")
      .map(() => "x")
      .join(",");
    const big = [header, ...Array.from({ length: IMPORT_MAX_ROWS + 500 }, () => row)].join("\n");
    expect(readImportFile(Buffer.from(big), "csv").innovations.rows).toHaveLength(IMPORT_MAX_ROWS + 1);
    const r = await cliImport(Buffer.from(big));
    expect(r.code).toBe(1);
    expect(r.text).toContain(String(IMPORT_MAX_ROWS).replace(/\B(?=(\d{3})+$)/, "."));
    expect(storedTables()).toEqual(before);
  });

  it("a zip with more than 100 entries, or not a zip at all, is unreadable", () => {
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`x/${i}.xml`, strToU8("<a/>")]));
    many["xl/workbook.xml"] = strToU8("<workbook/>");
    const problem = (bytes: Uint8Array) => {
      try {
        readImportFile(bytes, "xlsx");
        return "read";
      } catch (err) {
        return err instanceof ImportReadError ? err.problem : String(err);
      }
    };
    expect(problem(zipSync(many))).toBe("unreadable");
    expect(problem(Buffer.from("bukan zip"))).toBe("unreadable");
  });
});

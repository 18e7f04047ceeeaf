import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { and, eq } from "../../src/db/orm.js";
import { evidence, innovations } from "../../src/db/schema.js";
import { loadExportData } from "../../src/export/data.js";
import { buildEvidenceZip, safeName } from "../../src/export/evidence-zip.js";
import { buildWorkbook } from "../../src/export/workbook.js";
import { seedInnovations, tempDatabase } from "../import/fixtures.js";

let env: ReturnType<typeof tempDatabase> | undefined;
afterEach(() => env?.close());

describe("evidence zip", () => {
  it("names entries <innovation>/<indicator>-<file>, separates same-named innovations and skips missing or escaping paths", () => {
    env = tempDatabase();
    const { db } = env.handle;
    const ids = seedInnovations(db, env.adminId, 5);
    db.update(innovations).set({ nama: "Layanan A/B" }).where(eq(innovations.id, ids[0]!)).run();
    db.update(innovations).set({ nama: "Layanan A/B" }).where(eq(innovations.id, ids[2]!)).run();
    db.update(evidence)
      .set({ localPath: "../../etc/passwd" })
      .where(and(eq(evidence.innovationId, ids[4]!), eq(evidence.kind, "pdf")))
      .run();
    const dir = join(env.dir, "bukti");
    for (const [i, id] of [
      [0, ids[0]!],
      [2, ids[2]!],
    ] as const) {
      mkdirSync(join(dir, `inv-${id}`), { recursive: true });
      writeFileSync(join(dir, `inv-${id}`, `sk-${i}.pdf`), `pdf ${i}`);
    }
    const zip = buildEvidenceZip(loadExportData(db, "Kota Serang"), dir);
    expect(zip).toMatchObject({ files: 2, missing: 1 });
    const names = Object.keys(unzipSync(new Uint8Array(zip.bytes)))
      .filter((n) => !n.endsWith("/"))
      .sort();
    expect(names).toEqual([`Layanan A_B (${ids[2]})/16-sk-2.pdf`, "Layanan A_B/16-sk-0.pdf"]);
  });

  it("safeName keeps names a file system accepts", () => {
    expect(safeName('a:b*c?"d<e>f|g\\h/i')).toBe("a_b_c__d_e_f_g_h_i");
    expect(safeName("..rahasia")).toBe("_rahasia");
    expect(safeName("   ")).toBe("_");
  });
});

describe("files above the portal's limit in the export", () => {
  it("the zip holds the original and its shrunken copy, named with the nomor; the 'Data dukung' sheet marks the oversize file", async () => {
    env = tempDatabase();
    const { db } = env.handle;
    const [id] = seedInnovations(db, env.adminId, 1);
    const dir = join(env.dir, "bukti");
    mkdirSync(join(dir, `inv-${id}`), { recursive: true });
    writeFileSync(join(dir, `inv-${id}`, "spanduk.png"), "png asli");
    writeFileSync(join(dir, `inv-${id}`, "spanduk-kecil.jpg"), "jpg kecil");
    db.update(evidence)
      .set({
        localPath: `inv-${id}/spanduk.png`,
        fileName: "spanduk.png",
        sizeBytes: 3_400_000,
        portalCopyPath: `inv-${id}/spanduk-kecil.jpg`,
        portalCopyBytes: 900_000,
        docNomor: "188.45/12/2025",
        docTanggal: "2025-03-03",
        docJudul: "Penetapan Inovasi Layanan Kilat",
      })
      .where(and(eq(evidence.innovationId, id!), eq(evidence.kind, "pdf")))
      .run();
    const data = loadExportData(db, "Kota Serang");
    const zip = buildEvidenceZip(data, dir);
    const entries = unzipSync(new Uint8Array(zip.bytes));
    const names = Object.keys(entries).filter((n) => !n.endsWith("/"));
    expect(names.map((n) => n.split("/")[1])).toEqual(["16-188.45_12_2025 spanduk.png", "16-188.45_12_2025 spanduk (portal).jpg"]);

    const wb = new ExcelJS.Workbook();
    const xlsx = await buildWorkbook(data, (k) => k, new Date("2026-05-01T00:00:00Z"));
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("Data dukung")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    const cell = (h: string) => row[header.indexOf(h)];
    expect(cell("berkas_di_zip")).toBe("16-188.45_12_2025 spanduk.png");
    expect(cell("nomor")).toBe("188.45/12/2025");
    expect(cell("tanggal")).toBe("2025-03-03");
    expect(cell("judul")).toBe("Penetapan Inovasi Layanan Kilat");
    expect(cell("ukuran_mb")).toBe(3.4);
    expect(cell("lebih_dari_2_mb")).toBe("ya");
    expect(cell("salinan_portal_di_zip")).toBe("16-188.45_12_2025 spanduk (portal).jpg");
    const bukti = wb.getWorksheet("Inovasi")!;
    const col = (bukti.getRow(1).values as unknown[]).indexOf("bukti");
    expect(String(bukti.getRow(2).getCell(col).value)).toContain("16: spanduk.png [> 2 MB]");
  });
});

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Database from "better-sqlite3";
import ExcelJS from "exceljs";
import { openDatabase, type DatabaseHandle } from "../../src/db/client.js";
import { seedReferenceData } from "../../src/db/seed.js";
import { innovations, evidence, type InnovationStatus, type LevelRecord, type VerifiedLevelRecord } from "../../src/db/schema.js";
import { listOpds } from "../../src/db/repo/opds.js";
import { registerPerson } from "../../src/db/repo/people.js";
import { setSpdLevel } from "../../src/db/repo/spd.js";
import { innovationNameKey } from "../../src/db/repo/innovations.js";
import { getActivePeriod } from "../../src/db/repo/periods.js";
import type { Db } from "../../src/db/client.js";
import { storedScoreOf } from "../../src/core/score/index.js";

export const NOW = new Date("2026-05-04T02:00:00Z");

/** A migrated, seeded database file in a fresh folder, with one admin. */
export function tempDatabase(): { dir: string; path: string; handle: DatabaseHandle; adminId: number; close(): void } {
  const dir = mkdtempSync(join(tmpdir(), "inovasi-transfer-"));
  const path = join(dir, "inovasi.db");
  const handle = openDatabase(path);
  seedReferenceData(handle.db, "Kota Serang", NOW);
  const admin = registerPerson(handle.db, { telegramId: 9001, role: "admin", opdId: null, fullName: "Admin Bappeda", jabatan: "Kabid", phone: null }, NOW);
  return { dir, path, handle, adminId: admin.id, close: () => (handle.close(), rmSync(dir, { recursive: true, force: true })) };
}

const STATUSES: InnovationStatus[] = ["draf", "diajukan", "dikembalikan", "terverifikasi", "ditarik"];
const URUSAN = ["pendidikan", "kesehatan", "pupr", "perkim", "sosial", "kominfo", "trantibum-linmas"];
const WORDS = "layanan warga digital kelurahan data antrian pelayanan terpadu kota serang inovasi sistem".split(" ");

function words(n: number, seed: number): string {
  return Array.from({ length: n }, (_, i) => WORDS[(i * 7 + seed) % WORDS.length]).join(" ");
}

/**
 * `count` innovations spread over the seeded OPDs with every kind of stored value the bot
 * produces: complete and partial profiles, null and [] urusan lain, rancang bangun in parts,
 * claimed levels with gaps, verified levels with nulls, every status, evidence files and links.
 */
export function seedInnovations(db: Db, adminId: number, count: number) {
  const period = getActivePeriod(db);
  const opdList = listOpds(db);
  const codes = period.sid.map((s) => s.code);
  const rows = Array.from({ length: count }, (_, i) => {
    const claimed: LevelRecord = {};
    const verified: VerifiedLevelRecord = {};
    codes.forEach((c, j) => {
      if ((i + j) % 5 !== 0) claimed[c] = ((i + j) % 4) as 0 | 1 | 2 | 3;
      if (i % 3 === 0) verified[c] = (i + j) % 6 === 0 ? null : (((i * j) % 4) as 0 | 1 | 2 | 3);
    });
    const partial = i % 7 === 6;
    const nama = `Inovasi ${i + 1} ${words(3, i)}`;
    return {
      opdId: opdList[i % opdList.length]!.id,
      periodYear: period.year,
      createdBy: adminId,
      status: STATUSES[i % STATUSES.length]!,
      nama,
      namaKey: innovationNameKey(nama),
      tahapan: partial ? null : ["inisiatif", "ujicoba", "penerapan"][i % 3]!,
      inisiator: partial ? null : ["kdh", "opd", "asn", "masyarakat"][i % 4]!,
      namaInisiator: partial || i % 4 === 1 ? null : `Budi ${i}`,
      jenis: partial ? null : i % 2 ? "digital" : "nondigital",
      bentuk: partial ? null : "pelayanan",
      tematik: partial ? null : period.tematik[i % period.tematik.length]!.id,
      urusanUtama: partial ? null : URUSAN[i % URUSAN.length]!,
      urusanLain: partial ? null : i % 3 === 0 ? [] : [URUSAN[(i + 1) % URUSAN.length]!, URUSAN[(i + 2) % URUSAN.length]!],
      waktuUjiCoba: partial ? null : "2024-02-01",
      waktuPenerapan: partial ? null : "2024-08-17",
      rancangBangun: partial ? null : [words(180, i), `Dasar hukum: Perwal ${i}.\nMetode: ${words(150, i + 1)}`],
      tujuan: partial ? null : `Tujuan inovasi ${i}: ${words(12, i)}`,
      manfaat: partial ? null : `Manfaat bagi warga ${i}: ${words(12, i + 2)}`,
      hasil: partial ? null : `Hasil yang dicapai ${i}: ${words(12, i + 3)}`,
      claimedLevels: claimed,
      verifiedLevels: verified,
      // A basis for 33 (2026) on some, and the unit that runs it on others (issue 16).
      claimedBases: (i % 4 === 0 ? {} : { "33": ["orang", "efisiensi", "tren-kinerja"][i % 3]! }) as Record<string, string>,
      unitPelaksana: i % 3 === 1 ? `Puskesmas ${words(1, i)}` : null,
      // As every writer leaves them (src/db/repo/score-columns.ts).
      ...storedScoreOf(period, { claimed, verified }),
      submittedAt: i % 5 === 0 ? null : NOW,
      createdAt: NOW,
      updatedAt: NOW,
    };
  });
  const ids: number[] = [];
  db.transaction((tx) => {
    for (const r of rows) ids.push(tx.insert(innovations).values(r).returning({ id: innovations.id }).get().id);
    ids.forEach((id, i) => {
      if (i % 2 === 1) return;
      tx.insert(evidence)
        .values({
          scope: "sid",
          innovationId: id,
          periodYear: period.year,
          indicatorCode: codes[0]!,
          kind: "pdf",
          fileName: `sk-${i}.pdf`,
          localPath: `inv-${id}/sk-${i}.pdf`,
          createdBy: adminId,
          createdAt: NOW,
        })
        .run();
      tx.insert(evidence)
        .values({
          scope: "sid",
          innovationId: id,
          periodYear: period.year,
          indicatorCode: "35",
          kind: "link",
          url: `https://youtu.be/v${i}`,
          createdBy: adminId,
          createdAt: NOW,
        })
        .run();
    });
    for (const [j, s] of period.spd.entries())
      if (j % 3 !== 2) setSpdLevel(tx, { periodYear: period.year, code: s.code, level: (j % 4) as 0 | 1 | 2 | 3, updatedBy: adminId }, NOW);
  });
  return ids;
}

/** Every row of every table, sessions and processed updates aside (conversation plumbing). */
export function allTables(sqlite: Database.Database): Record<string, unknown[]> {
  const names = (
    sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'").all() as {
      name: string;
    }[]
  )
    .map((r) => r.name)
    .filter((n) => n !== "sessions" && n !== "processed_updates");
  return Object.fromEntries(names.map((n) => [n, sqlite.prepare(`select * from "${n}" order by rowid`).all()]));
}

/** Opens an exported workbook, lets the test change cells of the Inovasi sheet, saves it again. */
export async function editWorkbook(xlsx: Buffer, edit: (ws: ExcelJS.Worksheet, col: (header: string) => number) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Inovasi")!;
  const headers = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ""));
  edit(ws, (h) => headers.indexOf(h));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

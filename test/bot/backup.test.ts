import { existsSync, mkdtempSync, readdirSync, rmSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import { backupDatabase, backupFileName, manualBackupDir } from "../../src/backup/backup.js";
import { openDatabase } from "../../src/db/client.js";
import { findOpdByName, insertOpd } from "../../src/db/repo/opds.js";

let h: Harness;
const dirs: string[] = [];
afterEach(() => {
  h?.close();
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

function tempDir() {
  const d = mkdtempSync(join(tmpdir(), "inovasi-backup-"));
  dirs.push(d);
  return d;
}

describe("backups", () => {
  it("/cadangan sends a fresh backup file to the admin, and records it", async () => {
    const dir = tempDir();
    h = new Harness({ env: { ADMIN_IDS: "7001", BACKUP_DIR: dir } });
    await h.user(7001).send("/cadangan");
    const upload = h.fake.callsOf("sendDocument")[0]!;
    expect(upload.payload.chat_id).toBe(7001);
    expect(upload.payload.document.file_name).toMatch(/^inovasi-\d{8}-\d{6}\.db$/);
    expect(upload.payload.document.bytes.subarray(0, 15).toString()).toBe("SQLite format 3");
    expect(String(upload.payload.caption)).toContain("Cadangan basis data per");
    expect(readdirSync(manualBackupDir(dir))).toHaveLength(1);
    expect(h.database.sqlite.prepare("select action from audit_log").all()).toEqual([{ action: "backup.create" }]);
  });

  /** The 14 nightly files a Pemda relies on for restores. */
  async function nightlyBackups(dir: string): Promise<string[]> {
    for (let day = 1; day <= 14; day++) await backupDatabase(h.database.sqlite, dir, new Date(Date.UTC(2026, 3, day, 18, 30)), 14);
    return readdirSync(dir)
      .filter((f) => f.endsWith(".db"))
      .sort();
  }

  it("fifteen '/cadangan.' from a stranger make no file and delete none", async () => {
    const dir = tempDir();
    h = new Harness({ env: { BACKUP_DIR: dir } });
    const nightly = await nightlyBackups(dir);
    const stranger = h.user(666);
    for (let i = 0; i < 15; i++) await stranger.send("/cadangan.");
    expect(stranger.lastText()).toMatch(/^Perintah \/cadangan hanya untuk: /);
    expect(h.fake.callsOf("sendDocument")).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(nightly);
  });

  it("an admin pressing /cadangan 14 times keeps every nightly backup; presses within the interval are refused with the time", async () => {
    const dir = tempDir();
    h = new Harness({ env: { ADMIN_IDS: "7001", BACKUP_DIR: dir, BACKUP_MANUAL_KEEP: "3" } });
    const nightly = await nightlyBackups(dir);
    const admin = h.user(7001);
    await admin.send("/cadangan");
    await admin.send("/cadangan");
    expect(admin.lastText()).toBe("Cadangan baru saja dibuat. Anda dapat membuat cadangan berikutnya mulai 4 Mei 2026 pukul 09.10 WIB.");
    expect(h.fake.callsOf("sendDocument")).toHaveLength(1);
    for (let i = 0; i < 12; i++) {
      h.advance(10 * 60_000);
      await admin.send("/cadangan");
    }
    expect(h.fake.callsOf("sendDocument")).toHaveLength(13);
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith(".db"))
        .sort(),
    ).toEqual(nightly);
    expect(readdirSync(manualBackupDir(dir))).toHaveLength(3);
  });

  it("keeps only the newest BACKUP_KEEP files", async () => {
    const dir = tempDir();
    h = new Harness();
    for (let day = 1; day <= 5; day++) await backupDatabase(h.database.sqlite, dir, new Date(Date.UTC(2026, 4, day, 18, 30)), 3);
    expect(readdirSync(dir).sort()).toEqual([3, 4, 5].map((d) => backupFileName(new Date(Date.UTC(2026, 4, d, 18, 30)))));
  });

  it("restores as the README says: stop, copy the backup over DATABASE_PATH, start", async () => {
    const dir = tempDir();
    h = new Harness();
    insertOpd(h.db, { name: "Dinas Sebelum Cadangan", code: null }, h.now());
    const backup = await backupDatabase(h.database.sqlite, dir, h.now(), 14);
    insertOpd(h.db, { name: "Dinas Sesudah Cadangan", code: null }, h.now());
    const dbPath = h.config.DATABASE_PATH;
    h.database.close();
    for (const suffix of ["-wal", "-shm"]) rmSync(dbPath + suffix, { force: true });
    copyFileSync(backup, dbPath);
    const restored = openDatabase(dbPath);
    expect(findOpdByName(restored.db, "Dinas Sebelum Cadangan")).toBeDefined();
    expect(findOpdByName(restored.db, "Dinas Sesudah Cadangan")).toBeUndefined();
    expect(restored.sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    restored.close();
    expect(existsSync(backup)).toBe(true);
    h.database = openDatabase(dbPath);
  });
});

import { existsSync, mkdtempSync, readdirSync, rmSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import { backupDatabase, backupFileName } from "../../src/backup/backup.js";
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
    expect(readdirSync(dir)).toHaveLength(1);
    expect(h.database.sqlite.prepare("select action from audit_log").all()).toEqual([{ action: "backup.create" }]);
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

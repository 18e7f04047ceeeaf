import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { sqliteSessionStorage } from "../../src/bot/session-storage.js";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempPath() {
  const d = mkdtempSync(join(tmpdir(), "inovasi-db-"));
  dirs.push(d);
  return join(d, "nested", "folder", "inovasi.db");
}

describe("openDatabase", () => {
  it("creates the folder, turns on WAL, foreign keys and a busy timeout", () => {
    const path = tempPath();
    const h = openDatabase(path);
    expect(existsSync(path)).toBe(true);
    expect(h.sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(h.sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(h.sqlite.pragma("busy_timeout", { simple: true })).toBe(5000);
    h.close();
  });

  it("reopening applies no migration twice and keeps the data", () => {
    const path = tempPath();
    const first = openDatabase(path);
    const store = sqliteSessionStorage<{ n: number }>(first.db, () => new Date(0));
    store.write("u1", { n: 7 });
    const count = () => (first.sqlite.prepare("select count(*) n from __drizzle_migrations").get() as { n: number }).n;
    const migrations = count();
    first.close();
    const second = openDatabase(path);
    expect((second.sqlite.prepare("select count(*) n from __drizzle_migrations").get() as { n: number }).n).toBe(migrations);
    expect(sqliteSessionStorage<{ n: number }>(second.db, () => new Date(0)).read("u1")).toEqual({ n: 7 });
    second.close();
  });
});

describe("sqliteSessionStorage", () => {
  it("writes, overwrites and deletes", () => {
    const h = openDatabase(tempPath());
    const store = sqliteSessionStorage<{ step: string }>(h.db, () => new Date(0));
    expect(store.read("k")).toBeUndefined();
    store.write("k", { step: "a" });
    store.write("k", { step: "b" });
    expect(store.read("k")).toEqual({ step: "b" });
    store.delete("k");
    expect(store.read("k")).toBeUndefined();
    h.close();
  });
});

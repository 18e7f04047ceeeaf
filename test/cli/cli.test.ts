import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../../src/cli/run.js";
import { allTables, editWorkbook, NOW, seedInnovations, tempDatabase } from "../import/fixtures.js";

let env: ReturnType<typeof tempDatabase> | undefined;
afterEach(() => env?.close());

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const handle: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), now: () => NOW };
  return { out, err, handle };
}

/** The CLI opens the database itself, so the test's own connection is closed first. */
function setup(count: number) {
  env = tempDatabase();
  seedInnovations(env.handle.db, env.adminId, count);
  const before = allTables(env.handle.sqlite);
  env.handle.close();
  return { vars: { DATABASE_PATH: env.path, EVIDENCE_DIR: join(env.dir, "bukti") }, before };
}

const tablesOf = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return allTables(db);
  } finally {
    db.close();
  }
};

describe("npm run cli", () => {
  it("export then import of the same file changes nothing; no BOT_TOKEN needed", async () => {
    const { vars, before } = setup(8);
    const out = join(env!.dir, "keluar", "data.xlsx");
    const a = io();
    expect(await runCli(["export", "--out", out], vars, a.handle)).toBe(0);
    expect(a.out[0]).toContain("8 inovasi, periode 2026");
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    const b = io();
    expect(await runCli(["import", out], vars, b.handle)).toBe(0);
    expect(b.out[0]).toContain("Tidak ada perubahan");
    expect(tablesOf(env!.path)).toEqual(before);
  });

  it("a bad file is refused with the rows and columns, exit code 1, nothing written", async () => {
    const { vars, before } = setup(4);
    const out = join(env!.dir, "data.xlsx");
    await runCli(["export", "--out", out], vars, io().handle);
    const bad = join(env!.dir, "salah.xlsx");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(bad, await editWorkbook(readFileSync(out), (ws, col) => void (ws.getRow(3).getCell(col("waktu_uji_coba")).value = "kemarin")));
    const r = io();
    expect(await runCli(["import", bad], vars, r.handle)).toBe(1);
    expect(r.err.join("\n")).toContain("Baris 3, kolom waktu_uji_coba: format tanggal tidak dikenal");
    expect(tablesOf(env!.path)).toEqual(before);
  });

  it("backup writes a consistent copy and refuses to overwrite; wrong usage exits 2", async () => {
    const { vars } = setup(2);
    const out = join(env!.dir, "cadangan.db");
    expect(await runCli(["backup", "--out", out], vars, io().handle)).toBe(0);
    expect(tablesOf(out).innovations).toHaveLength(2);
    const again = io();
    expect(await runCli(["backup", "--out", out], vars, again.handle)).toBe(2);
    expect(again.err[0]).toContain("sudah ada");
    expect(await runCli(["hapus-semua"], vars, io().handle)).toBe(2);
    expect(await runCli(["export"], vars, io().handle)).toBe(2);
  });

  it("runs as a process through the npm script's entry point", async () => {
    const { vars } = setup(1);
    const out = join(env!.dir, "proses.db");
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "src/cli.ts", "backup", "--out", out], {
      env: { PATH: process.env.PATH, ...vars },
    });
    expect(stdout).toContain("cadangan basis data");
    expect(existsSync(out)).toBe(true);
  }, 30_000);
});

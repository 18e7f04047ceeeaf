import { execFile } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { allTables, tempDatabase } from "../import/fixtures.js";
import { writeZipBombXlsx } from "../fixtures/zip-bomb.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);

let env: ReturnType<typeof tempDatabase> | undefined;
afterEach(() => env?.close());

describe("npm run cli -- import of a zip bomb", () => {
  it("a 2 MB .xlsx that unpacks to 650 MB is refused with a clear message, within 200 MB of memory, nothing written", async () => {
    env = tempDatabase();
    const before = allTables(env.handle.sqlite);
    env.handle.close();
    const bomb = join(env.dir, "bom.xlsx");
    writeZipBombXlsx(bomb, 650);
    expect(statSync(bomb).size).toBeLessThan(2.5 * 1024 * 1024);

    const child = await run(process.execPath, ["--import", "tsx", "--import", "./test/fixtures/report-max-rss.ts", "src/cli.ts", "import", bomb], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", DATABASE_PATH: env.path, EVIDENCE_DIR: join(env.dir, "bukti"), LOG_LEVEL: "silent" },
    }).then(
      () => ({ code: 0, stderr: "" }),
      (err: { code: number; stderr: string }) => err,
    );
    expect(child.code).toBe(1);
    expect(child.stderr).toContain("terlalu besar setelah dibuka");
    const maxRssKb = Number(/maxRSS_KB=(\d+)/.exec(child.stderr)?.[1]);
    expect(maxRssKb).toBeGreaterThan(0);
    expect(maxRssKb).toBeLessThan(200 * 1024);
    const db = new Database(env.path, { readonly: true });
    try {
      expect(allTables(db)).toEqual(before);
    } finally {
      db.close();
    }
  }, 60_000);
});

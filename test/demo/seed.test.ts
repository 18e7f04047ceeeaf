import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileTypeFromBuffer } from "file-type";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type DatabaseHandle } from "../../src/db/client.js";
import { seedDemo } from "../../src/demo/seed.js";
import { getActivePeriod } from "../../src/db/repo/periods.js";
import { KOTA_SERANG_OPDS } from "../../src/data/opd-kota-serang.js";
import { INNOVATION_STATUSES } from "../../src/db/schema.js";

let dir = "";
let database: DatabaseHandle | undefined;
afterEach(() => {
  database?.close();
  rmSync(dir, { recursive: true, force: true });
});

function open() {
  dir = mkdtempSync(join(tmpdir(), "inovasi-demo-seed-"));
  database = openDatabase(join(dir, "inovasi.db"));
  return database;
}

const rows = (sql: string): any[] => database!.sqlite.prepare(sql).all();

describe("the demo database", () => {
  it("has the real OPD list, the four personas, 12 innovations in every status across OPDs, SPD levels and two deadlines", () => {
    const { db } = open();
    const personas = seedDemo(db, join(dir, "bukti"), new Date("2026-05-04T02:00:00Z"));
    expect(personas.map((p) => p.role).sort()).toEqual(["admin", "operator", "operator", "pimpinan"]);
    expect(rows("select name from opds order by id").map((r) => r.name)).toEqual(KOTA_SERANG_OPDS.map((o) => o.name));
    const innovations = rows("select status, opd_id from innovations");
    expect(innovations).toHaveLength(12);
    expect(new Set(innovations.map((i) => i.status))).toEqual(new Set(INNOVATION_STATUSES));
    expect(new Set(innovations.map((i) => i.opd_id)).size).toBeGreaterThanOrEqual(5);
    expect(rows("select count(*) as n from spd_levels")[0].n).toBeGreaterThan(0);
    expect(rows("select count(*) as n from deadlines")[0].n).toBe(2);
  });

  it("writes each evidence file where its row says, as a real PDF or PNG, of a kind its indicator accepts", async () => {
    const { db } = open();
    seedDemo(db, join(dir, "bukti"), new Date("2026-05-04T02:00:00Z"));
    const accepts = new Map(getActivePeriod(db).sid.map((s) => [s.code, s.evidence as readonly string[]]));
    const evidence = rows("select indicator_code, kind, local_path, mime_type, url from evidence");
    expect(evidence.length).toBeGreaterThan(20);
    for (const e of evidence) {
      expect(accepts.get(e.indicator_code)).toContain(e.kind);
      if (e.kind === "link") {
        expect(e.url).toMatch(/^https:\/\//);
        continue;
      }
      const bytes = readFileSync(join(dir, "bukti", e.local_path));
      expect((await fileTypeFromBuffer(bytes))?.mime).toBe(e.mime_type);
    }
  });

  it("is seeded once: a kept DEMO_DIR starts again with the same data", () => {
    const { db } = open();
    seedDemo(db, join(dir, "bukti"), new Date("2026-05-04T02:00:00Z"));
    seedDemo(db, join(dir, "bukti"), new Date("2026-05-05T02:00:00Z"));
    expect(rows("select count(*) as n from innovations")[0].n).toBe(12);
    expect(existsSync(join(dir, "bukti"))).toBe(true);
  });
});

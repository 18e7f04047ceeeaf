import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { asc, eq } from "../../src/db/orm.js";
import { innovations } from "../../src/db/schema.js";
import { listOpds } from "../../src/db/repo/opds.js";
import { getActivePeriod, getPeriod, savePeriod } from "../../src/db/repo/periods.js";
import {
  approveInnovation,
  createInnovation,
  findInnovation,
  scoreInputs,
  setClaimedLevel,
  setStatus,
  setVerifiedLevel,
} from "../../src/db/repo/innovations.js";
import { fillScoreColumns } from "../../src/db/repo/score-columns.js";
import { invalidateReads, SCORE_CACHE_KEY } from "../../src/db/read-cache.js";
import { storedScoreOf } from "../../src/core/score/index.js";
import { importFile } from "../../src/import/apply.js";
import { claimedHeader, importHeaders, innovationToRow } from "../../src/core/transfer/index.js";
import type { Level } from "../../src/core/period/index.js";
import type { Db } from "../../src/db/client.js";
import { NOW, tempDatabase } from "../import/fixtures.js";

// The score columns are kept by every writer; these properties prove they always equal a full
// recompute by the core's rules, whatever sequence of writes came before, and that the cached
// score inputs equal a fresh read.

type Op =
  | { kind: "create"; opd: number }
  | { kind: "claim"; pick: number; code: number; level: Level }
  | { kind: "verify"; pick: number; code: number; level: Level | null }
  | { kind: "approve"; pick: number }
  | { kind: "status"; pick: number; status: "diajukan" | "dikembalikan" | "ditarik" | "draf" }
  | { kind: "import"; pick: number; code: number; level: Level }
  | { kind: "period"; code: number; bobot: number }
  | { kind: "read" };

const level = fc.constantFrom<Level>(0, 1, 2, 3);
const index = fc.nat({ max: 1000 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("create" as const), opd: index }),
  fc.record({ kind: fc.constant("claim" as const), pick: index, code: index, level }),
  fc.record({ kind: fc.constant("verify" as const), pick: index, code: index, level: fc.option(level, { nil: null }) }),
  fc.record({ kind: fc.constant("approve" as const), pick: index }),
  fc.record({
    kind: fc.constant("status" as const),
    pick: index,
    status: fc.constantFrom("diajukan" as const, "dikembalikan" as const, "ditarik" as const, "draf" as const),
  }),
  fc.record({ kind: fc.constant("import" as const), pick: index, code: index, level }),
  fc.record({ kind: fc.constant("period" as const), code: index, bobot: fc.integer({ min: 1, max: 12 }) }),
  fc.constant({ kind: "read" as const }),
);

let env: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  env = tempDatabase();
});
afterEach(() => env.close());

function ids(db: Db): number[] {
  return db
    .select({ id: innovations.id })
    .from(innovations)
    .orderBy(asc(innovations.id))
    .all()
    .map((r) => r.id);
}

function apply(db: Db, adminId: number, o: Op, step: number) {
  const period = getActivePeriod(db);
  const all = ids(db);
  const target = all.length > 0 && "pick" in o ? all[o.pick % all.length]! : undefined;
  const code = "code" in o ? period.sid[o.code % period.sid.length]!.code : "";
  switch (o.kind) {
    case "create": {
      const opds = listOpds(db);
      createInnovation(db, { opdId: opds[o.opd % opds.length]!.id, periodYear: period.year, createdBy: adminId, nama: `Inovasi ${step}` }, NOW);
      return;
    }
    case "claim":
      if (target) setClaimedLevel(db, target, code, o.level, NOW);
      return;
    case "verify":
      if (target) setVerifiedLevel(db, target, code, o.level, NOW);
      return;
    case "approve":
      if (target) approveInnovation(db, target, adminId, NOW);
      return;
    case "status":
      if (target) setStatus(db, target, o.status, NOW);
      return;
    case "import": {
      // The file an admin would send back: every innovation as exported, one claimed level changed.
      if (!target) return;
      const headers = importHeaders(period);
      const opdName = new Map(listOpds(db).map((x) => [x.id, x.name]));
      const rows = all.map((id, i) => {
        const inv = findInnovation(db, id)!;
        const row = innovationToRow(period, inv, opdName.get(inv.opdId)!);
        if (id === target) row[claimedHeader(code)] = o.level;
        return { line: i + 2, cells: headers.map((h) => (row[h] === null || row[h] === undefined ? "" : String(row[h]))) };
      });
      importFile(db, { innovations: { header: headers, rows } }, { personId: adminId, via: "cli" }, NOW);
      return;
    }
    case "period": {
      const sid = period.sid.map((ind) => (ind.code === code ? { ...ind, bobot: o.bobot } : ind));
      expect(savePeriod(db, { ...period, sid }, NOW)).toEqual({ ok: true });
      return;
    }
    case "read":
      scoreInputs(db, period.year);
      return;
  }
}

function expectColumnsMatchRecompute(db: Db) {
  for (const row of db.select().from(innovations).all()) {
    const period = getPeriod(db, row.periodYear)!;
    const recomputed = storedScoreOf(period, { claimed: row.claimedLevels, verified: row.verifiedLevels });
    expect({ id: row.id, klaim: row.kematanganKlaim, terverifikasi: row.kematanganTerverifikasi }).toEqual({
      id: row.id,
      klaim: recomputed.kematanganKlaim,
      terverifikasi: recomputed.kematanganTerverifikasi,
    });
  }
}

describe("stored score columns", () => {
  it("equal a full recompute, and the cached score inputs a fresh read, after any sequence of edits, verifications, withdrawals, imports and period edits", () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        const { db } = env.handle;
        // A clean slate for each run; the delete bypasses the writers, so the cache is told here.
        db.delete(innovations).run();
        invalidateReads(db, SCORE_CACHE_KEY);
        ops.forEach((o, step) => {
          apply(db, env.adminId, o, step);
        });
        expectColumnsMatchRecompute(db);
        const year = getActivePeriod(db).year;
        const fresh = db
          .select({ id: innovations.id, claimed: innovations.claimedLevels, status: innovations.status })
          .from(innovations)
          .where(eq(innovations.periodYear, year))
          .orderBy(asc(innovations.id))
          .all();
        const cached = scoreInputs(db, year);
        expect(cached.map((i) => [i.id, i.status, i.claimed])).toEqual(
          fresh.filter((r) => r.status !== "ditarik").map((r) => [String(r.id), r.status, r.claimed]),
        );
      }),
      { numRuns: 40 },
    );
  });

  it("rows written before the columns existed are filled at start", () => {
    const { db } = env.handle;
    const period = getActivePeriod(db);
    const inv = createInnovation(db, { opdId: listOpds(db)[0]!.id, periodYear: period.year, createdBy: env.adminId, nama: "Lama" }, NOW);
    setClaimedLevel(db, inv.id, period.sid[0]!.code, 3, NOW);
    // As the migration leaves an older row: levels recorded, columns at their default 0.
    db.update(innovations).set({ kematanganKlaim: 0, kematanganTerverifikasi: 0 }).where(eq(innovations.id, inv.id)).run();
    fillScoreColumns(db);
    expect(findInnovation(db, inv.id)!.kematanganKlaim).toBe(period.sid[0]!.bobot * 3);
    expectColumnsMatchRecompute(db);
  });
});

import { and, eq, ne, or, sql } from "../orm.js";
import type { Db } from "../client.js";
import { innovations } from "../schema.js";
import { getPeriod } from "./periods.js";
import { patchScoreInput } from "./innovations.js";
import { storedScoreOf } from "../../core/score/index.js";
import { invalidateReads, SCORE_CACHE_KEY } from "../read-cache.js";
import type { Period } from "../../core/period/index.js";

type Row = Pick<typeof innovations.$inferSelect, "id" | "periodYear" | "claimedLevels" | "verifiedLevels">;

const columns = {
  id: innovations.id,
  periodYear: innovations.periodYear,
  claimedLevels: innovations.claimedLevels,
  verifiedLevels: innovations.verifiedLevels,
};

function write(db: Db, period: Period, row: Row) {
  const stored = storedScoreOf(period, { claimed: row.claimedLevels, verified: row.verifiedLevels });
  db.update(innovations).set(stored).where(eq(innovations.id, row.id)).run();
}

/**
 * Recomputes one innovation's score columns from its stored levels; every writer of an
 * innovation calls it after its write (in the same transaction when it has one). The import
 * writes the same values (storedScoreOf) in its own statements, many rows at a time.
 */
export function refreshScoreColumns(db: Db, id: number): void {
  // The shared /skor data is rebuilt around the patched inputs (cheap); the inputs are patched.
  invalidateReads(db, `${SCORE_CACHE_KEY}data`);
  const row = db.select(columns).from(innovations).where(eq(innovations.id, id)).get();
  const period = row && getPeriod(db, row.periodYear);
  if (row && period) write(db, period, row);
  if (row) patchScoreInput(db, id, row.periodYear);
}

/** After a period's rules change: every innovation of that period, in one transaction. */
export function refreshPeriodScoreColumns(db: Db, year: number): void {
  invalidateReads(db, SCORE_CACHE_KEY);
  const period = getPeriod(db, year);
  if (!period) return;
  const rows = db.select(columns).from(innovations).where(eq(innovations.periodYear, year)).all();
  db.transaction((tx) => {
    for (const row of rows) write(tx, period, row);
  });
}

/**
 * At start: rows written before the columns existed hold 0 beside levels that may score more.
 * Only rows with a 0 column and levels recorded are recomputed (a no-op on later starts except
 * for innovations whose levels are all 0).
 */
export function fillScoreColumns(db: Db): void {
  const stale = db
    .selectDistinct({ year: innovations.periodYear })
    .from(innovations)
    .where(
      or(
        and(eq(innovations.kematanganKlaim, 0), ne(innovations.claimedLevels, sql`'{}'`)),
        and(eq(innovations.kematanganTerverifikasi, 0), ne(innovations.verifiedLevels, sql`'{}'`)),
      ),
    )
    .all();
  for (const { year } of stale) refreshPeriodScoreColumns(db, year);
}

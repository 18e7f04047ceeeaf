import { eq } from "../orm.js";
import type { Db } from "../client.js";
import { spdLevels } from "../schema.js";
import type { Level } from "../../core/period/types.js";
import { invalidateReads, SCORE_CACHE_KEY } from "../read-cache.js";

/** The SPD levels Bappeda filled for a period, by indicator code; unfilled codes are absent. */
export function getSpdLevels(db: Db, periodYear: number): Record<string, Level> {
  const rows = db.select({ code: spdLevels.code, level: spdLevels.level }).from(spdLevels).where(eq(spdLevels.periodYear, periodYear)).all();
  return Object.fromEntries(rows.map((r) => [r.code, r.level]));
}

export function setSpdLevel(db: Db, values: { periodYear: number; code: string; level: Level; updatedBy: number }, now: Date) {
  // The SPD score is part of every cached score.
  invalidateReads(db, SCORE_CACHE_KEY);
  db.insert(spdLevels)
    .values({ ...values, updatedAt: now })
    .onConflictDoUpdate({ target: [spdLevels.periodYear, spdLevels.code], set: { level: values.level, updatedBy: values.updatedBy, updatedAt: now } })
    .run();
}

import { asc, count, eq } from "../orm.js";
import type { Db } from "../client.js";
import { officialResults } from "../schema.js";
import { KOTA_SERANG_NAME, KOTA_SERANG_OFFICIAL_RESULTS } from "../../data/official-results-kota-serang.js";

export type OfficialResult = typeof officialResults.$inferSelect;

export function listOfficialResults(db: Db): OfficialResult[] {
  return db.select().from(officialResults).orderBy(asc(officialResults.year)).all();
}

export function findOfficialResult(db: Db, year: number): OfficialResult | undefined {
  return db.select().from(officialResults).where(eq(officialResults.year, year)).get();
}

/** Records (or corrects) the ministry's result for a year. */
export function recordOfficialResult(db: Db, values: { year: number; scoreHundredths: number; category: string; recordedBy: number }, now: Date) {
  db.insert(officialResults)
    .values({ ...values, recordedAt: now })
    .onConflictDoUpdate({
      target: officialResults.year,
      set: { scoreHundredths: values.scoreHundredths, category: values.category, recordedBy: values.recordedBy, recordedAt: now },
    })
    .run();
}

/**
 * The known history ships for Kota Serang only, and only into an empty table, so results an
 * admin recorded or corrected are never overwritten on restart.
 */
export function seedOfficialResultsIfEmpty(db: Db, pemdaName: string, now: Date) {
  if (pemdaName.trim().toLowerCase() !== KOTA_SERANG_NAME.toLowerCase()) return;
  if ((db.select({ n: count() }).from(officialResults).get()?.n ?? 0) > 0) return;
  db.transaction((tx) => {
    for (const r of KOTA_SERANG_OFFICIAL_RESULTS)
      tx.insert(officialResults)
        .values({ ...r, recordedBy: null, recordedAt: now })
        .run();
  });
}

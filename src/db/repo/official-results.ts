import { asc, eq } from "../orm.js";
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

/** Records (or corrects) the ministry's result for a year; a null score records the category only. */
export function recordOfficialResult(db: Db, values: { year: number; scoreHundredths: number | null; category: string; recordedBy: number }, now: Date) {
  db.insert(officialResults)
    .values({ ...values, recordedAt: now })
    .onConflictDoUpdate({
      target: officialResults.year,
      set: { scoreHundredths: values.scoreHundredths, category: values.category, recordedBy: values.recordedBy, recordedAt: now },
    })
    .run();
}

/**
 * The known history ships for Kota Serang only, and only for years the table lacks (years
 * added to the history later reach existing installs), so results an admin recorded or
 * corrected are never overwritten on restart.
 */
export function seedOfficialResults(db: Db, pemdaName: string, now: Date) {
  if (pemdaName.trim().toLowerCase() !== KOTA_SERANG_NAME.toLowerCase()) return;
  db.transaction((tx) => {
    for (const r of KOTA_SERANG_OFFICIAL_RESULTS)
      tx.insert(officialResults)
        .values({ ...r, recordedBy: null, recordedAt: now })
        .onConflictDoNothing()
        .run();
  });
}

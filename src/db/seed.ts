import type { Db } from "./client.js";
import { ensurePemda } from "./repo/pemda.js";
import { seedOpdsIfEmpty } from "./repo/opds.js";
import { seedPeriodsIfEmpty } from "./repo/periods.js";
import { seedOfficialResultsIfEmpty } from "./repo/official-results.js";
import { fillScoreColumns } from "./repo/score-columns.js";

/** Reference data a fresh database needs; safe to run on every start. */
export function seedReferenceData(db: Db, pemdaName: string, now: Date) {
  ensurePemda(db, pemdaName, now);
  seedOpdsIfEmpty(db, now);
  seedPeriodsIfEmpty(db, now);
  seedOfficialResultsIfEmpty(db, pemdaName, now);
  fillScoreColumns(db);
}

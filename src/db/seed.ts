import type { Db } from "./client.js";
import { ensurePemda } from "./repo/pemda.js";
import { seedOpdsIfEmpty } from "./repo/opds.js";
import { correctOpdList } from "./repo/opd-corrections.js";
import { seedShippedPeriods } from "./repo/periods.js";
import { seedOfficialResults } from "./repo/official-results.js";
import { fillScoreColumns } from "./repo/score-columns.js";

/** Reference data a fresh database needs; safe to run on every start. */
export function seedReferenceData(db: Db, pemdaName: string, now: Date) {
  ensurePemda(db, pemdaName, now);
  seedOpdsIfEmpty(db, now);
  correctOpdList(db, now);
  seedShippedPeriods(db, now);
  seedOfficialResults(db, pemdaName, now);
  fillScoreColumns(db);
}

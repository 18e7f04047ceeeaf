import type { Db } from "../../../db/client.js";
import { getActivePeriod } from "../../../db/repo/periods.js";
import { getSpdLevels } from "../../../db/repo/spd.js";
import { scoreInputs } from "../../../db/repo/innovations.js";
import type { Period } from "../../../core/period/index.js";
import { computeIndex, type IndexBreakdown, type IndexInput } from "../../../core/score/index.js";

export interface ScoreData {
  period: Period;
  input: IndexInput;
}

/**
 * What /skor and /kategori read: the active period, its SPD levels and the score columns of
 * its innovations (one indexed query on (period_year, status); see bench/run.ts).
 */
export function loadScoreData(db: Db): ScoreData {
  const period = getActivePeriod(db);
  return { period, input: { spdLevels: getSpdLevels(db, period.year), innovations: scoreInputs(db, period.year) } };
}

export interface Views {
  klaim: IndexBreakdown;
  terverifikasi: IndexBreakdown;
  proyeksi: IndexBreakdown;
  nasional: IndexBreakdown;
}

export function computeViews({ period, input }: ScoreData): Views {
  return {
    klaim: computeIndex(period, input, "klaim"),
    terverifikasi: computeIndex(period, input, "terverifikasi"),
    proyeksi: computeIndex(period, input, "proyeksi"),
    nasional: computeIndex(period, input, "nasional"),
  };
}

/** The national view is shown once the ministry's verdict on some innovation is recorded. */
export function hasNationalResults({ input }: ScoreData): boolean {
  return input.innovations.some((i) => i.national != null);
}

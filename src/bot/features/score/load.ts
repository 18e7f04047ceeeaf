import type { Db } from "../../../db/client.js";
import { getActivePeriod } from "../../../db/repo/periods.js";
import { getSpdLevels } from "../../../db/repo/spd.js";
import { scoreInputs } from "../../../db/repo/innovations.js";
import { cachedRead, SCORE_CACHE_KEY } from "../../../db/read-cache.js";
import type { Period } from "../../../core/period/index.js";
import { computeIndex, type IndexBreakdown, type IndexInput } from "../../../core/score/index.js";

export interface ScoreData {
  period: Period;
  input: IndexInput;
}

/**
 * What /skor and /kategori read: the active period, its SPD levels and the score columns of
 * its innovations. One shared object until an innovation, an SPD level or the active period
 * is written (each writer invalidates "score:"), so page buttons and every person's /skor
 * reuse it and what is derived from it (see `derived`).
 */
export function loadScoreData(db: Db): ScoreData {
  return cachedRead(db, `${SCORE_CACHE_KEY}data`, () => {
    const period = getActivePeriod(db);
    return Object.freeze({
      period,
      input: Object.freeze({ spdLevels: Object.freeze(getSpdLevels(db, period.year)), innovations: scoreInputs(db, period.year) }),
    });
  });
}

const derivations = new WeakMap<ScoreData, Map<string, unknown>>();

/** `compute()` once per score data and key: the data is immutable, so its results are too. */
export function derived<T>(data: ScoreData, key: string, compute: () => T): T {
  let known = derivations.get(data);
  if (!known) {
    known = new Map();
    derivations.set(data, known);
  }
  if (!known.has(key)) known.set(key, compute());
  return known.get(key) as T;
}

export interface Views {
  klaim: IndexBreakdown;
  terverifikasi: IndexBreakdown;
  proyeksi: IndexBreakdown;
  nasional: IndexBreakdown;
}

export function computeViews(data: ScoreData): Views {
  const { period, input } = data;
  return derived(data, "views", () => ({
    klaim: computeIndex(period, input, "klaim"),
    terverifikasi: computeIndex(period, input, "terverifikasi"),
    proyeksi: computeIndex(period, input, "proyeksi"),
    nasional: computeIndex(period, input, "nasional"),
  }));
}

/** The national view is shown once the ministry's verdict on some innovation is recorded. */
export function hasNationalResults({ input }: ScoreData): boolean {
  return input.innovations.some((i) => i.national != null);
}

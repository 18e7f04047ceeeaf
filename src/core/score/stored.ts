import type { Period } from "../period/schema.js";
import { kematangan } from "./engine.js";
import type { LevelMap, VerifiedLevelMap } from "./types.js";

/** What an innovation keeps in its score columns, so a score need not re-read its level maps. */
export interface StoredScore {
  readonly kematanganKlaim: number;
  readonly kematanganTerverifikasi: number;
}

/** The stored values of one innovation, by the engine's own rules (never a copy of them). */
export function storedScoreOf(period: Period, levels: { claimed: LevelMap; verified: VerifiedLevelMap }): StoredScore {
  return { kematanganKlaim: kematangan(period, levels.claimed), kematanganTerverifikasi: kematangan(period, levels.verified) };
}

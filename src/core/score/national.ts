import type { Period } from "../period/schema.js";
import type { Level } from "../period/types.js";

// The ministry's verified levels as an admin types them in chat: "16=3 17=2 35=1". Indicators not
// named keep the level Bappeda verified (or the claim), so only the ministry's changes are typed.

export type LevelListResult =
  | { readonly ok: true; readonly levels: Readonly<Record<string, Level>> }
  | { readonly ok: false; readonly problem: "format" | "unknown-code" | "level" };

export function parseLevelList(text: string, period: Period): LevelListResult {
  const parts = text
    .normalize("NFKC")
    .trim()
    .split(/[\s,;]+/)
    .filter((p) => p !== "");
  if (parts.length === 0) return { ok: false, problem: "format" };
  const codes = new Set(period.sid.map((i) => i.code));
  const levels: Record<string, Level> = {};
  for (const p of parts) {
    const m = /^(\d{1,2}[a-z]?)\s*[=:]\s*(\d+)$/i.exec(p);
    if (!m) return { ok: false, problem: "format" };
    const code = m[1]!.toLowerCase();
    if (!codes.has(code)) return { ok: false, problem: "unknown-code" };
    const level = Number(m[2]);
    if (level > 3) return { ok: false, problem: "level" };
    levels[code] = level as Level;
  }
  return { ok: true, levels };
}

/** Levels as stored beside the claim: a null is a verification cleared (not answered). */
export type LevelsWithGaps = Readonly<Record<string, Level | null>>;

/**
 * What the ministry's levels change: Bappeda's verification once the innovation is terverifikasi,
 * else the claim. Chat and import record against the same base.
 */
export function nationalBase(status: string, claimed: LevelsWithGaps, verified: LevelsWithGaps): LevelsWithGaps {
  return status === "terverifikasi" ? verified : claimed;
}

/** The stored record: the base with the ministry's changed levels over it. */
export function nationalRecord(base: LevelsWithGaps, changed: Readonly<Record<string, Level>>): Record<string, Level | null> {
  return { ...base, ...changed };
}

/** The levels of a stored record that differ from the base: what an admin typed, in catalog order. */
export function nationalChanges(period: Period, stored: LevelsWithGaps | null | undefined, base: LevelsWithGaps): Record<string, Level> {
  const out: Record<string, Level> = {};
  for (const { code } of period.sid) {
    const v = stored?.[code];
    if (v !== undefined && v !== null && v !== (base[code] ?? null)) out[code] = v;
  }
  return out;
}

/** "16=3, 17=2": the text parseLevelList reads back, in the period's catalog order. */
export function formatLevelList(period: Period, levels: Readonly<Record<string, Level>>): string {
  return period.sid
    .filter((i) => levels[i.code] !== undefined)
    .map((i) => `${i.code}=${levels[i.code]}`)
    .join(", ");
}

// What Bappeda's verification changed, and what a return note is about: shown to the operator.

import { escapeRegExp } from "../util/regexp.js";

export type LevelValue = 0 | 1 | 2 | 3;

/** The levels approval would record: Bappeda's where set, otherwise the OPD's claim. */
export function levelsAfterVerification(
  claimed: Readonly<Record<string, LevelValue>>,
  verified: Readonly<Record<string, LevelValue | null>>,
): Record<string, LevelValue> {
  const out: Record<string, LevelValue> = { ...claimed };
  for (const [code, level] of Object.entries(verified)) if (level !== null) out[code] = level;
  return out;
}

export interface LevelChange {
  code: string;
  claimed: LevelValue | null;
  verified: LevelValue;
}

/** Indicators whose verified level differs from the claim, in catalog order. */
export function levelChanges(
  codes: readonly string[],
  claimed: Readonly<Record<string, LevelValue>>,
  verified: Readonly<Record<string, LevelValue | null>>,
): LevelChange[] {
  return codes.flatMap((code) => {
    const v = verified[code];
    const c = claimed[code] ?? null;
    return v === undefined || v === null || v === c ? [] : [{ code, claimed: c, verified: v }];
  });
}

export type Concern = { kind: "indicator"; code: string } | { kind: "field"; key: string };

/**
 * The first thing a return note names: "indikator 17" (or "indicator 17"), or a profile field
 * by its label ("rancang bangun", "tujuan"); whichever comes first in the note. Null when the
 * note names neither, e.g. "lengkapi semuanya".
 */
export function firstConcern(note: string, codes: readonly string[], fieldLabels: readonly { key: string; label: string }[]): Concern | null {
  const text = note.toLowerCase();
  let best: { at: number; concern: Concern } | null = null;
  const consider = (at: number, concern: Concern) => {
    if (at >= 0 && (best === null || at < best.at)) best = { at, concern };
  };
  for (const m of text.matchAll(/\bindi[kc]ator\s+(?:no\.?\s*)?(\d{1,2}[a-z]?)\b/g)) {
    if (codes.includes(m[1]!)) consider(m.index, { kind: "indicator", code: m[1]! });
  }
  for (const { key, label } of fieldLabels) {
    const m = new RegExp(`(^|[^\\p{L}])${escapeRegExp(label.toLowerCase())}($|[^\\p{L}])`, "u").exec(text);
    if (m) consider(m.index + m[1]!.length, { kind: "field", key });
  }
  return (best as { concern: Concern } | null)?.concern ?? null;
}

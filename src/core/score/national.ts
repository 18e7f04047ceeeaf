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

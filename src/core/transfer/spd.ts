import type { Period } from "../period/types.js";
import { normalizeLine } from "../profile/text.js";
import { SPD_HEADERS } from "./columns.js";
import { indexHeader, parseLevel } from "./validate.js";
import type { CellError, ParsedSpd, Table, TableResult } from "./types.js";

export const SPD_SHEET = "SPD";

/** The SPD sheet: `kode, level`; codes must be in the period's SPD catalog, levels 0–3 or empty. */
export function parseSpdTable(table: Table, period: Period): TableResult<ParsedSpd> {
  const { index, missing } = indexHeader(table.header, SPD_HEADERS);
  if (missing.length > 0) return { ok: false, errors: [], fileProblem: "missing-columns", missing };
  const codes = new Set(period.spd.map((s) => s.code));
  const errors: CellError[] = [];
  const rows: ParsedSpd[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    if (!cells.some((c) => c.trim() !== "")) continue;
    const rawCode = cells[index.get("kode")!] ?? "";
    const rawLevel = cells[index.get("level")!] ?? "";
    const code = normalizeLine(rawCode).toLowerCase();
    const fail = (column: string, problem: CellError["problem"], value: string, detail?: number) =>
      errors.push({ sheet: SPD_SHEET, line, column, problem, value, ...(detail !== undefined ? { detail } : {}) });
    const level = parseLevel(rawLevel);
    const before = errors.length;
    if (!codes.has(code)) fail("kode", code === "" ? "required" : "code-unknown", rawCode);
    else if (seen.has(code)) fail("kode", "duplicate-row", rawCode, seen.get(code));
    if (level === "invalid") fail("level", "level-invalid", rawLevel);
    if (errors.length === before && level !== "invalid") {
      seen.set(code, line);
      rows.push({ line, code, level });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

import { checkOpdCode, checkOpdName, cleanOpdName, normalizeOpdCode, opdNameKey } from "./names.js";

export const OPD_CSV_MAX_ROWS = 500;

/**
 * RFC 4180 fields with quotes. Spreadsheets set to Indonesian write ";" because "," is the
 * decimal mark, so the delimiter is whichever of the two the first line uses more.
 */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === delimiter) {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && body[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export type OpdCsvProblem =
  | "name-empty"
  | "name-too-short"
  | "name-too-long"
  | "code-invalid"
  | "duplicate-name"
  | "duplicate-code"
  | "code-taken"
  | "too-many-columns";

export interface OpdCsvError {
  /** 1-based line in the file, as a spreadsheet shows it. */
  line: number;
  problem: OpdCsvProblem;
  value: string;
}

export interface ExistingOpd {
  id: number;
  nameKey: string;
  code: string | null;
  active: boolean;
}

export interface OpdCsvPlan {
  add: { name: string; code: string | null }[];
  /** Existing OPDs named in the file: their code is set and they are (re)activated. */
  keep: { id: number; name: string; code: string | null }[];
  deactivate: number[];
}

export type OpdCsvResult =
  | { ok: true; plan: OpdCsvPlan }
  | { ok: false; errors: OpdCsvError[]; fileProblem?: "empty" | "too-many-rows" };

const HEADER_NAMES = new Set(["nama", "name", "nama opd", "opd", "nama_opd"]);

/** Checks every row; nothing is planned unless every row is good. */
export function planOpdCsv(text: string, existing: ExistingOpd[], mode: "extend" | "replace"): OpdCsvResult {
  const rows = parseCsv(text).map((cells, index) => ({ cells, line: index + 1 }));
  const dataRows = rows.filter((r, i) => !(i === 0 && HEADER_NAMES.has(cleanOpdName(r.cells[0] ?? "").toLowerCase())));
  const nonEmpty = dataRows.filter((r) => r.cells.some((c) => c.trim() !== ""));
  if (nonEmpty.length === 0) return { ok: false, errors: [], fileProblem: "empty" };
  if (nonEmpty.length > OPD_CSV_MAX_ROWS) return { ok: false, errors: [], fileProblem: "too-many-rows" };

  const byKey = new Map(existing.map((o) => [o.nameKey, o]));
  const byCode = new Map(existing.filter((o) => o.code).map((o) => [o.code!, o]));
  const seenNames = new Map<string, number>();
  const seenCodes = new Map<string, number>();
  const errors: OpdCsvError[] = [];
  const plan: OpdCsvPlan = { add: [], keep: [], deactivate: [] };

  for (const { cells, line } of nonEmpty) {
    const rawName = cells[0] ?? "";
    const rawCode = (cells[1] ?? "").trim();
    const fail = (problem: OpdCsvProblem, value: string) => errors.push({ line, problem, value });
    if (cells.slice(2).some((c) => c.trim() !== "")) fail("too-many-columns", cells.join(" | "));
    const nameProblem = checkOpdName(rawName);
    if (nameProblem) {
      fail(nameProblem, rawName);
      continue;
    }
    const name = cleanOpdName(rawName);
    const key = opdNameKey(name);
    if (seenNames.has(key)) fail("duplicate-name", name);
    seenNames.set(key, line);
    let code: string | null = null;
    if (rawCode !== "") {
      if (checkOpdCode(rawCode)) {
        fail("code-invalid", rawCode);
        continue;
      }
      code = normalizeOpdCode(rawCode);
      if (seenCodes.has(code)) fail("duplicate-code", code);
      seenCodes.set(code, line);
      const holder = byCode.get(code);
      if (holder && holder.nameKey !== key) fail("code-taken", code);
    }
    const current = byKey.get(key);
    if (current) plan.keep.push({ id: current.id, name, code: code ?? current.code });
    else plan.add.push({ name, code });
  }
  if (errors.length > 0) return { ok: false, errors };
  if (mode === "replace") {
    const kept = new Set(plan.keep.map((k) => k.id));
    plan.deactivate = existing.filter((o) => o.active && !kept.has(o.id)).map((o) => o.id);
  }
  return { ok: true, plan };
}

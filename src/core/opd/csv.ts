import { checkOpdCode, checkOpdName, cleanOpdName, normalizeOpdCode, opdNameKey } from "./names.js";

export const OPD_CSV_MAX_ROWS = 500;

/**
 * RFC 4180 fields with quotes, fed in pieces so a reader can stop once it has enough rows.
 * Spreadsheets set to Indonesian write ";" because "," is the decimal mark, so the delimiter
 * is whichever of the two the first line uses more.
 */
export class CsvParser {
  private delimiter: string | null = null;
  private head = "";
  private row: string[] = [];
  private field = "";
  private quoted = false;
  /** A quote or CR at the end of a piece: what it means depends on the next character. */
  private pending = "";
  private started = false;

  /** `onRow` gets each complete row; it may throw to stop parsing. */
  constructor(private readonly onRow: (cells: string[]) => void) {}

  feed(piece: string): void {
    let text = this.pending + piece;
    this.pending = "";
    if (!this.started) {
      text = text.replace(/^\uFEFF/, "");
      if (text !== "") this.started = true;
    }
    if (this.delimiter === null) {
      this.head += text;
      const newline = this.head.search(/[\r\n]/);
      if (newline < 0) return;
      this.delimiter = delimiterOf(this.head.slice(0, newline));
      text = this.head;
      this.head = "";
    }
    this.scan(text, false);
  }

  end(): void {
    if (this.delimiter === null) {
      this.delimiter = delimiterOf(this.head);
      this.pending = this.head;
      this.head = "";
    }
    this.scan(this.pending, true);
    this.pending = "";
    if (this.field !== "" || this.row.length > 0) this.pushRow();
  }

  private pushRow(): void {
    this.row.push(this.field);
    const row = this.row;
    this.row = [];
    this.field = "";
    this.onRow(row);
  }

  private scan(body: string, last: boolean): void {
    const delimiter = this.delimiter!;
    for (let i = 0; i < body.length; i++) {
      const c = body[i]!;
      if (!last && i === body.length - 1 && ((this.quoted && c === '"') || (!this.quoted && c === "\r"))) {
        this.pending = c;
        return;
      }
      if (this.quoted) {
        if (c === '"' && body[i + 1] === '"') {
          this.field += '"';
          i++;
        } else if (c === '"') this.quoted = false;
        else this.field += c;
      } else if (c === '"' && this.field === "") this.quoted = true;
      else if (c === delimiter) {
        this.row.push(this.field);
        this.field = "";
      } else if (c === "\n" || c === "\r") {
        if (c === "\r" && body[i + 1] === "\n") i++;
        this.pushRow();
      } else this.field += c;
    }
  }
}

function delimiterOf(firstLine: string): string {
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const parser = new CsvParser((row) => rows.push(row));
  parser.feed(text);
  parser.end();
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

export type OpdCsvResult = { ok: true; plan: OpdCsvPlan } | { ok: false; errors: OpdCsvError[]; fileProblem?: "empty" | "too-many-rows" };

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

import { CsvParser } from "../core/opd/csv.js";
import type { Table } from "../core/transfer/types.js";
import { IMPORT_MAX_ROWS } from "../core/transfer/validate.js";
import { SPD_SHEET } from "../core/transfer/spd.js";
import { CappedZip, ImportReadError } from "./capped-zip.js";
import { readDateStyles, readSharedStrings, readWorkbook, scanWorksheet, type SheetContext } from "./xlsx-parts.js";

export { ImportReadError, type ReadProblem } from "./capped-zip.js";

// The one reader of imported files (/impor and `npm run cli -- import`). Everything is read
// while it is unpacked and parsed, under caps: a file is refused, or its reading stopped,
// as soon as a cap is passed, so memory stays bounded whatever the file claims.

export const INNOVATION_SHEET_NAME = "Inovasi";

/** The import has about 60 columns; cells far to the right cannot match a header. */
export const MAX_COLUMNS = 1024;

/** Text is decoded and parsed this many bytes at a time. */
const PIECE_BYTES = 64 * 1024;

export type ImportFormat = "xlsx" | "csv";

export interface ReadFile {
  readonly innovations: Table;
  /** Only an .xlsx carries the SPD sheet; absent means "leave SPD levels alone". */
  readonly spd?: Table;
}

/** By name: .xlsx or .csv; anything else is refused before it is read. */
export function formatOf(fileName: string): ImportFormat | null {
  if (/\.xlsx$/i.test(fileName)) return "xlsx";
  if (/\.csv$/i.test(fileName)) return "csv";
  return null;
}

/** Thrown by a table to stop the parser under it; never leaves this module. */
class RowCapReached extends Error {}

/**
 * Rows as they are parsed: the first is the header, rows with no value are dropped (the
 * import ignores them), and one row past IMPORT_MAX_ROWS stops the reading; the validator
 * then reports "too many rows" with its usual message.
 */
class TableBuilder {
  header: string[] = [];
  readonly rows: { line: number; cells: string[] }[] = [];

  add(line: number, cells: readonly string[]): void {
    if (line === 1) {
      this.header = cells.slice(0, MAX_COLUMNS);
      return;
    }
    if (!cells.some((c) => c !== "")) return;
    const width = Math.min(MAX_COLUMNS, Math.max(this.header.length, cells.length));
    this.rows.push({ line, cells: Array.from({ length: width }, (_, i) => cells[i] ?? "") });
    if (this.rows.length > IMPORT_MAX_ROWS) throw new RowCapReached();
  }

  /** Runs a parse that feeds this table, stopping quietly at the row cap. */
  fill(parse: () => void): Table {
    try {
      parse();
    } catch (err) {
      if (!(err instanceof RowCapReached)) throw err;
    }
    return { header: this.header, rows: this.rows };
  }
}

/**
 * UTF-8 (a BOM is allowed) or UTF-16 with a BOM. Anything else, such as a CSV saved as
 * latin1/ANSI, is refused rather than stored with broken letters.
 */
function textDecoderFor(bytes: Uint8Array): { decoder: TextDecoder; skip: number } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { decoder: new TextDecoder("utf-16le", { fatal: true }), skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { decoder: new TextDecoder("utf-16be", { fatal: true }), skip: 2 };
  return { decoder: new TextDecoder("utf-8", { fatal: true }), skip: 0 };
}

/** A whole small text file (the OPD list) under the same encoding rule as the import. */
export function decodeCsvText(bytes: Uint8Array): string {
  const { decoder, skip } = textDecoderFor(bytes);
  try {
    return decoder.decode(bytes.subarray(skip));
  } catch (err) {
    if (err instanceof TypeError) throw new ImportReadError("encoding", err.message);
    throw err;
  }
}

function readCsv(bytes: Uint8Array): Table {
  const table = new TableBuilder();
  let line = 1;
  const parser = new CsvParser((cells) => table.add(line++, cells.length > MAX_COLUMNS ? cells.slice(0, MAX_COLUMNS) : cells));
  return table.fill(() => {
    const { decoder, skip } = textDecoderFor(bytes);
    try {
      for (let at = skip; at < bytes.length; at += PIECE_BYTES) parser.feed(decoder.decode(bytes.subarray(at, at + PIECE_BYTES), { stream: true }));
      parser.feed(decoder.decode());
    } catch (err) {
      if (err instanceof TypeError) throw new ImportReadError("encoding", err.message);
      throw err;
    }
    parser.end();
  });
}

function readSheet(zip: CappedZip, path: string, ctx: SheetContext): Table {
  const table = new TableBuilder();
  return table.fill(() =>
    scanWorksheet(zip, path, ctx, MAX_COLUMNS, (line, cells) => {
      let width = 0;
      for (const col of cells.keys()) width = Math.max(width, col + 1);
      table.add(
        line,
        Array.from({ length: width }, (_, i) => cells.get(i) ?? ""),
      );
    }),
  );
}

function readXlsx(bytes: Uint8Array): ReadFile {
  const zip = new CappedZip(bytes);
  if (!zip.has("xl/workbook.xml")) throw new ImportReadError("unreadable", "no workbook");
  const workbook = readWorkbook(zip);
  const main = workbook.sheets.find((s) => s.name === INNOVATION_SHEET_NAME) ?? workbook.sheets[0];
  if (!main) throw new ImportReadError("unreadable", "no worksheet");
  const ctx: SheetContext = {
    shared: workbook.sharedStrings ? readSharedStrings(zip, workbook.sharedStrings) : [],
    dateStyles: workbook.styles ? readDateStyles(zip, workbook.styles) : new Set(),
    date1904: workbook.date1904,
  };
  const spd = workbook.sheets.find((s) => s.name === SPD_SHEET);
  return { innovations: readSheet(zip, main.path, ctx), ...(spd ? { spd: readSheet(zip, spd.path, ctx) } : {}) };
}

/**
 * Reads the Inovasi sheet (or the first sheet) and the SPD sheet of an .xlsx, or a .csv.
 * Throws ImportReadError for a file that cannot be read, unpacks too large, or is not in a
 * text encoding the import understands.
 */
export function readImportFile(bytes: Uint8Array, format: ImportFormat): ReadFile {
  return format === "csv" ? { innovations: readCsv(bytes) } : readXlsx(bytes);
}

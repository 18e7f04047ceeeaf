import ExcelJS from "exceljs";
import { parseCsv } from "../core/opd/csv.js";
import type { Table } from "../core/transfer/types.js";
import { SPD_SHEET } from "../core/transfer/spd.js";

export const INNOVATION_SHEET_NAME = "Inovasi";

export type ImportFormat = "xlsx" | "csv";

export interface ReadFile {
  readonly innovations: Table;
  /** Only an .xlsx carries the SPD sheet; absent means "leave SPD levels alone". */
  readonly spd?: Table;
}

export class UnreadableFileError extends Error {}

/** By name: .xlsx or .csv; anything else is refused before it is read. */
export function formatOf(fileName: string): ImportFormat | null {
  if (/\.xlsx$/i.test(fileName)) return "xlsx";
  if (/\.csv$/i.test(fileName)) return "csv";
  return null;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A cell as the text a person sees; dates typed in a spreadsheet become ISO dates. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in value) return cellText((value as ExcelJS.CellHyperlinkValue).text);
    if ("error" in value) return "";
  }
  return String(value);
}

function sheetTable(ws: ExcelJS.Worksheet): Table {
  const header: string[] = [];
  const rows: { line: number; cells: string[] }[] = [];
  const width = ws.getRow(1).cellCount;
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (header[col - 1] = cellText(cell.value)));
  ws.eachRow({ includeEmpty: false }, (row, line) => {
    if (line === 1) return;
    const cells: string[] = Array.from({ length: Math.max(width, row.cellCount) }, () => "");
    row.eachCell({ includeEmpty: false }, (cell, col) => (cells[col - 1] = cellText(cell.value)));
    rows.push({ line, cells });
  });
  return { header, rows };
}

function csvTable(text: string): Table {
  const [header = [], ...rest] = parseCsv(text);
  return { header, rows: rest.map((cells, i) => ({ line: i + 2, cells })) };
}

/** Reads the Inovasi sheet (or the first sheet) and the SPD sheet of an .xlsx, or a .csv. */
export async function readImportFile(bytes: Buffer, format: ImportFormat): Promise<ReadFile> {
  if (format === "csv") return { innovations: csvTable(bytes.toString("utf8")) };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new UnreadableFileError(String(err));
  }
  const main = wb.getWorksheet(INNOVATION_SHEET_NAME) ?? wb.worksheets[0];
  if (!main) throw new UnreadableFileError("no worksheet");
  const spd = wb.getWorksheet(SPD_SHEET);
  return { innovations: sheetTable(main), ...(spd ? { spd: sheetTable(spd) } : {}) };
}

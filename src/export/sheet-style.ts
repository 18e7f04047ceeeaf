import type ExcelJS from "exceljs";
import type { Worksheet } from "exceljs";

/** Two decimals with thousands grouping; a spreadsheet in Indonesian shows it as 1.234,50. */
export const DECIMAL_FORMAT = "#,##0.00";
export const INTEGER_FORMAT = "#,##0";

export interface ColumnSpec {
  readonly header: string;
  readonly width: number;
  readonly numFmt?: string;
  readonly wrap?: boolean;
}

/**
 * A sheet whose header row is bold and frozen, so it stays visible while scrolling a long
 * sheet. The streaming writer takes its views when the sheet is added, never later.
 */
export function addSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: readonly ColumnSpec[]): Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  setupColumns(ws, columns);
  return ws;
}

function setupColumns(ws: Worksheet, columns: readonly ColumnSpec[]) {
  ws.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: {
      ...(c.numFmt ? { numFmt: c.numFmt } : {}),
      ...(c.wrap ? { alignment: { wrapText: true, vertical: "top" as const } } : { alignment: { vertical: "top" as const } }),
    },
  }));
  ws.getRow(1).font = { bold: true };
}

import type { CappedZip } from "./capped-zip.js";
import { attr, decodeEntities, XmlScanner, type XmlHandler } from "./xml-scan.js";

// The parts of an .xlsx the import needs, each read through the capped zip and scanned as it
// inflates. Cell values become the text a person sees, as exceljs's reading gave them.

/** Streams an entry's XML into a handler, decoding UTF-8 piece by piece. */
export function scanEntry(zip: CappedZip, name: string, handler: XmlHandler): void {
  const decoder = new TextDecoder();
  const scanner = new XmlScanner(handler);
  zip.read(name, (chunk) => scanner.feed(decoder.decode(chunk, { stream: true })));
  scanner.feed(decoder.decode());
}

/** Writers escape control characters as _xHHHH_; exceljs decoded them, so this does too. */
const decodeText = (raw: string) => decodeEntities(raw).replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/**
 * Collects the text of <t> elements (plain or rich-text runs) inside a string item (<si> or
 * <is>), leaving out phonetic guides (<rPh>), which are not part of what the cell shows.
 */
class StringItem {
  private depthPhonetic = 0;
  private inT = false;
  private raw = "";

  open(name: string, selfClosing: boolean): void {
    if (name === "rPh" && !selfClosing) this.depthPhonetic++;
    else if (name === "t" && !selfClosing && this.depthPhonetic === 0) this.inT = true;
  }

  close(name: string): void {
    if (name === "rPh") this.depthPhonetic--;
    else if (name === "t") {
      if (this.inT) this.raw += "\u0000";
      this.inT = false;
    }
  }

  text(raw: string): void {
    if (this.inT) this.raw += raw;
  }

  /** Runs are decoded one by one (a \0 marks their ends), so an escape cannot span two runs. */
  value(): string {
    return this.raw.split("\u0000").map(decodeText).join("");
  }
}

export function readSharedStrings(zip: CappedZip, name: string): string[] {
  const strings: string[] = [];
  let item: StringItem | null = null;
  scanEntry(zip, name, {
    open(tag, _attrs, selfClosing) {
      if (tag === "si") {
        if (selfClosing) strings.push("");
        else item = new StringItem();
      } else item?.open(tag, selfClosing);
    },
    close(tag) {
      if (tag === "si" && item) {
        strings.push(item.value());
        item = null;
      } else item?.close(tag);
    },
    text(raw) {
      item?.text(raw);
    },
  });
  return strings;
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** exceljs's rule: a format with y, m, d, h, s or b outside quotes and brackets shows a date. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** Which cell style indexes (the s attribute of a cell) format a number as a date. */
export function readDateStyles(zip: CappedZip, name: string): Set<number> {
  const customDate = new Map<number, boolean>();
  const dates = new Set<number>();
  let inCellXfs = false;
  let index = 0;
  scanEntry(zip, name, {
    open(tag, attrs, selfClosing) {
      if (tag === "numFmt") customDate.set(Number(attr(attrs, "numFmtId")), isDateFormat(attr(attrs, "formatCode") ?? ""));
      else if (tag === "cellXfs" && !selfClosing) inCellXfs = true;
      else if (tag === "xf" && inCellXfs) {
        const id = Number(attr(attrs, "numFmtId") ?? 0);
        if (customDate.get(id) ?? BUILTIN_DATE_FORMATS.has(id)) dates.add(index);
        index++;
      }
    },
    close(tag) {
      if (tag === "cellXfs") inCellXfs = false;
    },
    text() {},
  });
  return dates;
}

export interface WorkbookInfo {
  /** In workbook order, with the path of each sheet's XML inside the zip. */
  readonly sheets: readonly { readonly name: string; readonly path: string }[];
  readonly sharedStrings?: string;
  readonly styles?: string;
  readonly date1904: boolean;
}

/** Relationship targets are relative to the part's folder unless they start with "/". */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/");
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== ".") parts.push(p);
  }
  return parts.join("/");
}

function partOf(zip: CappedZip, path: string | undefined): string | undefined {
  return path !== undefined && zip.has(path) ? path : undefined;
}

export function readWorkbook(zip: CappedZip): WorkbookInfo {
  const sheets: { name: string; rel: string }[] = [];
  let date1904 = false;
  scanEntry(zip, "xl/workbook.xml", {
    open(tag, attrs) {
      if (tag === "sheet") sheets.push({ name: attr(attrs, "name") ?? "", rel: attr(attrs, "id") ?? "" });
      else if (tag === "workbookPr") date1904 = ["1", "true"].includes(attr(attrs, "date1904") ?? "");
    },
    close() {},
    text() {},
  });
  const targets = new Map<string, string>();
  let sharedStrings: string | undefined;
  let styles: string | undefined;
  if (zip.has("xl/_rels/workbook.xml.rels")) {
    scanEntry(zip, "xl/_rels/workbook.xml.rels", {
      open(tag, attrs) {
        if (tag !== "Relationship") return;
        const target = resolveTarget("xl", attr(attrs, "Target") ?? "");
        const type = attr(attrs, "Type") ?? "";
        targets.set(attr(attrs, "Id") ?? "", target);
        if (type.endsWith("/sharedStrings")) sharedStrings = target;
        if (type.endsWith("/styles")) styles = target;
      },
      close() {},
      text() {},
    });
  }
  const found = sheets.map((s) => ({ name: s.name, path: targets.get(s.rel) ?? "" })).filter((s) => zip.has(s.path));
  const shared = partOf(zip, sharedStrings ?? "xl/sharedStrings.xml");
  const style = partOf(zip, styles ?? "xl/styles.xml");
  return { sheets: found, date1904, ...(shared ? { sharedStrings: shared } : {}), ...(style ? { styles: style } : {}) };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A date as the ISO day a person typed; exceljs's serial-to-date conversion, in UTC. */
function isoDay(date: Date): string {
  return Number.isNaN(date.getTime()) ? "" : `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

export interface SheetContext {
  readonly shared: readonly string[];
  readonly dateStyles: ReadonlySet<number>;
  readonly date1904: boolean;
}

/** A cell's text from its type (t), style (s), value (<v>) and inline string. */
export function cellText(ctx: SheetContext, type: string, style: number, v: string | null, inline: string | null): string {
  switch (type) {
    case "s":
      return v === null ? "" : (ctx.shared[Number(v)] ?? "");
    case "inlineStr":
      return inline ?? "";
    case "str":
      return v === null ? "" : decodeText(v);
    case "b":
      return v === null ? "" : String(v.trim() === "1");
    case "e":
      return "";
    case "d":
      return v === null ? "" : isoDay(new Date(v));
  }
  if (v === null || v.trim() === "") return inline ?? "";
  const n = parseFloat(v);
  if (ctx.dateStyles.has(style)) return isoDay(new Date(Math.round((n - 25569 + (ctx.date1904 ? 1462 : 0)) * 86_400_000)));
  return String(n);
}

/** "BC12" → 54 (0-based column); null when the reference has no letters. */
export function columnOf(ref: string): number | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return i === 0 ? null : col - 1;
}

/**
 * Scans a worksheet's rows, handing each to `onRow` with its 1-based line number and its
 * cells by column. `onRow` may throw to stop reading (the row cap).
 */
export function scanWorksheet(
  zip: CappedZip,
  path: string,
  ctx: SheetContext,
  maxColumns: number,
  onRow: (line: number, cells: Map<number, string>) => void,
): void {
  let line = 0;
  let cells: Map<number, string> | null = null;
  let col = -1;
  let type = "n";
  let style = 0;
  let v: string | null = null;
  let inV = false;
  let item: StringItem | null = null;
  const endCell = () => {
    if (cells && col >= 0 && col < maxColumns) {
      const text = cellText(ctx, type, style, v === null ? null : decodeEntities(v), item ? item.value() : null);
      if (text !== "") cells.set(col, text);
    }
    v = null;
    item = null;
  };
  const endRow = () => {
    if (cells) onRow(line, cells);
    cells = null;
  };
  scanEntry(zip, path, {
    open(tag, attrs, selfClosing) {
      switch (tag) {
        case "row": {
          const r = attr(attrs, "r");
          line = r === undefined ? line + 1 : Number(r);
          cells = new Map();
          col = -1;
          if (selfClosing) endRow();
          return;
        }
        case "c": {
          const ref = attr(attrs, "r");
          col = (ref === undefined ? null : columnOf(ref)) ?? col + 1;
          type = attr(attrs, "t") ?? "n";
          style = Number(attr(attrs, "s") ?? 0);
          v = null;
          item = null;
          if (selfClosing) endCell();
          return;
        }
        case "v":
          if (!selfClosing) {
            inV = true;
            v = "";
          }
          return;
        case "is":
          if (!selfClosing) item = new StringItem();
          return;
        default:
          item?.open(tag, selfClosing);
      }
    },
    close(tag) {
      if (tag === "v") inV = false;
      else if (tag === "c") endCell();
      else if (tag === "row") endRow();
      else if (tag !== "is") item?.close(tag);
    },
    text(raw) {
      if (inV) v += raw;
      else item?.text(raw);
    },
  });
}

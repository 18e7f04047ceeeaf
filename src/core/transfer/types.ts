import type { Level } from "../period/types.js";
import type { InnovationStatus, NationalResult } from "../score/types.js";

/** A sheet as plain text cells; `line` is the row number a spreadsheet shows (header = 1). */
export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly { readonly line: number; readonly cells: readonly string[] }[];
}

export type CellProblem =
  | "required"
  | "opd-unknown"
  | "too-short"
  | "too-long"
  | "option-unknown"
  | "date-format"
  | "date-invalid"
  | "date-order"
  | "status-unknown"
  | "national-unknown"
  | "national-levels-invalid"
  | "national-levels-without-diterima"
  | "level-invalid"
  | "code-unknown"
  | "basis-unknown"
  | "duplicate-row";

/** One bad cell: the row and column a person looks for, a problem code, and the offending value. */
export interface CellError {
  readonly line: number;
  readonly column: string;
  readonly problem: CellProblem;
  readonly value: string;
  /** A limit (too-short / too-long) or the first line of a duplicate. */
  readonly detail?: number;
  readonly sheet?: string;
}

export type FileProblem = "empty" | "too-many-rows" | "missing-columns" | "unreadable" | "no-sheet";

export type TableResult<T> =
  | { readonly ok: true; readonly rows: T[] }
  | { readonly ok: false; readonly errors: CellError[]; readonly fileProblem?: FileProblem; readonly missing?: string[] };

/** The profile columns of one row, normalized as the bot stores them; null = empty cell. */
export interface ParsedProfile {
  readonly tahapan: string | null;
  readonly inisiator: string | null;
  readonly namaInisiator: string | null;
  readonly jenis: string | null;
  readonly bentuk: string | null;
  readonly tematik: string | null;
  readonly urusanUtama: string | null;
  readonly urusanLain: readonly string[];
  readonly waktuUjiCoba: string | null;
  readonly waktuPenerapan: string | null;
  readonly rancangBangun: string | null;
  readonly tujuan: string | null;
  readonly manfaat: string | null;
  readonly hasil: string | null;
}

export interface ParsedInnovation {
  readonly line: number;
  readonly opdId: number;
  readonly nama: string;
  readonly profile: ParsedProfile;
  /** null = empty cell: keep the stored status (a new row starts as draf). */
  readonly status: InnovationStatus | null;
  /** Per SID code of the period; absent = empty cell. */
  readonly claimed: Readonly<Record<string, Level>>;
  readonly verified: Readonly<Record<string, Level>>;
  /** The ministry's verdict from the optional hasil_nasional column; null = empty or absent: keep. */
  readonly national?: NationalResult | null;
  /** The ministry's changed levels from level_nasional; undefined = empty or absent: keep. */
  readonly nationalLevels?: Readonly<Record<string, Level>>;
  /** The unit that runs it; undefined when the file has no unit_pelaksana column (kept as stored). */
  readonly unitPelaksana?: string | null;
  /** PKPN cluster id or "non"; undefined when the file has no pkpn column (kept as stored). */
  readonly pkpn?: string | null;
  /** Basis id per indicator with bases; undefined when the file has no dasar column. */
  readonly bases?: Readonly<Record<string, string>>;
}

export interface ParsedSpd {
  readonly line: number;
  readonly code: string;
  readonly level: Level | null;
}

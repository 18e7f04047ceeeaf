import type { Level, Period } from "../period/types.js";
import { NATIONAL_RESULTS, type InnovationStatus } from "../score/types.js";
import { parseLevelList } from "../score/national.js";
import { parseIndonesianDate, type IsoDate } from "../profile/dates.js";
import { getField, validateText, type FieldKey } from "../profile/fields.js";
import { charLength, normalizeLine, normalizeParagraphs } from "../profile/text.js";
import { opdNameKey } from "../opd/names.js";
import {
  basisHeader,
  CHOICE_COLUMNS,
  claimedHeader,
  headerKey,
  importHeaders,
  matchOption,
  NATIONAL_HEADER,
  NATIONAL_LEVELS_HEADER,
  splitList,
  STATUS_VALUES,
  verifiedHeader,
  type ProfileHeader,
  PKPN_HEADER,
  UNIT_HEADER,
} from "./columns.js";
import type { CellError, CellProblem, ParsedInnovation, ParsedProfile, Table, TableResult } from "./types.js";

export const IMPORT_MAX_ROWS = 5000;
/** Excel refuses longer cells; rancang bangun is the only column that can grow that long. */
export const CELL_MAX_CHARS = 32_000;
export const UNIT_MAX_CHARS = 200;

export interface OpdRef {
  readonly id: number;
  readonly name: string;
  readonly code: string | null;
}

/** Column index by header; missing required headers are reported once for the whole file. */
export function indexHeader(header: readonly string[], required: readonly string[]): { index: Map<string, number>; missing: string[] } {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const key = headerKey(h);
    if (key !== "" && !index.has(key)) index.set(key, i);
  });
  return { index, missing: required.filter((r) => !index.has(r)) };
}

export function parseLevel(raw: string): Level | null | "invalid" {
  const s = raw.trim();
  if (s === "") return null;
  return /^[0-3]$/.test(s) ? (Number(s) as Level) : "invalid";
}

const TEXT_FIELDS: Readonly<Partial<Record<ProfileHeader, FieldKey>>> = {
  nama_inisiator: "namaInisiator",
  tujuan: "tujuan",
  manfaat: "manfaat",
  hasil: "hasil",
};

/**
 * Checks every row and column of the Inovasi sheet against the period's rules (choices, tematik
 * of the year, dates, SID codes, levels). Nothing is returned as rows unless every cell is valid.
 */
export function parseInnovationTable(table: Table, period: Period, opdList: readonly OpdRef[]): TableResult<ParsedInnovation> {
  const { index, missing } = indexHeader(table.header, importHeaders(period));
  if (missing.length > 0) return { ok: false, errors: [], fileProblem: "missing-columns", missing };
  const rows = table.rows.filter((r) => r.cells.some((c) => c.trim() !== ""));
  if (rows.length === 0) return { ok: false, errors: [], fileProblem: "empty" };
  if (rows.length > IMPORT_MAX_ROWS) return { ok: false, errors: [], fileProblem: "too-many-rows" };

  const opdByKey = new Map<string, number>();
  for (const o of opdList) {
    opdByKey.set(opdNameKey(o.name), o.id);
    if (o.code) opdByKey.set(opdNameKey(o.code), o.id);
  }
  const errors: CellError[] = [];
  const parsed: ParsedInnovation[] = [];
  const seen = new Map<string, number>();

  for (const { line, cells } of rows) {
    const cell = (column: string) => cells[index.get(column)!] ?? "";
    const fail = (column: string, problem: CellProblem, detail?: number) =>
      errors.push({ line, column, problem, value: cell(column), ...(detail !== undefined ? { detail } : {}) });
    const before = errors.length;

    const opdId = opdByKey.get(opdNameKey(cell("opd")));
    if (normalizeLine(cell("opd")) === "") fail("opd", "required");
    else if (opdId === undefined) fail("opd", "opd-unknown");

    const nama = normalizeLine(cell("nama_inovasi"));
    const namaCheck = validateText(getField("nama"), cell("nama_inovasi"));
    if (!namaCheck.ok)
      fail(
        "nama_inovasi",
        namaCheck.code === "empty" ? "required" : namaCheck.code === "too-long" ? "too-long" : "too-short",
        "max" in namaCheck ? namaCheck.max : "min" in namaCheck ? namaCheck.min : undefined,
      );

    if (opdId !== undefined && namaCheck.ok) {
      const key = `${opdId}\u0000${nama.toLocaleLowerCase("id")}`;
      const first = seen.get(key);
      if (first !== undefined) fail("nama_inovasi", "duplicate-row", first);
      else seen.set(key, line);
    }

    const choice = (column: ProfileHeader): string | null => {
      const raw = normalizeLine(cell(column));
      if (raw === "") return null;
      const option = matchOption(CHOICE_COLUMNS[column]!, period, raw);
      if (!option) fail(column, "option-unknown");
      return option?.id ?? null;
    };
    const text = (column: ProfileHeader): string | null => {
      const field = getField(TEXT_FIELDS[column]!);
      if (normalizeParagraphs(cell(column)) === "") return null;
      const r = validateText(field, cell(column));
      if (r.ok) return r.value;
      if (r.code === "too-long") fail(column, "too-long", r.max);
      else if (r.code === "too-short") fail(column, "too-short", r.min);
      return null;
    };
    const date = (column: ProfileHeader): IsoDate | null => {
      let raw = normalizeLine(cell(column));
      if (raw === "") return null;
      // Spreadsheets save a typed date as a timestamp at midnight; the day is what counts.
      if (/^\d{4}-\d{2}-\d{2}T00:00(:00(\.0+)?)?(Z|[+-]00:?00)?$/.test(raw)) raw = raw.slice(0, 10);
      const r = parseIndonesianDate(raw);
      if (r.ok) return r.date;
      fail(column, r.reason === "format" ? "date-format" : "date-invalid");
      return null;
    };

    const urusanLain: string[] = [];
    for (const part of splitList(cell("urusan_lain"))) {
      const option = matchOption("urusan", period, part);
      if (!option) {
        errors.push({ line, column: "urusan_lain", problem: "option-unknown", value: part });
        continue;
      }
      if (!urusanLain.includes(option.id)) urusanLain.push(option.id);
    }

    const rancang = normalizeParagraphs(cell("rancang_bangun"));
    if (charLength(rancang) > CELL_MAX_CHARS) fail("rancang_bangun", "too-long", CELL_MAX_CHARS);

    const profile: ParsedProfile = {
      tahapan: choice("tahapan"),
      inisiator: choice("inisiator"),
      namaInisiator: text("nama_inisiator"),
      jenis: choice("jenis"),
      bentuk: choice("bentuk"),
      tematik: choice("tematik"),
      urusanUtama: choice("urusan_utama"),
      urusanLain,
      waktuUjiCoba: date("waktu_uji_coba"),
      waktuPenerapan: date("waktu_penerapan"),
      rancangBangun: rancang === "" ? null : rancang,
      tujuan: text("tujuan"),
      manfaat: text("manfaat"),
      hasil: text("hasil"),
    };
    if (profile.waktuUjiCoba && profile.waktuPenerapan && profile.waktuPenerapan < profile.waktuUjiCoba) {
      fail("waktu_penerapan", "date-order");
    }

    const statusRaw = normalizeLine(cell("status")).toLowerCase();
    const status = statusRaw === "" ? null : (STATUS_VALUES.find((s) => s === statusRaw) ?? null);
    if (statusRaw !== "" && status === null) fail("status", "status-unknown");

    const claimed: Record<string, Level> = {};
    const verified: Record<string, Level> = {};
    for (const ind of period.sid) {
      for (const [header, into] of [
        [claimedHeader(ind.code), claimed],
        [verifiedHeader(ind.code), verified],
      ] as const) {
        const level = parseLevel(cell(header));
        if (level === "invalid") fail(header, "level-invalid");
        else if (level !== null) into[ind.code] = level;
      }
    }

    const nationalRaw = index.has(NATIONAL_HEADER) ? normalizeLine(cell(NATIONAL_HEADER)).toLowerCase() : "";
    const national = nationalRaw === "" ? null : (NATIONAL_RESULTS.find((r) => r === nationalRaw) ?? null);
    if (nationalRaw !== "" && national === null) fail(NATIONAL_HEADER, "national-unknown");
    // The same text /hasil_nasional takes in chat, read by the same parser.
    const levelsRaw = index.has(NATIONAL_LEVELS_HEADER) ? normalizeLine(cell(NATIONAL_LEVELS_HEADER)) : "";
    let nationalLevels: Readonly<Record<string, Level>> | undefined;
    if (levelsRaw !== "") {
      const parsedLevels = levelsRaw.length <= 500 ? parseLevelList(levelsRaw, period) : null;
      if (national !== "diterima") fail(NATIONAL_LEVELS_HEADER, "national-levels-without-diterima");
      else if (!parsedLevels?.ok) fail(NATIONAL_LEVELS_HEADER, "national-levels-invalid");
      else nationalLevels = parsedLevels.levels;
    }

    // Optional columns (issue 16): read only when the file has them.
    const unitRaw = index.has(UNIT_HEADER) ? normalizeLine(cell(UNIT_HEADER)) : undefined;
    if (unitRaw !== undefined && charLength(unitRaw) > UNIT_MAX_CHARS) fail(UNIT_HEADER, "too-long", UNIT_MAX_CHARS);
    const unitPelaksana = unitRaw === undefined ? undefined : unitRaw === "" ? null : unitRaw;
    const pkpnRaw = index.has(PKPN_HEADER) ? normalizeLine(cell(PKPN_HEADER)) : undefined;
    const pkpnOption = pkpnRaw ? matchOption("pkpn", period, pkpnRaw) : undefined;
    if (pkpnRaw && !pkpnOption) fail(PKPN_HEADER, "option-unknown");
    const pkpn = pkpnRaw === undefined ? undefined : (pkpnOption?.id ?? null);
    let bases: Record<string, string> | undefined;
    for (const ind of period.sid.filter((s) => s.bases && index.has(basisHeader(s.code)))) {
      bases ??= {};
      const raw = normalizeLine(cell(basisHeader(ind.code))).toLocaleLowerCase("id");
      if (raw === "") continue;
      const basis = ind.bases!.find((b) => b.id === raw || b.name.toLocaleLowerCase("id") === raw);
      if (basis) bases[ind.code] = basis.id;
      else fail(basisHeader(ind.code), "basis-unknown");
    }

    if (errors.length === before) {
      parsed.push({
        line,
        opdId: opdId!,
        nama,
        profile,
        status: status as InnovationStatus | null,
        claimed,
        verified,
        national,
        ...(nationalLevels !== undefined ? { nationalLevels } : {}),
        ...(unitPelaksana !== undefined ? { unitPelaksana } : {}),
        ...(pkpn !== undefined ? { pkpn } : {}),
        ...(bases !== undefined ? { bases } : {}),
      });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows: parsed };
}

import type { Period } from "../period/index.js";
import type { InnovationStatus } from "../score/types.js";
import { optionsOf, type ChoiceOption, type OptionSource } from "../profile/options.js";
import { normalizeLine } from "../profile/text.js";

// The Inovasi sheet's columns (issue 7, README "Impor/ekspor: kolom"). Header names are part of
// the file format people keep in spreadsheets: never rename one.

export const PROFILE_HEADERS = [
  "opd",
  "nama_inovasi",
  "tahapan",
  "inisiator",
  "nama_inisiator",
  "jenis",
  "bentuk",
  "tematik",
  "urusan_utama",
  "urusan_lain",
  "waktu_uji_coba",
  "waktu_penerapan",
  "rancang_bangun",
  "tujuan",
  "manfaat",
  "hasil",
  "status",
] as const;
export type ProfileHeader = (typeof PROFILE_HEADERS)[number];

export const SPD_HEADERS = ["kode", "level"] as const;

/**
 * Optional column: the ministry's verdict per innovation (diterima / ditolak) after national
 * verification. The export writes it; a file without it, or an empty cell, keeps what is stored.
 */
export const NATIONAL_HEADER = "hasil_nasional";
/**
 * Optional column beside it: the levels the ministry changed, typed as in /hasil_nasional
 * ("16=3, 17=2"), only with hasil_nasional = diterima. Empty or absent keeps what is stored.
 */
export const NATIONAL_LEVELS_HEADER = "level_nasional";

/** Choice columns and where their options come from; files carry labels, ids are also accepted. */
export const CHOICE_COLUMNS: Readonly<Partial<Record<ProfileHeader, OptionSource>>> = {
  tahapan: "tahapan",
  inisiator: "inisiator",
  jenis: "jenis",
  bentuk: "bentuk",
  tematik: "tematik",
  urusan_utama: "urusan",
};

export const claimedHeader = (code: string): string => `i${code}`;
export const verifiedHeader = (code: string): string => `v${code}`;

/** i16 … i35 then v16 … v35, in the period's catalog order. */
export function levelHeaders(period: Period): string[] {
  return [...period.sid.map((s) => claimedHeader(s.code)), ...period.sid.map((s) => verifiedHeader(s.code))];
}

/** Every column the importer requires, in export order. */
export function importHeaders(period: Period): string[] {
  return [...PROFILE_HEADERS, ...levelHeaders(period)];
}

export const UNIT_HEADER = "unit_pelaksana";
/** PKPN cluster (name or id, or "Non PKPN"); optional so files made before it still import. */
export const PKPN_HEADER = "pkpn";
export const basisHeader = (code: string): string => `dasar_i${code}`;

/**
 * Columns added after files were already in use (issue 16): read when present, so an older
 * file without them still imports and leaves those values as they are.
 */
export function optionalHeaders(period: Period): string[] {
  return [UNIT_HEADER, PKPN_HEADER, ...period.sid.filter((s) => s.bases).map((s) => basisHeader(s.code))];
}

/** Header cells are matched without case, spaces or a BOM, so "Nama Inovasi" still finds nama_inovasi. */
export function headerKey(raw: string): string {
  return normalizeLine(raw.replace(/^\uFEFF/, ""))
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}

const choiceKey = (s: string): string => normalizeLine(s).toLocaleLowerCase("id");

/** Finds an option by its label or its id, ignoring case and spacing. */
export function matchOption(source: OptionSource, period: Period, raw: string): ChoiceOption | undefined {
  const key = choiceKey(raw);
  return optionsOf(source, period).find((o) => choiceKey(o.label) === key || o.id.toLowerCase() === key);
}

export function optionLabel(source: OptionSource, period: Period, id: string | null | undefined): string {
  if (!id) return "";
  return optionsOf(source, period).find((o) => o.id === id)?.label ?? id;
}

/** Several urusan in one cell: separated by ";" or line breaks (their names contain commas). */
export function splitList(raw: string): string[] {
  return raw
    .split(/[;\n]/)
    .map((s) => normalizeLine(s))
    .filter((s) => s !== "");
}

export const LIST_SEPARATOR = "; ";

export const STATUS_VALUES: readonly InnovationStatus[] = ["draf", "diajukan", "dikembalikan", "terverifikasi", "ditarik"];

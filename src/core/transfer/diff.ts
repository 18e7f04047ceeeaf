import type { Level } from "../period/types.js";
import type { Period } from "../period/types.js";
import type { InnovationStatus, NationalResult } from "../score/types.js";
import { normalizeParagraphs } from "../profile/text.js";
import { formatLevelList, nationalBase, nationalChanges, nationalRecord } from "../score/national.js";
import type { ParsedInnovation, ParsedProfile, ParsedSpd } from "./types.js";

// "Importing a file that was just exported changes nothing": every stored value is compared with
// the file's value after both are normalized the same way, and a row is touched only when at
// least one column really differs. Equivalent empties (null, "", []) are equal.

/** The stored columns an import may change (the drizzle row type fits this shape). */
export interface StoredInnovation {
  readonly id: number;
  readonly opdId: number;
  readonly nama: string;
  readonly status: InnovationStatus;
  readonly tahapan: string | null;
  readonly inisiator: string | null;
  readonly namaInisiator: string | null;
  readonly jenis: string | null;
  readonly bentuk: string | null;
  readonly tematik: string | null;
  readonly urusanUtama: string | null;
  readonly urusanLain: readonly string[] | null;
  readonly waktuUjiCoba: string | null;
  readonly waktuPenerapan: string | null;
  readonly rancangBangun: readonly string[] | null;
  readonly tujuan: string | null;
  readonly manfaat: string | null;
  readonly hasil: string | null;
  readonly claimedLevels: Readonly<Record<string, Level>>;
  readonly verifiedLevels: Readonly<Record<string, Level | null>>;
  readonly nationalResult?: NationalResult | null;
  readonly nationalLevels?: Readonly<Record<string, Level | null>> | null;
  readonly unitPelaksana: string | null;
  readonly pkpn?: string | null;
  readonly claimedBases: Readonly<Record<string, string>>;
}

export type InnovationPatch = {
  -readonly [K in Exclude<
    keyof StoredInnovation,
    "id" | "opdId" | "urusanLain" | "rancangBangun" | "claimedLevels" | "verifiedLevels" | "claimedBases" | "nationalLevels"
  >]?: StoredInnovation[K];
} & {
  urusanLain?: string[];
  rancangBangun?: string[] | null;
  claimedLevels?: Record<string, Level>;
  verifiedLevels?: Record<string, Level | null>;
  claimedBases?: Record<string, string>;
  nationalLevels?: Record<string, Level | null> | null;
};

export interface ImportPlan {
  readonly add: ParsedInnovation[];
  readonly update: { readonly id: number; readonly line: number; readonly from: InnovationStatus; readonly patch: InnovationPatch }[];
  readonly unchanged: number;
}

/** Rancang bangun is kept as the parts an operator sent; the file holds them as one text. */
export function joinParts(parts: readonly string[] | null): string {
  return parts ? normalizeParagraphs(parts.join("\n\n")) : "";
}

type SimpleKey = Exclude<keyof ParsedProfile, "urusanLain" | "rancangBangun">;
const SIMPLE: readonly SimpleKey[] = [
  "tahapan",
  "inisiator",
  "namaInisiator",
  "jenis",
  "bentuk",
  "tematik",
  "urusanUtama",
  "waktuUjiCoba",
  "waktuPenerapan",
  "tujuan",
  "manfaat",
  "hasil",
];

const emptyToNull = (v: string | null): string | null => (v === null || v === "" ? null : v);

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The changed columns of one stored innovation, or null when the row equals what is stored. */
export function diffInnovation(period: Period, stored: StoredInnovation, row: ParsedInnovation): InnovationPatch | null {
  const patch: InnovationPatch = {};
  if (stored.nama !== row.nama) patch.nama = row.nama;
  for (const key of SIMPLE) {
    if (emptyToNull(stored[key]) !== row.profile[key]) (patch as Record<string, unknown>)[key] = row.profile[key];
  }
  if (!sameList(stored.urusanLain ?? [], row.profile.urusanLain)) patch.urusanLain = [...row.profile.urusanLain];
  if (joinParts(stored.rancangBangun) !== (row.profile.rancangBangun ?? "")) {
    patch.rancangBangun = row.profile.rancangBangun === null ? null : [row.profile.rancangBangun];
  }
  if (row.status !== null && row.status !== stored.status) patch.status = row.status;

  const codes = period.sid.map((s) => s.code);
  if (codes.some((c) => stored.claimedLevels[c] !== row.claimed[c])) {
    const claimed: Record<string, Level> = { ...stored.claimedLevels };
    for (const c of codes) {
      const v = row.claimed[c];
      if (v === undefined) delete claimed[c];
      else claimed[c] = v;
    }
    patch.claimedLevels = claimed;
  }
  if (codes.some((c) => (stored.verifiedLevels[c] ?? null) !== (row.verified[c] ?? null))) {
    const verified: Record<string, Level | null> = { ...stored.verifiedLevels };
    for (const c of codes) {
      const v = row.verified[c];
      if (v !== undefined) verified[c] = v;
      else if (verified[c] !== null) delete verified[c];
    }
    patch.verifiedLevels = verified;
  }
  nationalPatch(period, stored, row, patch);
  if (row.unitPelaksana !== undefined && emptyToNull(stored.unitPelaksana) !== row.unitPelaksana) patch.unitPelaksana = row.unitPelaksana;
  if (row.pkpn !== undefined && emptyToNull(stored.pkpn ?? null) !== row.pkpn) patch.pkpn = row.pkpn;
  if (row.bases !== undefined) {
    const withBases = period.sid.filter((s) => s.bases).map((s) => s.code);
    if (withBases.some((c) => (stored.claimedBases[c] ?? null) !== (row.bases?.[c] ?? null))) {
      const bases: Record<string, string> = { ...stored.claimedBases };
      for (const c of withBases) {
        const v = row.bases[c];
        if (v === undefined) delete bases[c];
        else bases[c] = v;
      }
      patch.claimedBases = bases;
    }
  }
  return Object.keys(patch).length > 0 ? patch : null;
}

/**
 * The ministry's verdict and changed levels, as /hasil_nasional records them: a new verdict
 * replaces the levels (ditolak has none); level_nasional, compared as the changes over the
 * base, is written only when it differs, so a re-imported export changes nothing.
 */
function nationalPatch(period: Period, stored: StoredInnovation, row: ParsedInnovation, patch: InnovationPatch): void {
  const base = nationalBase(patch.status ?? stored.status, patch.claimedLevels ?? stored.claimedLevels, patch.verifiedLevels ?? stored.verifiedLevels);
  const verdictChanged = row.national && row.national !== (stored.nationalResult ?? null);
  if (verdictChanged) {
    patch.nationalResult = row.national;
    patch.nationalLevels = row.nationalLevels ? nationalRecord(base, row.nationalLevels) : null;
    return;
  }
  if (!row.nationalLevels) return;
  const current = formatLevelList(period, nationalChanges(period, stored.nationalLevels, base));
  if (current !== formatLevelList(period, row.nationalLevels)) patch.nationalLevels = nationalRecord(base, row.nationalLevels);
}

const rowKey = (opdId: number, nama: string): string => `${opdId}\u0000${nama.toLocaleLowerCase("id")}`;

/** Rows are matched on (opd, nama_inovasi) within the period, ignoring case. */
export function planInnovationImport(period: Period, stored: readonly StoredInnovation[], rows: readonly ParsedInnovation[]): ImportPlan {
  const byKey = new Map(stored.map((s) => [rowKey(s.opdId, s.nama), s]));
  const add: ParsedInnovation[] = [];
  const update: ImportPlan["update"][number][] = [];
  let unchanged = 0;
  for (const row of rows) {
    const current = byKey.get(rowKey(row.opdId, row.nama));
    if (!current) add.push(row);
    else {
      const patch = diffInnovation(period, current, row);
      if (patch) update.push({ id: current.id, line: row.line, from: current.status, patch });
      else unchanged += 1;
    }
  }
  return { add, update, unchanged };
}

export interface SpdPlan {
  readonly set: { code: string; level: Level }[];
  readonly clear: string[];
}

/** SPD rows: a level sets the code, an empty level clears it; equal values are skipped. */
export function planSpdImport(stored: Readonly<Record<string, Level>>, rows: readonly ParsedSpd[]): SpdPlan {
  const set: SpdPlan["set"] = [];
  const clear: string[] = [];
  for (const r of rows) {
    if (r.level === null) {
      if (stored[r.code] !== undefined) clear.push(r.code);
    } else if (stored[r.code] !== r.level) set.push({ code: r.code, level: r.level });
  }
  return { set, clear };
}

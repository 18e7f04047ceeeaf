import { OPD_UNIT_KINDS } from "../../db/schema.js";
import { parseCsv } from "./csv.js";
import { checkOpdName, cleanOpdName, normalizeOpdCode, opdNameKey } from "./names.js";

// Units under an OPD (UPT, puskesmas, sekolah, kelurahan) that run innovations. An admin sends
// them one per line for one OPD ("Puskesmas Ciracas | puskesmas"), or a CSV for many OPDs at
// once (kode_opd;unit;jenis). Nothing is stored unless every line is good.

export type UnitKind = (typeof OPD_UNIT_KINDS)[number];
export const UNIT_MAX_ROWS = 1000;

export interface UnitRow {
  readonly opdId: number;
  readonly name: string;
  readonly kind: UnitKind;
}

export type UnitProblem = "name-empty" | "name-too-short" | "name-too-long" | "kind-unknown" | "opd-unknown" | "duplicate";
export interface UnitError {
  readonly line: number;
  readonly problem: UnitProblem;
  readonly value: string;
}
export type UnitPlan = { ok: true; units: UnitRow[] } | { ok: false; errors: UnitError[]; fileProblem?: "empty" | "too-many-rows" | "no-header" };

/** The kind a unit's name shows when none is given: "Puskesmas Ciracas" is a puskesmas. */
export function guessUnitKind(name: string): UnitKind {
  const n = name.toLowerCase();
  if (/^(uptd?|upt)\b/.test(n)) return "upt";
  if (/^puskesmas\b/.test(n)) return "puskesmas";
  if (/^kelurahan\b/.test(n)) return "kelurahan";
  if (/^(sdn?|smpn?|sman?|smkn?|tk|paud|sekolah)\b/.test(n)) return "sekolah";
  return "lainnya";
}

function kindOf(raw: string | undefined, name: string): UnitKind | null {
  const k = (raw ?? "").trim().toLowerCase();
  if (k === "") return guessUnitKind(name);
  return (OPD_UNIT_KINDS as readonly string[]).includes(k) ? (k as UnitKind) : null;
}

function collect(rows: { line: number; opdId: number | null; opdValue: string; name: string; kind: string | undefined }[]): UnitPlan {
  const errors: UnitError[] = [];
  const units: UnitRow[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const nameProblem = checkOpdName(r.name);
    if (r.opdId === null) errors.push({ line: r.line, problem: "opd-unknown", value: r.opdValue });
    if (nameProblem) {
      errors.push({ line: r.line, problem: nameProblem, value: r.name });
      continue;
    }
    const name = cleanOpdName(r.name);
    const kind = kindOf(r.kind, name);
    if (kind === null) errors.push({ line: r.line, problem: "kind-unknown", value: (r.kind ?? "").trim() });
    const key = `${r.opdId}:${opdNameKey(name)}`;
    if (seen.has(key)) errors.push({ line: r.line, problem: "duplicate", value: name });
    seen.add(key);
    if (r.opdId !== null && kind !== null) units.push({ opdId: r.opdId, name, kind });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, units };
}

/** One unit per line for one OPD: "Nama unit" or "Nama unit | jenis". */
export function planUnitLines(text: string, opdId: number): UnitPlan {
  const lines = text.split(/\r?\n/).map((raw, i) => ({ raw, line: i + 1 }));
  const rows = lines
    .filter((l) => l.raw.trim() !== "")
    .map((l) => {
      const [name = "", kind] = l.raw.split("|");
      return { line: l.line, opdId, opdValue: "", name, kind };
    });
  if (rows.length === 0) return { ok: false, errors: [], fileProblem: "empty" };
  if (rows.length > UNIT_MAX_ROWS) return { ok: false, errors: [], fileProblem: "too-many-rows" };
  return collect(rows);
}

/** A CSV with the header kode_opd, unit and (optional) jenis; each OPD found by its code. */
export function planUnitCsv(text: string, opdIdByCode: ReadonlyMap<string, number>): UnitPlan {
  const rows = parseCsv(text).filter((r) => r.some((c) => c.trim() !== ""));
  const [header, ...body] = rows;
  if (!header) return { ok: false, errors: [], fileProblem: "empty" };
  const col = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const [codeAt, unitAt, kindAt] = [col("kode_opd"), col("unit"), col("jenis")];
  if (codeAt < 0 || unitAt < 0) return { ok: false, errors: [], fileProblem: "no-header" };
  if (body.length === 0) return { ok: false, errors: [], fileProblem: "empty" };
  if (body.length > UNIT_MAX_ROWS) return { ok: false, errors: [], fileProblem: "too-many-rows" };
  return collect(
    body.map((r, i) => {
      const code = normalizeOpdCode(r[codeAt] ?? "");
      return { line: i + 2, opdId: opdIdByCode.get(code) ?? null, opdValue: code, name: r[unitAt] ?? "", kind: kindAt >= 0 ? r[kindAt] : undefined };
    }),
  );
}

import { refreshScoreColumns } from "./score-columns.js";
import { and, eq } from "../orm.js";
import type { Db } from "../client.js";
import { announcements, innovations, invitations, opds, opdUnits, people, type Opd } from "../schema.js";
import { cleanOpdName, opdNameKey } from "../../core/opd/names.js";
import { OPD_CORRECTIONS_2026, type OpdCorrection } from "../../data/opd-kota-serang.js";
import { audit } from "./audit.js";
import { innovationNameKey } from "./innovations.js";
import { readState, writeState } from "./app-state.js";

// Brings a registry seeded with the earlier OPD list to the perangkat daerah in use today (see
// src/data/opd-kota-serang.ts), once per database. Everything is matched by code, so an OPD an
// admin renamed is still found; nothing is deleted: a merged OPD is deactivated after its
// people, invitations, innovations and units have moved, and every step is in the audit log.

const STATE_KEY = "opd-corrections";
const VERSION = "2026-1";

function byCode(db: Db, code: string): Opd | undefined {
  return db.select().from(opds).where(eq(opds.code, code)).get();
}

function byName(db: Db, name: string): Opd | undefined {
  return db
    .select()
    .from(opds)
    .where(eq(opds.nameKey, opdNameKey(name)))
    .get();
}

function setNameAndCode(db: Db, id: number, name: string, code: string, now: Date) {
  const clean = cleanOpdName(name);
  db.update(opds)
    .set({ name: clean, nameKey: opdNameKey(clean), code, active: true, updatedAt: now })
    .where(eq(opds.id, id))
    .run();
}

/** Moves one OPD's innovations to another; a name the target already has in that period gets "(KODE)". */
function moveInnovations(db: Db, from: Opd, to: Opd, unit: string | undefined, now: Date): { moved: number; renamed: string[] } {
  const list = db.select().from(innovations).where(eq(innovations.opdId, from.id)).all();
  const renamed: string[] = [];
  for (const inn of list) {
    const clash = db
      .select({ id: innovations.id })
      .from(innovations)
      .where(and(eq(innovations.opdId, to.id), eq(innovations.periodYear, inn.periodYear), eq(innovations.namaKey, inn.namaKey)))
      .get();
    const nama = clash ? `${inn.nama} (${from.code ?? from.id})` : inn.nama;
    if (clash) renamed.push(nama);
    db.update(innovations)
      .set({ opdId: to.id, nama, namaKey: innovationNameKey(nama), unitPelaksana: inn.unitPelaksana ?? unit ?? null, updatedAt: now })
      .where(eq(innovations.id, inn.id))
      .run();
    refreshScoreColumns(db, inn.id);
  }
  return { moved: list.length, renamed };
}

function addUnit(db: Db, opdId: number, name: string, now: Date) {
  const nameKey = opdNameKey(name);
  const exists = db
    .select({ id: opdUnits.id })
    .from(opdUnits)
    .where(and(eq(opdUnits.opdId, opdId), eq(opdUnits.nameKey, nameKey)))
    .get();
  if (!exists) db.insert(opdUnits).values({ opdId, name, nameKey, kind: "lainnya", active: true, createdAt: now }).run();
}

function merge(db: Db, c: Extract<OpdCorrection, { kind: "merge" }>, now: Date) {
  const sources = c.from.map((code) => byCode(db, code)).filter((o): o is Opd => o !== undefined);
  let target = byCode(db, c.to) ?? byName(db, c.name);
  if (!target) {
    // The first former OPD becomes the merged one, keeping its id (and so its history).
    const first = sources.shift();
    if (!first) return;
    setNameAndCode(db, first.id, c.name, c.to, now);
    audit(db, {
      actorId: null,
      action: "opd.rename",
      target: `opd:${first.id}`,
      detail: { from: { name: first.name, code: first.code }, to: { name: c.name, code: c.to }, by: "koreksi daftar OPD" },
      at: now,
    });
    target = byCode(db, c.to)!;
  } else if (target.name !== c.name || target.code !== c.to || !target.active) {
    setNameAndCode(db, target.id, c.name, c.to, now);
    target = byCode(db, c.to)!;
  }
  for (const from of sources) {
    if (from.id === target.id) continue;
    const unit = c.unitFor?.[from.code ?? ""];
    if (unit) addUnit(db, target.id, unit, now);
    const peopleMoved = db.update(people).set({ opdId: target.id, updatedAt: now }).where(eq(people.opdId, from.id)).run().changes;
    db.update(invitations).set({ opdId: target.id }).where(eq(invitations.opdId, from.id)).run();
    db.update(announcements).set({ opdId: target.id }).where(eq(announcements.opdId, from.id)).run();
    const units = db.select().from(opdUnits).where(eq(opdUnits.opdId, from.id)).all();
    for (const u of units) {
      const clash = db
        .select({ id: opdUnits.id })
        .from(opdUnits)
        .where(and(eq(opdUnits.opdId, target.id), eq(opdUnits.nameKey, u.nameKey)))
        .get();
      if (clash) db.update(opdUnits).set({ active: false }).where(eq(opdUnits.id, u.id)).run();
      else db.update(opdUnits).set({ opdId: target.id }).where(eq(opdUnits.id, u.id)).run();
    }
    const { moved, renamed } = moveInnovations(db, from, target, unit, now);
    db.update(opds).set({ active: false, updatedAt: now }).where(eq(opds.id, from.id)).run();
    audit(db, {
      actorId: null,
      action: "opd.merge",
      target: `opd:${target.id}`,
      detail: {
        from: { id: from.id, name: from.name, code: from.code },
        to: { id: target.id, name: target.name, code: target.code },
        people: peopleMoved,
        innovations: moved,
        renamed,
        by: "koreksi daftar OPD",
      },
      at: now,
    });
  }
}

function rename(db: Db, c: Extract<OpdCorrection, { kind: "rename" }>, now: Date) {
  const row = byCode(db, c.code);
  if (!row) return;
  const code = c.newCode ?? c.code;
  if (row.name === c.name && row.code === code) return;
  const other = byName(db, c.name) ?? (code !== c.code ? byCode(db, code) : undefined);
  if (other && other.id !== row.id) {
    // Someone already added the office under its right name: the two become one.
    merge(db, { kind: "merge", from: [c.code], to: code, name: c.name }, now);
    return;
  }
  setNameAndCode(db, row.id, c.name, code, now);
  audit(db, {
    actorId: null,
    action: "opd.rename",
    target: `opd:${row.id}`,
    detail: { from: { name: row.name, code: row.code }, to: { name: c.name, code }, by: "koreksi daftar OPD" },
    at: now,
  });
}

/** Applies the corrections once per database (a fresh one has nothing to correct). Returns whether they ran now. */
export function correctOpdList(db: Db, now: Date, corrections: readonly OpdCorrection[] = OPD_CORRECTIONS_2026): boolean {
  if (readState(db, STATE_KEY) === VERSION) return false;
  db.transaction((tx) => {
    for (const c of corrections) {
      if (c.kind === "merge") merge(tx, c, now);
      else rename(tx, c, now);
    }
    writeState(tx, STATE_KEY, VERSION, now);
  });
  return true;
}

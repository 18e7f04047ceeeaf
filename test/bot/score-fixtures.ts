import { refreshScoreColumns } from "../../src/db/repo/score-columns.js";
import type { Harness } from "../helpers/harness.js";
import { findOpdByName } from "../../src/db/repo/opds.js";
import { createInnovation, setStatus, updateProfile } from "../../src/db/repo/innovations.js";
import { setSpdLevel } from "../../src/db/repo/spd.js";
import { innovations, type InnovationStatus } from "../../src/db/schema.js";
import { eq } from "../../src/db/orm.js";
import type { Level } from "../../src/core/period/index.js";

/** Seeds one innovation directly through the repository, with all its levels at once. */
export function seedInnovation(
  h: Harness,
  o: {
    opd: string;
    year: number;
    nama: string;
    createdBy: number;
    status?: InnovationStatus;
    urusan?: string;
    claimed?: Record<string, Level>;
    verified?: Record<string, Level | null>;
  },
): number {
  const opdId = findOpdByName(h.db, o.opd)!.id;
  const inv = createInnovation(h.db, { opdId, periodYear: o.year, createdBy: o.createdBy, nama: o.nama }, h.now());
  updateProfile(h.db, inv.id, { urusanUtama: o.urusan ?? "statistik", urusanLain: [] }, h.now());
  // One update for all levels: setClaimedLevel is per indicator and would make seeding slow.
  h.db
    .update(innovations)
    .set({ claimedLevels: o.claimed ?? {}, verifiedLevels: o.verified ?? {} })
    .where(eq(innovations.id, inv.id))
    .run();
  // What every writer of an innovation does after its write (score columns and cached inputs).
  refreshScoreColumns(h.db, inv.id);
  if (o.status && o.status !== "draf") setStatus(h.db, inv.id, o.status, h.now());
  return inv.id;
}

export function seedSpd(h: Harness, year: number, levels: Record<string, Level>, by: number) {
  for (const [code, level] of Object.entries(levels)) setSpdLevel(h.db, { periodYear: year, code, level, updatedBy: by }, h.now());
}

/** The six yandas, then non-yandas urusan. */
export const URUSAN_CYCLE = ["pendidikan", "kesehatan", "pupr", "perkim", "trantibum-linmas", "sosial"];

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Harness } from "./harness.js";
import type { TestUser } from "./test-user.js";
import { addEvidence, createInnovation, setClaimedLevel, updateProfile, type ProfilePatch } from "../../src/db/repo/innovations.js";
import type { Innovation, Person } from "../../src/db/schema.js";
import { PERIOD_2026 } from "../../src/core/period/index.js";

/** A harness whose evidence files land in a temporary folder, never in the repository. */
export function innovationHarness(env: Record<string, string> = {}): { h: Harness; evidenceDir: string } {
  const evidenceDir = mkdtempSync(join(tmpdir(), "inovasi-bukti-"));
  return { h: new Harness({ env: { EVIDENCE_DIR: evidenceDir, ...env } }), evidenceDir };
}

/** `n` distinct words, so the rancang bangun word count is exact. */
export function words(n: number, stem = "kata"): string {
  return Array.from({ length: n }, (_, i) => `${stem}${i + 1}`).join(" ");
}

export const PDF = Buffer.from("%PDF-1.4\n% uji\n");

export function rows(h: Harness, sql: string): any[] {
  return h.database.sqlite.prepare(sql).all();
}

export function innovationRows(h: Harness): any[] {
  return rows(h, "select * from innovations order by id");
}

/** Answers the profile from the name question up to the first indicator, with valid answers. */
export async function fillProfile(op: TestUser, name = "Si Cantik Sehat") {
  await op.send(name);
  await op.press("Uji coba");
  await op.press("ASN");
  await op.send("dr. Rina Marlina");
  await op.press("Digital");
  await op.press("Inovasi pelayanan publik");
  await op.press(/^SDM, sains/);
  await op.press("Kesehatan");
  await op.press("Sosial");
  await op.press(/^Selesai/);
  await op.send("17 Agustus 2024");
  await op.send("02/01/2025");
  await op.send(words(310));
  await op.press(/^Selesai/);
  await op.send("Menurunkan angka stunting di Kota Serang lewat pemantauan gizi daring.");
  await op.send("Ibu dan balita terpantau setiap bulan tanpa antre di puskesmas.");
  await op.send("Cakupan pemantauan gizi naik dari 60% menjadi 92% dalam satu tahun.");
}

/** The codes the 2026 catalog marks wajib: a level and evidence are needed to submit. */
export const WAJIB_2026 = ["16", "17", "32", "33", "35"];

/** Valid answers for every profile field, as stored (option ids, ISO dates). */
export const COMPLETE_PROFILE: ProfilePatch = {
  tahapan: "penerapan",
  inisiator: "opd",
  jenis: "digital",
  bentuk: "pelayanan",
  tematik: "asta-cita-4",
  urusanUtama: "kesehatan",
  urusanLain: [],
  waktuUjiCoba: "2024-03-01",
  waktuPenerapan: "2024-07-01",
  rancangBangun: [words(300)],
  tujuan: "Tujuan yang cukup panjang untuk diterima.",
  manfaat: "Manfaat yang cukup panjang untuk diterima.",
  hasil: "Hasil yang cukup panjang untuk diterima.",
};

/** A draft of the person's OPD with a complete profile (and any overrides), written straight to the database. */
export function seedDraft(h: Harness, person: Person, nama: string, patch: ProfilePatch = {}): Innovation {
  const inn = createInnovation(h.db, { opdId: person.opdId!, periodYear: 2026, createdBy: person.id, nama }, h.now());
  updateProfile(h.db, inn.id, { ...COMPLETE_PROFILE, ...patch }, h.now());
  return inn;
}

/** A draft that may be submitted: complete profile, every wajib indicator with a level and a file. */
export function readyDraft(hh: Harness, person: Person, name: string): number {
  const inn = seedDraft(hh, person, name);
  for (const code of WAJIB_2026) {
    setClaimedLevel(hh.db, inn.id, code, 2, hh.now());
    seedProof(hh, person, inn.id, code, `https://contoh.go.id/${code}`);
  }
  return inn.id;
}

/**
 * Evidence of a kind the 2026 indicator accepts: a link where it takes one, else a PDF kept
 * by Telegram id (PDF-only indicators such as 16 refuse links).
 */
export function seedProof(hh: Harness, person: Person, innovationId: number, code: string, url = "https://contoh.go.id/sk") {
  const takesLink = PERIOD_2026.sid.find((i) => i.code === code)?.evidence.includes("link") ?? true;
  const base = { scope: "sid" as const, innovationId, periodYear: 2026, indicatorCode: code, createdBy: person.id, createdAt: hh.now() };
  return takesLink
    ? addEvidence(hh.db, { ...base, kind: "link", url })
    : addEvidence(hh.db, {
        ...base,
        kind: "pdf",
        fileName: `sk-${code}.pdf`,
        mimeType: "application/pdf",
        sizeBytes: 1000,
        telegramFileId: `seed-${code}`,
        telegramFileUniqueId: `seed-${code}-${innovationId}`,
      });
}

/** Every 2026 indicator answered but `except`: wajib ones at level 1 with proof (seedProof), the rest at level 0. */
export function answerAllIndicators(hh: Harness, person: Person, innovationId: number, except?: string): void {
  for (const ind of PERIOD_2026.sid) {
    if (ind.code === except) continue;
    setClaimedLevel(hh.db, innovationId, ind.code, ind.wajib ? 1 : 0, hh.now());
    if (!ind.wajib) continue;
    seedProof(hh, person, innovationId, ind.code);
  }
}

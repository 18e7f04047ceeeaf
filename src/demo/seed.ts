import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Db } from "../db/client.js";
import { seedReferenceData } from "../db/seed.js";
import { findOpdByCode, listOpds } from "../db/repo/opds.js";
import { ensureConfiguredAdmin, listActivePeople, registerPerson } from "../db/repo/people.js";
import { getActivePeriod } from "../db/repo/periods.js";
import {
  addEvidence,
  approveInnovation,
  createInnovation,
  setClaimedLevel,
  setEvidenceLocalPath,
  setStatus,
  updateProfile,
  type ProfilePatch,
} from "../db/repo/innovations.js";
import { setSpdLevel } from "../db/repo/spd.js";
import { createDeadline } from "../db/repo/deadlines.js";
import type { InnovationStatus, Opd, Person } from "../db/schema.js";
import { samplePdf, samplePng } from "./sample-files.js";

/** A person the demo page offers as a tab: their Telegram id is what the bot knows them by. */
export interface Persona {
  id: number;
  name: string;
  role: "admin" | "operator" | "pimpinan" | "tamu";
  opd: string | null;
}

export const DEMO_ADMIN_ID = 700001;

/**
 * Sample data, all of it made up for the demo (names of people and innovations are fictional;
 * the OPD list is the real one the bot ships). Statuses cover every stage of the review.
 */
const SAMPLES: { opd: string; nama: string; status: InnovationStatus; urusan: string; digital: boolean }[] = [
  { opd: "DINKES", nama: "Si Cantik Sehat (pemantauan gizi balita daring)", status: "terverifikasi", urusan: "kesehatan", digital: true },
  { opd: "DINKES", nama: "Posyandu Keliling Lansia", status: "diajukan", urusan: "kesehatan", digital: false },
  { opd: "DINKES", nama: "Antrean Puskesmas lewat WhatsApp", status: "draf", urusan: "kesehatan", digital: true },
  { opd: "DINDIKBUD", nama: "Sekolah Ramah Baca Serang", status: "terverifikasi", urusan: "pendidikan", digital: false },
  { opd: "DINDIKBUD", nama: "Rapor Digital Sekolah Dasar", status: "dikembalikan", urusan: "pendidikan", digital: true },
  { opd: "DISDUKCAPIL", nama: "Akta Lahir Langsung dari Rumah Sakit", status: "terverifikasi", urusan: "adminduk-capil", digital: true },
  { opd: "DISDUKCAPIL", nama: "KTP-el Jemput Bola Difabel", status: "diajukan", urusan: "adminduk-capil", digital: false },
  { opd: "DPMPTSP", nama: "Izin Usaha Mikro Satu Hari", status: "diajukan", urusan: "penanaman-modal", digital: true },
  { opd: "DPMPTSP", nama: "Mal Pelayanan Publik Malam", status: "ditarik", urusan: "penanaman-modal", digital: false },
  { opd: "DISKOMINFO", nama: "Serang Satu Data", status: "dikembalikan", urusan: "kominfo", digital: true },
  { opd: "DLH", nama: "Bank Sampah Kelurahan Berbasis Aplikasi", status: "draf", urusan: "lingkungan-hidup", digital: true },
  { opd: "DISHUB", nama: "Halte Pintar Alun-Alun", status: "draf", urusan: "perhubungan", digital: true },
];

const WORDS = Array.from({ length: 320 }, (_, i) => `langkah${i + 1}`).join(" ");

function profile(sample: (typeof SAMPLES)[number], tematik: string): ProfilePatch {
  return {
    tahapan: "penerapan",
    inisiator: "opd",
    jenis: sample.digital ? "digital" : "nondigital",
    bentuk: "pelayanan",
    tematik,
    urusanUtama: sample.urusan,
    urusanLain: [],
    waktuUjiCoba: "2024-03-01",
    waktuPenerapan: "2024-07-01",
    rancangBangun: [`Rancang bangun ${sample.nama}: ${WORDS}`],
    tujuan: `Mempercepat layanan ${sample.nama} bagi warga Kota Serang.`,
    manfaat: "Warga dilayani lebih cepat tanpa antre dan tanpa biaya tambahan.",
    hasil: "Waktu layanan turun dari beberapa hari menjadi satu hari kerja.",
  };
}

function opdByCode(db: Db, code: string, fallbackIndex: number): Opd {
  return findOpdByCode(db, code) ?? listOpds(db, { activeOnly: true })[fallbackIndex]!;
}

/**
 * Fills a fresh demo database through the same repository functions the bot uses: reference
 * data, the people of the personas, 12 sample innovations with small evidence files written
 * under `evidenceDir`, one SPD set and two deadlines. Does nothing on a database that already has
 * people (a kept DEMO_DIR), and answers the personas either way.
 */
export function seedDemo(db: Db, evidenceDir: string, now: Date, pemdaName = "Kota Serang"): Persona[] {
  seedReferenceData(db, pemdaName, now);
  if (listActivePeople(db).length === 0) seedPeopleAndWork(db, evidenceDir, now);
  return personasOf(db);
}

function seedPeopleAndWork(db: Db, evidenceDir: string, now: Date) {
  const period = getActivePeriod(db);
  const year = period.year;
  const admin = ensureConfiguredAdmin(db, DEMO_ADMIN_ID, "Rina Bappeda", now);
  const person = (telegramId: number, role: Person["role"], opd: Opd | null, fullName: string, jabatan: string) =>
    registerPerson(db, { telegramId, role, opdId: opd?.id ?? null, fullName, jabatan, phone: null }, now);
  const dinkes = opdByCode(db, "DINKES", 0);
  const dindik = opdByCode(db, "DINDIKBUD", 1);
  const operators = new Map<number, Person>([
    [dinkes.id, person(700002, "operator", dinkes, "Budi Santoso", "Pranata Komputer")],
    [dindik.id, person(700003, "operator", dindik, "Siti Aminah", "Analis Kebijakan")],
  ]);
  person(700004, "pimpinan", null, "H. Ahmad Walikota", "Wali Kota");

  const tematik = period.tematik[0]?.id ?? "";
  const wajib = period.sid.filter((i) => i.wajib);
  SAMPLES.forEach((sample, index) => {
    const opd = opdByCode(db, sample.opd, index);
    const author = operators.get(opd.id) ?? admin;
    const inn = createInnovation(db, { opdId: opd.id, periodYear: year, createdBy: author.id, nama: sample.nama }, now);
    updateProfile(db, inn.id, profile(sample, tematik), now);
    // Drafts are half answered; everything further along has every indicator answered.
    const answered = sample.status === "draf" ? period.sid.slice(0, 4 + index) : period.sid;
    answered.forEach((indicator, i) => {
      setClaimedLevel(db, inn.id, indicator.code, (((index + i) % 3) + 1) as 1 | 2 | 3, now);
    });
    for (const indicator of wajib.filter((w) => answered.includes(w))) {
      // Each sample file is of a kind the period accepts for that indicator (e.g. JPG/PNG only for 25).
      if (!indicator.evidence.includes("pdf") && !indicator.evidence.includes("image")) {
        addEvidence(db, {
          scope: "sid",
          innovationId: inn.id,
          periodYear: year,
          indicatorCode: indicator.code,
          kind: "link",
          url: `https://example.org/inovasi-${inn.id}/video`,
          createdBy: author.id,
          createdAt: now,
        });
        continue;
      }
      const usePng = indicator.evidence.includes("image") && (index % 2 === 0 || !indicator.evidence.includes("pdf"));
      const bytes = usePng ? samplePng(64, 40, [37, 99, 235]) : samplePdf(`Data dukung ${indicator.code} - ${sample.nama}`);
      const ext = usePng ? "png" : "pdf";
      const row = addEvidence(db, {
        scope: "sid",
        innovationId: inn.id,
        periodYear: year,
        indicatorCode: indicator.code,
        kind: usePng ? "image" : "pdf",
        fileName: `bukti-${indicator.code}.${ext}`,
        mimeType: usePng ? "image/png" : "application/pdf",
        sizeBytes: bytes.length,
        createdBy: author.id,
        createdAt: now,
      });
      // The same place the bot saves a downloaded file (see indicator-steps/evidence.ts).
      const rel = join(String(year), `inovasi-${inn.id}`, `${indicator.code}-${row.id}.${ext}`);
      mkdirSync(dirname(join(evidenceDir, rel)), { recursive: true });
      writeFileSync(join(evidenceDir, rel), bytes);
      setEvidenceLocalPath(db, row.id, rel);
    }
    if (sample.status === "draf") return;
    setStatus(db, inn.id, "diajukan", now, { submittedAt: now });
    if (sample.status === "terverifikasi") approveInnovation(db, inn.id, admin.id, now);
    if (sample.status === "dikembalikan") setStatus(db, inn.id, "dikembalikan", now, { returnNote: "Lengkapi SK penetapan inovasi (indikator wajib)." });
    if (sample.status === "ditarik") setStatus(db, inn.id, "ditarik", now);
  });

  for (const [i, indicator] of period.spd.entries())
    setSpdLevel(db, { periodYear: year, code: indicator.code, level: ((i % 3) + 1) as 1 | 2 | 3, updatedBy: admin.id }, now);

  const day = 24 * 60 * 60 * 1000;
  createDeadline(
    db,
    {
      name: "Batas isian OPD",
      dueAt: new Date(now.getTime() + 14 * day),
      audience: "unfinished",
      note: "Semua inovasi diajukan untuk diverifikasi.",
      createdBy: admin.id,
    },
    now,
  );
  createDeadline(db, { name: "Unggah ke portal Kemendagri", dueAt: new Date(now.getTime() + 30 * day), audience: "all", note: null, createdBy: admin.id }, now);
}

/** The people of the demo database as page tabs (registered ones included, as they register). */
export function personasOf(db: Db): Persona[] {
  return listActivePeople(db).map((p) => ({
    id: p.telegramId,
    name: p.fullName,
    role: p.role,
    opd: p.opdName,
  }));
}

import { rmSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import { DEFAULT_RATE_LIMIT } from "../../src/bot/middleware/rate-limit.js";
import type { TestUser } from "../helpers/test-user.js";
import type { Innovation, Person } from "../../src/db/schema.js";
import { seedPerson } from "../helpers/seed-people.js";
import { innovationHarness, PDF, rows, seedDraft, seedProof, WAJIB_2026, answerAllIndicators } from "../helpers/innovation.js";
import { setClaimedLevel } from "../../src/db/repo/innovations.js";
import { PERIOD_2026 } from "../../src/core/period/index.js";
import { unzipSync } from "fflate";
import { loadExportData } from "../../src/export/data.js";
import { buildEvidenceZip } from "../../src/export/evidence-zip.js";

// Defects of the operator's journey (issue 13): nothing is lost or misplaced on the way.

let h: Harness;
let evidenceDir: string;
let op: TestUser;
let operator: Person;
let inn: Innovation;

beforeEach(() => {
  ({ h, evidenceDir } = innovationHarness());
  operator = seedPerson(h, 8001, "operator", "Dinas Kesehatan");
  op = h.user(8001);
  inn = seedDraft(h, operator, "Layanan Kilat");
});
afterEach(() => {
  h.close();
  rmSync(evidenceDir, { recursive: true, force: true });
});

const evidenceCodes = () => rows(h, "select indicator_code from evidence order by id").map((r) => r.indicator_code);

describe("/lanjut resumes at the open step", () => {
  it("at a pending evidence step it asks for that evidence again, and the file sent next is stored there", async () => {
    await op.send("/lanjut");
    await op.press(/^1 · /);
    expect(op.lastText()).toContain("Kirim data dukung untuk indikator 16");
    await op.send("/lanjut");
    expect(op.lastText()).toContain("Kirim data dukung untuk indikator 16");
    expect(op.lastText()).not.toContain("Indikator 2 dari 20");
    await op.sendDocument(PDF, "sk-16.pdf", "application/pdf");
    expect(evidenceCodes()).toEqual(["16"]);
  });

  it("after /batal, a wajib indicator's missing evidence is the first unanswered thing", async () => {
    await op.send("/lanjut");
    await op.press(/^1 · /);
    await op.send("/batal");
    await op.send("/lanjut");
    expect(op.lastText()).toContain("Kirim data dukung untuk indikator 16");
  });
});

describe("Lanjutkan isian on a refused submission", () => {
  it("opens the item that blocks submission in one tap", async () => {
    for (const ind of PERIOD_2026.sid) {
      setClaimedLevel(h.db, inn.id, ind.code, 1, h.now());
      if (WAJIB_2026.includes(ind.code) && ind.code !== "32") seedProof(h, operator, inn.id, ind.code, `https://contoh.go.id/${ind.code}`);
    }
    await op.send("/inovasi");
    await op.press("Layanan Kilat");
    await op.press("Ajukan ke Bappeda");
    expect(op.lastText()).toContain("Belum bisa diajukan");
    await op.press("Lanjutkan isian");
    expect(op.lastText()).toContain("Kirim data dukung untuk indikator 32");
    expect(op.lastText()).not.toContain("sudah dijawab");
    await op.sendDocument(PDF, "sk-32.pdf", "application/pdf");
    expect(evidenceCodes()).toContain("32");
  });
});

describe("the rancang bangun stays open until the operator says it is finished", () => {
  /** ~6,000 characters of words, as Telegram splits it: a first message of 4,096 characters and the rest. */
  function pastedInTwo(): [string, string] {
    const text = Array.from({ length: 700 }, (_, i) => `bagian${i + 1}`)
      .join(" ")
      .slice(0, 6000);
    return [text.slice(0, 4096), text.slice(4096)];
  }

  it("a 6,000-character text split by Telegram into two messages is stored whole, and Tujuan is asked only after Selesai", async () => {
    const draft = seedDraft(h, operator, "Rancang Panjang", { rancangBangun: undefined, tujuan: undefined, manfaat: undefined, hasil: undefined });
    h.database.sqlite.prepare("update innovations set rancang_bangun = null, tujuan = null, manfaat = null, hasil = null where id = ?").run(draft.id);
    h.database.sqlite.prepare("update innovations set status = 'ditarik' where id = ?").run(inn.id);
    await op.send("/lanjut");
    expect(op.lastText()).toContain("Tulis rancang bangun");
    const [first, second] = pastedInTwo();
    await op.send(first);
    expect(op.lastText()).toContain("sudah cukup");
    await op.send(second);
    const row = rows(h, `select rancang_bangun, tujuan from innovations where id = ${draft.id}`)[0];
    expect(JSON.parse(row.rancang_bangun).join(" ")).toBe(`${first} ${second}`.replace(/\s+/g, " ").trim());
    expect(row.tujuan).toBeNull();
    expect(op.lastText()).not.toContain("Apa tujuan");
    await op.press(/^Selesai/);
    expect(op.lastText()).toContain("Apa tujuan");
  });
});

describe("the flood guard never drops work", () => {
  it("18 files sent at once at one indicator (two albums) are all stored, with the default limit", async () => {
    const flood = new Harness({ env: { EVIDENCE_DIR: evidenceDir }, rateLimit: DEFAULT_RATE_LIMIT });
    try {
      const person = seedPerson(flood, 8101, "operator", "Dinas Kesehatan");
      seedDraft(flood, person, "Album Bukti");
      const u = flood.user(8101);
      // A look at the list first: with the files that is over 20 updates within the 10 s window.
      await u.send("/inovasi");
      await u.send("/lanjut");
      await u.press(/^1 · /);
      for (let i = 1; i <= 18; i++) {
        const album = i <= 10 ? "album-1" : "album-2";
        // Indicator 16 takes PDFs only: two albums of scanned pages.
        const ids = flood.fake.addFile(PDF, `sk-${i}.pdf`);
        await u.sendRaw({ media_group_id: album, document: { ...ids, file_name: `sk-${i}.pdf`, mime_type: "application/pdf" } });
      }
      const stored = flood.database.sqlite.prepare("select indicator_code from evidence").all() as { indicator_code: string }[];
      expect(stored).toHaveLength(18);
      expect(new Set(stored.map((r) => r.indicator_code))).toEqual(new Set(["16"]));
      expect(u.texts().some((t) => t.includes("terlalu banyak"))).toBe(false);
    } finally {
      flood.close();
    }
  });
});

describe("fewer taps through the indicators", () => {
  it("after a file the next level question follows; more files still go to the indicator before, and there is a way back", async () => {
    await op.send("/lanjut");
    await op.press(/^1 · /);
    await op.sendDocument(PDF, "sk-16.pdf", "application/pdf");
    expect(op.lastText()).toContain("Data dukung 16 diterima: sk-16.pdf");
    expect(op.lastText()).toContain("17. ");
    await op.sendDocument(PDF, "lampiran-16.pdf", "application/pdf");
    expect(op.lastText()).toContain("Data dukung 16 diterima: lampiran-16.pdf (2 berkas)");
    expect(evidenceCodes()).toEqual(["16", "16"]);
    await op.press("‹ Data dukung 16");
    expect(op.lastText()).toContain("sudah punya 2 data dukung");
    await op.press("Lanjut ›");
    expect(op.lastText()).toContain("17. ");
    await op.press(/^2 · /);
    expect(op.lastText()).toContain("Kirim data dukung untuk indikator 17");
  });

  it("a file sent before the level is kept for that indicator, its level is asked, and the walk goes on at once", async () => {
    await op.send("/lanjut");
    await op.sendDocument(PDF, "sk-16.pdf", "application/pdf");
    expect(op.lastText()).toContain("Berkas disimpan untuk indikator 16");
    expect(op.lastText()).toContain("16. ");
    expect(evidenceCodes()).toEqual(["16"]);
    await op.press(/^3 · /);
    expect(op.lastText()).toContain("17. ");
  });
});

describe("clearer words", () => {
  it("/inovasi does not call a verified innovation ready to submit; a draft is ready", async () => {
    h.database.sqlite.prepare("update innovations set status = 'terverifikasi' where id = ?").run(inn.id);
    const ready = seedDraft(h, operator, "Siap Kirim");
    answerAllIndicators(h, operator, ready.id);
    await op.send("/inovasi");
    const lines = op.lastText().split("\n");
    expect(lines.find((l) => l.includes("Layanan Kilat"))).not.toContain("siap diajukan");
    expect(lines.find((l) => l.includes("Siap Kirim"))).toContain("siap diajukan");
  });

  it("a level 0 reads 'belum ada'", async () => {
    await op.send("/lanjut");
    await op.press(/^1 · /);
    await op.press(/^Lewati/);
    await op.press("Belum ada");
    expect(op.lastText()).toContain("✓ Indikator 17: belum ada.");
  });

  it("the urusan beririsan search says it takes several", async () => {
    h.database.sqlite.prepare("update innovations set urusan_lain = null where id = ?").run(inn.id);
    await op.send("/lanjut");
    await op.send("pendidikan");
    expect(op.lastText()).toContain("Pilih satu atau lebih, lalu tekan Selesai");
  });
});

describe("evidence names and notes", () => {
  it("photos are named 19-foto-1.jpg in the chat and the zip, keeping the caption; a link with words keeps them as the note", async () => {
    // 16–18 answered, so /lanjut opens 19, which takes a photo or a link.
    for (const code of ["16", "17"]) {
      setClaimedLevel(h.db, inn.id, code, 1, h.now());
      seedProof(h, operator, inn.id, code);
    }
    setClaimedLevel(h.db, inn.id, "18", 0, h.now());
    await op.send("/lanjut");
    await op.press(/^1 · /);
    const ids = h.fake.addFile(Buffer.from([0xff, 0xd8, 0xff, 1]), "x.jpg");
    await op.sendRaw({ photo: [{ ...ids, width: 1280, height: 960 }], caption: " Rapat koordinasi " });
    expect(op.lastText()).toContain("Data dukung 19 diterima: 19-foto-1.jpg");
    const text = "SK ada di https://jdih.serangkota.go.id/sk-19.pdf mohon dicek";
    await op.sendRaw({ text, entities: [{ type: "url", offset: 10, length: 39 }] });
    expect(op.lastText()).toContain("Data dukung 19 diterima: https://jdih.serangkota.go.id/sk-19.pdf");
    expect(rows(h, "select kind, url, note from evidence where indicator_code = '19' order by id")).toEqual([
      { kind: "image", url: null, note: "Rapat koordinasi" },
      { kind: "link", url: "https://jdih.serangkota.go.id/sk-19.pdf", note: "SK ada di mohon dicek" },
    ]);
    const zip = buildEvidenceZip(loadExportData(h.db, "Kota Serang"), evidenceDir);
    expect(Object.keys(unzipSync(new Uint8Array(zip.bytes))).filter((n) => !n.endsWith("/"))).toEqual(["Layanan Kilat/19-foto-1.jpg"]);
  });
});

describe("the indicator questions say what they mean", () => {
  it("T-0/T-1/T-2 as years of the active period, indicator 27's four methods, and what evidence counts", async () => {
    for (const code of ["16", "17"]) setClaimedLevel(h.db, inn.id, code, 1, h.now());
    for (const code of ["16", "17"]) seedProof(h, operator, inn.id, code);
    await op.send("/lanjut");
    expect(op.lastText()).toContain("18. Dukungan anggaran");
    expect(op.lastText()).toContain("(T-0 = 2025, T-1 = 2024, T-2 = 2023)");
    await op.press(/^1 · /);
    expect(op.lastText()).toContain("Yang dihitung: DPA yang memuat anggaran inovasi");
    for (const code of ["18", "19", "20", "21", "22", "23", "24", "25", "26"]) setClaimedLevel(h.db, inn.id, code, 0, h.now());
    await op.send("/batal");
    await op.send("/lanjut");
    expect(op.lastText()).toContain("Empat metode: telepon, tatap muka (loket), email atau media sosial, dan aplikasi atau situs daring");
  });
});

describe("evidence can be corrected", () => {
  it("a wrong file is removed, and evidence is added to an answered indicator without choosing its level again", async () => {
    await op.send("/lanjut");
    await op.press(/^1 · /);
    await op.sendDocument(PDF, "salah.pdf", "application/pdf");
    await op.press("‹ Data dukung 16");
    await op.press("Hapus berkas terakhir");
    expect(op.lastText()).toContain("Dihapus dari indikator 16: salah.pdf");
    expect(evidenceCodes()).toEqual([]);
    await op.send("/batal");
    await op.send("/inovasi");
    await op.press("Layanan Kilat");
    await op.press("Ubah indikator");
    await op.press(/^16 Regulasi/);
    await op.press(/^Data dukung saja/);
    await op.sendDocument(PDF, "sk-16.pdf", "application/pdf");
    expect(evidenceCodes()).toEqual(["16"]);
    expect(JSON.parse(rows(h, `select claimed_levels from innovations where id = ${inn.id}`)[0].claimed_levels)["16"]).toBe(1);
  });
});

describe("a single search hit is taken directly", () => {
  it("typing the main urusan takes it, the next question offers a way back, and a single urusan beririsan is ticked", async () => {
    h.database.sqlite.prepare("update innovations set urusan_utama = null, urusan_lain = null where id = ?").run(inn.id);
    await op.send("/lanjut");
    expect(op.lastText()).toContain("Apa urusan utama");
    await op.send("kesehatan");
    expect(rows(h, `select urusan_utama from innovations where id = ${inn.id}`)[0].urusan_utama).toBe("kesehatan");
    expect(op.lastText()).toContain("Urusan lain");
    await op.press("‹ Ubah urusan utama");
    await op.send("pendidikan");
    expect(op.lastText()).toContain("Pilih salah satu");
    await op.press("Pendidikan");
    expect(rows(h, `select urusan_utama from innovations where id = ${inn.id}`)[0].urusan_utama).toBe("pendidikan");
    expect(op.lastText()).toContain("Urusan lain");
    await op.send("sosial");
    expect(op.lastText()).toContain("Urusan beririsan ditambahkan: Sosial");
    expect(JSON.parse(rows(h, `select urusan_lain from innovations where id = ${inn.id}`)[0].urusan_lain)).toEqual(["sosial"]);
    await op.press(/^Selesai/);
    expect(op.lastText()).toContain("✓ Urusan beririsan: Sosial");
  });
});

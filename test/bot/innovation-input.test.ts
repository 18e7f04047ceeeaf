import { rmSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import type { Harness } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import { seedPerson } from "../helpers/seed-people.js";
import { innovationHarness, innovationRows, PDF, rows, words } from "../helpers/innovation.js";

let h: Harness;
let evidenceDir: string;
let op: TestUser;

const MB = 1024 * 1024;
const STICKER = {
  sticker: { file_id: "s1", file_unique_id: "s1", type: "regular", width: 512, height: 512, is_animated: false, is_video: false },
} as Partial<Message>;
const LOCATION = { location: { latitude: -6.12, longitude: 106.15 } } as Partial<Message>;
const VOICE = { voice: { file_id: "v1", file_unique_id: "v1", duration: 3 } } as Partial<Message>;

beforeEach(() => {
  ({ h, evidenceDir } = innovationHarness());
  seedPerson(h, 8001, "operator", "Dinas Kesehatan");
  seedPerson(h, 8002, "operator", "Inspektorat");
  op = h.user(8001);
});
afterEach(() => {
  h.close();
  rmSync(evidenceDir, { recursive: true, force: true });
});

function records(): string {
  return JSON.stringify([rows(h, "select * from innovations"), rows(h, "select * from evidence"), rows(h, "select * from audit_log")]);
}

/**
 * Sends bad input; the reply must carry the hint and the same question (or, with null, be one
 * line under the question still shown), and nothing may be stored.
 */
async function refused(send: () => Promise<unknown>, hint: string | RegExp, question: string | null) {
  const before = records();
  await send();
  const reply = op.lastText();
  if (typeof hint === "string") expect(reply).toContain(hint);
  else expect(reply).toMatch(hint);
  if (question === null) expect(reply).not.toContain("\n");
  else expect(reply).toContain(question);
  expect(records()).toBe(before);
}

async function startTo(field: "tahapan" | "urusanUtama" | "waktuUjiCoba" | "rancangBangun") {
  await op.send("/inovasi_baru");
  await op.send("Si Cantik Sehat");
  if (field === "tahapan") return;
  await op.press("Uji coba");
  await op.press("OPD");
  await op.press("Digital");
  await op.press("Inovasi pelayanan publik");
  await op.press(/^SDM, sains/);
  if (field === "urusanUtama") return;
  await op.press("Kesehatan");
  await op.press(/^Lewati/);
  if (field === "waktuUjiCoba") return;
  await op.send("17-08-2024");
  await op.send("2025-01-02");
}

describe("bad input gets a specific hint and the same question, and stores nothing", () => {
  it("at the name", async () => {
    await op.send("/inovasi_baru");
    const q = "Apa nama inovasinya?";
    await refused(() => op.send("   "), "tidak boleh kosong", q);
    await refused(() => op.send("x".repeat(5000)), "terlalu panjang: 5.000 karakter, paling banyak 200", q);
    await refused(() => op.sendRaw(STICKER), "tidak bisa berupa stiker", q);
    await refused(() => op.sendRaw(LOCATION), "tidak bisa berupa lokasi", q);
    await refused(() => op.sendRaw(VOICE), "tidak bisa berupa pesan suara", q);
    await refused(() => op.send("ab"), "terlalu pendek", q);
    expect(innovationRows(h)).toHaveLength(0);
  });

  it("at a choice: text, stale, unknown and forged buttons", async () => {
    await startTo("tahapan");
    const id = innovationRows(h)[0].id;
    const q = "Pada tahapan apa inovasi ini sekarang?";
    await refused(() => op.send("uji coba"), "Pilih salah satu tombol", q);
    await refused(() => op.sendRaw(STICKER), "stiker", q);
    await refused(() => op.pressData(`inn:c:${id}:jenis:digital`), "sudah tidak berlaku", q);
    await refused(() => op.pressData(`inn:c:${id}:tahapan:sedang`), "tidak dikenal", q);
    await refused(() => op.pressData(`inn:zz:${id}`), "sudah tidak berlaku", q);
    // Another OPD's operator cannot touch it, even with well-formed data.
    const other = h.user(8002);
    const before = records();
    await other.pressData(`inn:c:${id}:tahapan:ujicoba`);
    await other.pressData(`inn:o:${id}`);
    await other.pressData(`inn:s:${id}`);
    await other.pressData(`inn:wy:${id}`);
    expect(h.fake.callsOf("answerCallbackQuery").at(-1)!.payload.text).toContain("bukan milik OPD Anda");
    expect(records()).toBe(before);
  });

  it("at the urusan: typing filters, nothing matching is said", async () => {
    await startTo("urusanUtama");
    await refused(() => op.send("zzzz"), 'Tidak ada urusan yang cocok dengan "zzzz"', "Apa urusan utama");
    await op.send("pend");
    expect(op.lastText()).toContain("4 urusan cocok");
    expect(op.buttons()).toContain("Pendidikan dan pelatihan");
    await op.press("Pendidikan dan pelatihan");
    expect(innovationRows(h)[0].urusan_utama).toBe("pendidikan-pelatihan");
  });

  it("at the dates: malformed, impossible, penerapan before uji coba; outside the window only warns", async () => {
    await startTo("waktuUjiCoba");
    const q = "Kapan uji coba inovasi dimulai?";
    await refused(() => op.send("kemarin sore"), "Tanggal tidak terbaca", q);
    await refused(() => op.send("31-02-2024"), "tidak ada di kalender", q);
    await refused(() => op.sendRaw(LOCATION), "lokasi", q);
    await op.send("17 Agustus 2024");
    await refused(() => op.send("16/08/2024"), "tidak boleh sebelum waktu uji coba", "Kapan inovasi mulai diterapkan?");
    await op.send("2026-03-01");
    expect(op.lastText()).toContain("Tidak memenuhi syarat: waktu penerapan sesudah 31 Desember 2025.");
    expect(innovationRows(h)[0].waktu_penerapan).toBe("2026-03-01");
  });

  it("asks the pengembangan terbaru date only when penerapan lies before the window, and checks it", async () => {
    await startTo("waktuUjiCoba");
    await op.send("17 Agustus 2022");
    await op.send("02/01/2023");
    expect(op.lastText()).toContain("Kapan pengembangan terbarunya?");
    await refused(() => op.send("01-12-2022"), "tidak boleh sebelum waktu penerapan", "Kapan pengembangan terbarunya?");
    await op.send("01-06-2023");
    expect(op.lastText()).toContain("Tidak memenuhi syarat: tanggal pengembangan terbaru di luar 1 Januari 2024 s.d. 31 Desember 2025.");
    expect(innovationRows(h)[0].pengembangan_terbaru).toBe("2023-06-01");
    expect(op.lastText()).toContain("Tulis rancang bangun");
  });

  it("at the rancang bangun: counts over several messages and says what is missing", async () => {
    await startTo("rancangBangun");
    await op.send(words(120));
    expect(op.lastText()).toContain("sekarang 120 kata; masih kurang 180 kata");
    await refused(() => op.sendRaw(VOICE), "pesan suara", "Tulis rancang bangun");
    await op.send(words(100, "lagi"));
    expect(op.lastText()).toContain("masih kurang 80 kata");
    await op.send(words(80, "akhir"));
    expect(op.lastText()).toContain("Rancang bangun sekarang 300 kata, sudah cukup");
    expect(JSON.parse(innovationRows(h)[0].rancang_bangun)).toHaveLength(3);
  });

  it("at an indicator and its evidence: text, stale level, .exe, 25 MB, wrong kind, bad link", async () => {
    await startTo("rancangBangun");
    await op.send(words(300));
    await op.press(/^Selesai/);
    for (const t of ["Tujuan inovasi ini cukup panjang.", "Manfaat inovasi ini cukup panjang.", "Hasil inovasi ini cukup panjang."]) await op.send(t);
    const id = innovationRows(h)[0].id;
    const q = "16. Regulasi inovasi daerah";
    await refused(() => op.send("level 2"), "Pilih level dengan tombol", q);
    await refused(() => op.pressData(`inn:l:${id}:17:2`), "sudah tidak berlaku", q);
    await refused(() => op.pressData(`inn:l:${id}:16:7`), "sudah tidak berlaku", q);
    await op.press(/^2 · /);
    expect(op.lastText()).toContain("Kirim data dukung untuk indikator 16");
    const e = null; // a refused file or link gets one line, not the whole prompt again
    await refused(() => op.sendDocument("MZ", "setup.exe", "application/x-msdownload"), "Jenis berkas itu tidak diterima", e);
    await refused(() => op.sendDocument("MZ", "sk.pdf.exe", "application/pdf"), "Yang diterima: PDF.", e);
    await refused(
      () => op.sendRaw({ document: { file_id: "big", file_unique_id: "big", file_name: "sk.pdf", mime_type: "application/pdf", file_size: 25 * MB } }),
      "terlalu besar: paling besar 20 MB",
      e,
    );
    await refused(() => op.sendDocument("video", "rapat.mp4", "video/mp4"), "tidak diterima", e);
    await refused(() => op.sendRaw(STICKER), "bukan data dukung", e);
    // 16 takes a PDF only: words, a broken link and a good link are each told so.
    await refused(() => op.send("bukan tautan"), "Pesan itu bukan data dukung. Kirim PDF.", e);
    await refused(() => op.send("https//salah.go.id"), "Pesan itu bukan data dukung. Kirim PDF.", e);
    await refused(() => op.send("https://jdih.serangkota.go.id/sk.pdf"), "Indikator ini tidak menerima tautan. Kirim PDF.", e);
    await op.sendDocument(PDF, "SK Walikota.pdf", "application/pdf");
    expect(op.lastText()).toContain("Data dukung 16 diterima: SK Walikota.pdf");
    expect(rows(h, "select count(*) n from evidence")[0].n).toBe(1);
  });
});

describe("the draft is the record", () => {
  it("/batal keeps the draft, /lanjut continues at the first missing field, and a restart resumes mid-question", async () => {
    await startTo("waktuUjiCoba");
    await op.send("/batal");
    expect(innovationRows(h)).toHaveLength(1);
    await op.send("/lanjut");
    expect(op.lastText()).toContain('Melanjutkan "Si Cantik Sehat"');
    expect(op.lastText()).toContain("Kapan uji coba inovasi dimulai?");
    h.restart();
    await op.send("17-08-2024");
    expect(innovationRows(h)[0].waktu_uji_coba).toBe("2024-08-17");
    expect(op.lastText()).toContain("Kapan inovasi mulai diterapkan?");
  });

  it("re-sending a name resumes the existing draft instead of failing or duplicating", async () => {
    await startTo("urusanUtama");
    await op.send("/inovasi_baru");
    await op.send("  si cantik   SEHAT ");
    expect(op.lastText()).toContain("sudah ada sebagai draf");
    expect(op.lastText()).toContain("Apa urusan utama");
    expect(innovationRows(h)).toHaveLength(1);
  });

  it("submission lists exactly what is missing instead of submitting", async () => {
    await startTo("waktuUjiCoba");
    await op.send("/inovasi");
    await op.press("Si Cantik Sehat");
    await op.press("Ajukan ke Bappeda");
    const text = op.lastText();
    expect(text).toContain("Belum bisa diajukan");
    expect(text).toContain("Waktu uji coba belum diisi");
    expect(text).toContain("Rancang bangun belum diisi");
    expect(text).toContain("Indikator wajib 35 Kualitas inovasi daerah (video) belum diberi level");
    expect(innovationRows(h)[0].status).toBe("draf");
  });
});

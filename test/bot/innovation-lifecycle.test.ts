import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import { seedPerson } from "../helpers/seed-people.js";
import { fillProfile, innovationHarness, innovationRows, PDF, rows, WAJIB_2026 } from "../helpers/innovation.js";
import { PERIOD_2026 } from "../../src/core/period/index.js";

let h: Harness;
let evidenceDir: string;
let op: TestUser;
let admin: TestUser;

beforeEach(() => {
  ({ h, evidenceDir } = innovationHarness());
  seedPerson(h, 8001, "operator", "Dinas Kesehatan");
  seedPerson(h, 7001, "admin");
  op = h.user(8001);
  admin = h.user(7001);
});
afterEach(() => {
  h.close();
  rmSync(evidenceDir, { recursive: true, force: true });
});

/** Answers every SID indicator: wajib ones at level 1 with a PDF (35: a link), the rest "Belum ada". */
async function answerIndicators(user: TestUser) {
  for (const ind of PERIOD_2026.sid) {
    expect(user.lastText()).toContain(`${ind.code}. ${ind.name}`);
    // 33 (2026) asks its basis first, with one tap.
    if (ind.bases) await user.press(ind.bases[0]!.name);
    if (!WAJIB_2026.includes(ind.code)) {
      await user.press("Belum ada");
      continue;
    }
    await user.press(/^1 · /);
    if (ind.code === "35") await user.send("https://youtu.be/inovasi-sehat");
    else await user.sendDocument(PDF, `bukti-${ind.code}.pdf`, "application/pdf");
    // The next level question follows the accepted evidence at once.
    expect(user.lastText()).toContain(`Data dukung ${ind.code} diterima`);
  }
}

describe("one innovation from /inovasi_baru to terverifikasi", () => {
  it("walks profile, indicators with evidence, submission, a return with a note, resubmission and approval", async () => {
    await op.send("/inovasi_baru");
    expect(op.lastText()).toContain("Apa nama inovasinya?");
    await fillProfile(op);
    const [inn] = innovationRows(h);
    expect(inn).toMatchObject({
      nama: "Si Cantik Sehat",
      status: "draf",
      tahapan: "ujicoba",
      inisiator: "asn",
      nama_inisiator: "dr. Rina Marlina",
      jenis: "digital",
      bentuk: "pelayanan",
      tematik: "asta-cita-4",
      urusan_utama: "kesehatan",
      waktu_uji_coba: "2024-08-17",
      waktu_penerapan: "2025-01-02",
    });
    expect(JSON.parse(inn.urusan_lain)).toEqual(["sosial"]);
    expect(op.lastText()).toContain("Skor kematangan: 0/111");
    expect(op.lastText()).toContain("Indikator 1 dari 20");

    await answerIndicators(op);
    expect(op.texts().some((t) => t.includes("Skor kematangan: 14/111"))).toBe(true);
    expect(op.lastText()).toContain("Semua isian dan indikator sudah dijawab");
    const evidence = rows(h, "select * from evidence order by id");
    expect(evidence).toHaveLength(5);
    const pdf = evidence.find((e) => e.indicator_code === "16");
    expect(pdf).toMatchObject({ scope: "sid", kind: "pdf", file_name: "bukti-16.pdf", mime_type: "application/pdf", size_bytes: PDF.length });
    expect(pdf.telegram_file_id).toMatch(/^F\d+$/);
    expect(pdf.telegram_file_unique_id).toEqual(expect.any(String));
    expect(pdf.telegram_file_unique_id).not.toBe("");
    expect(readFileSync(join(evidenceDir, pdf.local_path))).toEqual(PDF);
    expect(evidence.find((e) => e.indicator_code === "35")).toMatchObject({ kind: "link", url: "https://youtu.be/inovasi-sehat" });

    await op.press("Ajukan ke Bappeda");
    expect(op.lastText()).toContain("sudah diajukan ke Bappeda");
    expect(innovationRows(h)[0].status).toBe("diajukan");

    // Locked while submitted: an edit button from the summary changes nothing.
    await op.press("Ubah profil");
    expect(h.fake.callsOf("answerCallbackQuery").at(-1)!.payload.text).toContain("terkunci");

    await admin.send("/verifikasi");
    expect(admin.lastText()).toContain("1 inovasi diajukan");
    await admin.press(/^Si Cantik Sehat/);
    await admin.press("Baca profil lengkap");
    expect(admin.texts().join("\n")).toContain("bukti-16.pdf");
    await admin.press("‹ Kembali");
    // The four files arrive as one zip, not one message each.
    const sent = await admin.press("Data dukung (zip)");
    const documents = sent.filter((c) => c.method === "sendDocument");
    expect(documents).toHaveLength(1);
    expect(documents[0]!.payload.caption).toBe("4 berkas data dukung dalam satu zip.");
    await admin.press("16 · 1");
    await admin.press(/^2 · /);
    expect(admin.lastText()).toContain("Setujui atau Kembalikan");
    const verifiedMid = innovationRows(h)[0];
    expect(JSON.parse(verifiedMid.verified_levels)).toEqual({ "16": 2 });
    expect(JSON.parse(verifiedMid.claimed_levels)["16"]).toBe(1);

    await admin.press("Kembalikan");
    await admin.sendRaw({ sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } });
    expect(admin.lastText()).toContain("stiker");
    expect(innovationRows(h)[0].status).toBe("diajukan");
    await admin.send("Lampirkan SK Walikota untuk indikator 33, bukan SK Kepala Dinas.");
    expect(admin.lastText()).toContain("dikembalikan");
    expect(innovationRows(h)[0]).toMatchObject({ status: "dikembalikan", return_note: "Lampirkan SK Walikota untuk indikator 33, bukan SK Kepala Dinas." });
    expect(op.lastText()).toContain("dikembalikan oleh Bappeda dengan catatan:\nLampirkan SK Walikota");

    // The operator fixes indicator 33 and submits again.
    await op.send("/inovasi");
    expect(op.lastText()).toContain("Si Cantik Sehat — Dikembalikan");
    await op.press("Si Cantik Sehat");
    expect(op.texts().join("\n")).toContain("Catatan Bappeda: Lampirkan SK Walikota");
    await op.press("Ubah indikator");
    await op.press(/^33 Kemanfaatan/);
    await op.press(/^3 · /);
    await op.sendDocument(PDF, "sk-walikota.pdf", "application/pdf");
    await op.press("Lanjut ›");
    expect(JSON.parse(innovationRows(h)[0].claimed_levels)["33"]).toBe(3);
    await op.press("Ajukan ke Bappeda");
    expect(innovationRows(h)[0].status).toBe("diajukan");

    await admin.send("/verifikasi");
    await admin.press(/^Si Cantik Sehat/);
    await admin.press("Setujui");
    const done = innovationRows(h)[0];
    expect(done.status).toBe("terverifikasi");
    // Bappeda's level stands beside the claim; undisputed claims are taken as verified.
    expect(JSON.parse(done.verified_levels)).toMatchObject({ "16": 2, "33": 3, "17": 1, "18": 0 });
    expect(op.lastText()).toContain("sudah diverifikasi Bappeda");
    const actions = rows(h, "select action from audit_log order by id").map((r) => r.action);
    expect(actions).toEqual(["innovation.submit", "innovation.verify-level", "innovation.return", "innovation.submit", "innovation.verify"]);
    expect(innovationRows(h)).toHaveLength(1);
    expect(existsSync(evidenceDir)).toBe(true);
  });

  it("may be withdrawn at any stage and is then locked", async () => {
    await op.send("/inovasi_baru");
    await op.send("Inovasi Sementara");
    await op.send("/inovasi");
    expect(op.lastText()).toContain("Inovasi Sementara — Draf · Skor kematangan: 0/111");
    await op.press("Inovasi Sementara");
    // A draft is deleted rather than withdrawn: the words say so (issue 13).
    await op.press("Hapus draf");
    await op.press("Ya, hapus");
    expect(op.lastText()).toContain('Draf "Inovasi Sementara" sudah dihapus');
    expect(innovationRows(h)[0].status).toBe("ditarik");
    expect(rows(h, "select action from audit_log").map((r) => r.action)).toEqual(["innovation.withdraw"]);
    await op.press("Ubah profil");
    expect(h.fake.callsOf("answerCallbackQuery").at(-1)!.payload.text).toContain("terkunci");
  });
});

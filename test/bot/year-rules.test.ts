import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, withAdmin } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import { seedPerson } from "../helpers/seed-people.js";
import { allLevels, levelsForKematangan } from "../core/score-helpers.js";
import { PERIOD_2026, YANDAS_IDS } from "../../src/core/period/index.js";
import { updateProfile } from "../../src/db/repo/innovations.js";
import type { Person } from "../../src/db/schema.js";
import { seedInnovation, seedSpd } from "./score-fixtures.js";

let h: Harness;
let admin: TestUser;
let operator: TestUser;
let op: Person;

beforeEach(async () => {
  ({ h, admin } = await withAdmin());
  op = seedPerson(h, 7003, "operator", "Dinas Kesehatan");
  operator = h.user(7003);
  // 12 submitted innovations of kematangan 95 and SPD 63: the urusan utama cover 4 yandas, the
  // urusan beririsan of one of them 2 more (see test/core/year-rules.test.ts for the numbers).
  seedSpd(h, 2026, allLevels(PERIOD_2026.spd, 3), op.id);
  const k95 = levelsForKematangan(PERIOD_2026, 95);
  for (let i = 0; i < 12; i++) {
    const id = seedInnovation(h, {
      opd: "Dinas Kesehatan",
      year: 2026,
      nama: `Inovasi ${i + 1}`,
      createdBy: op.id,
      status: "diajukan",
      urusan: i < 4 ? YANDAS_IDS[i] : "statistik",
      claimed: k95,
    });
    updateProfile(h.db, id, { tahapan: "penerapan", waktuPenerapan: "2024-06-01", urusanLain: i === 11 ? [YANDAS_IDS[4]!, YANDAS_IDS[5]!] : [] }, h.now());
  }
});
afterEach(() => h.close());

describe("the year's rules in /skor, /inovasi and /rekap", () => {
  it("/skor says in one line what counting urusan beririsan too would give, only where it changes the result", async () => {
    await admin.send("/skor");
    expect(admin.lastText()).toContain("Klaim OPD: 63,20 — Inovatif");
    expect(admin.lastText()).toContain("Bila urusan beririsan ikut dihitung: 65,02 — Sangat Inovatif.");
    await admin.press("Rincian");
    expect(admin.lastText()).toContain("Bila urusan beririsan ikut dihitung: 65,02 — Sangat Inovatif.");

    // Without the urusan beririsan the other reading changes nothing and the line goes.
    const ids = h.database.sqlite.prepare("select id from innovations").all() as { id: number }[];
    for (const { id } of ids) updateProfile(h.db, id, { urusanLain: [] }, h.now());
    await admin.send("/skor");
    expect(admin.lastText()).not.toContain("Bila urusan beririsan");
  });

  it("leaves an ineligible innovation out of every view, says how many, and shows why where it is listed", async () => {
    const late = seedInnovation(h, {
      opd: "Dinas Kesehatan",
      year: 2026,
      nama: "Inovasi Lama",
      createdBy: op.id,
      status: "diajukan",
      urusan: "statistik",
      claimed: levelsForKematangan(PERIOD_2026, 10),
    });
    // Touched last, so /inovasi lists it on its first page.
    updateProfile(h.db, late, { tahapan: "ujicoba", waktuPenerapan: "2022-03-01" }, new Date(h.now().getTime() + 60_000));
    await admin.send("/skor");
    // Still 12 counted with kematangan 95: the index does not move.
    expect(admin.lastText()).toContain("Klaim OPD: 63,20 — Inovatif");
    expect(admin.lastText()).toContain("1 inovasi tidak memenuhi syarat periode ini dan tidak dihitung");
    // The stage warning is about counted innovations only: the late one is not counted.
    expect(admin.lastText()).not.toContain("tahap inisiatif atau uji coba");

    await operator.send("/inovasi");
    expect(operator.lastText()).toContain(
      "Inovasi Lama — Diajukan · Skor kematangan: 10/111\n  ⚠ Tidak memenuhi syarat: waktu penerapan sebelum 1 Januari 2024 dan belum ada tanggal pengembangan terbaru.",
    );
    await operator.send("/rekap");
    expect(operator.lastText()).toContain("1 inovasi tidak memenuhi syarat periode ini (tidak dihitung)");
    expect(operator.lastText()).toContain("⚠ Tidak memenuhi syarat: waktu penerapan sebelum 1 Januari 2024");

    // Bappeda's verification screen says it before anything is approved.
    await admin.pressData(`ver:o:${late}`);
    expect(admin.lastText()).toContain("⚠ Tidak memenuhi syarat: waktu penerapan sebelum 1 Januari 2024");
    expect(admin.lastText()).toContain("⚠ Tahap inisiatif atau uji coba");

    // A pengembangan terbaru date inside the window lets it in; its stage now draws the warning.
    updateProfile(h.db, late, { pengembanganTerbaru: "2025-01-10" }, h.now());
    await admin.send("/skor");
    expect(admin.lastText()).not.toContain("tidak memenuhi syarat");
    expect(admin.lastText()).toContain("1 inovasi masih tahap inisiatif atau uji coba");
  });
});

describe("/hasil_nasional: the ministry's verdict per innovation", () => {
  const audits = () =>
    h.database.sqlite.prepare("select action, detail from audit_log where action = 'national-result.record' order by id").all() as { detail: string }[];

  it("records diterima (with the ministry's changed levels) and ditolak, and the national view keeps the rejected in n with 0", async () => {
    await admin.send("/hasil_nasional");
    expect(admin.lastText()).toContain("Hasil nasional periode 2026: 0 dari 12 inovasi tercatat, 0 ditolak.");
    await admin.press("Inovasi 1");
    expect(admin.lastText()).toBe("Inovasi 1: hasil nasional sekarang belum dicatat. Catat hasil verifikasi kementerian:");
    await admin.press("Diterima");
    expect(admin.lastText()).toContain("Tercatat: Inovasi 1 — Diterima.");
    const before = JSON.stringify(h.database.sqlite.prepare("select national_result, national_levels from innovations order by id").all());
    for (const [bad, hint] of [
      ["16=9", "Level harus 0 sampai 3."],
      ["99=1", "Kode indikator tidak ada"],
      ["enam belas", "Format tidak dikenali."],
    ] as const) {
      await admin.send(bad);
      expect(admin.lastText()).toContain(hint);
    }
    expect(JSON.stringify(h.database.sqlite.prepare("select national_result, national_levels from innovations order by id").all())).toBe(before);
    await admin.send("16=0 35=0");
    expect(admin.lastText()).toContain("Level kementerian tercatat untuk Inovasi 1: 16=0, 35=0.");

    await admin.send("/hasil_nasional");
    await admin.press("Inovasi 2");
    await admin.press("Ditolak");
    expect(admin.lastText()).toContain("Tercatat: Inovasi 2 — Ditolak.");
    expect(admin.lastText()).toContain("2 dari 12 inovasi tercatat, 1 ditolak.");
    // n = 2 < k = 12: (63 + (95 − 9 − 12 + 0) / 12) / 2,5 = 27,67; the gate is shut (2 yandas).
    expect(admin.lastText()).toContain("Indeks menurut hitungan kementerian: 27,67 — Kurang Inovatif");
    expect(audits().map((a) => JSON.parse(a.detail).to)).toEqual(["diterima", "diterima", "ditolak"]);

    await admin.send("/skor");
    await admin.press("Rincian");
    expect(admin.lastText()).toContain("Hasil nasional (verifikasi kementerian; yang ditolak tetap dihitung dengan skor 0): 27,67 — Kurang Inovatif");

    // /kategori compares it with the official result of the year, also one without a score.
    await admin.send("/hasil_resmi");
    await admin.send("2026");
    await admin.press("Tanpa skor (hanya kategori)");
    await admin.press("Inovatif");
    await admin.send("/kategori");
    expect(admin.lastText()).toContain("Hasil nasional periode 2026 (hitungan bot dari verifikasi kementerian): 27,67 — Kurang Inovatif.");
    expect(admin.lastText()).toContain("Kategorinya berbeda dari hasil resmi 2026: Inovatif (skor tidak dipublikasikan).");
  });

  it("refuses drafts, other years and forged buttons, changing nothing", async () => {
    const draft = seedInnovation(h, { opd: "Dinas Kesehatan", year: 2026, nama: "Draf", createdBy: op.id });
    const old = seedInnovation(h, { opd: "Dinas Kesehatan", year: 2025, nama: "Lama", createdBy: op.id, status: "diajukan" });
    for (const data of [`nas:d:${draft}`, `nas:t:${old}`, "nas:d:999999", "nas:zz"]) {
      await admin.pressData(data);
      expect(h.fake.callsOf("answerCallbackQuery").at(-1)!.payload.text).toMatch(/sudah tidak berlaku/);
    }
    expect(audits()).toEqual([]);
    await operator.send("/hasil_nasional");
    expect(operator.lastText()).toContain("Perintah /hasil_nasional hanya untuk: Admin Bappeda.");
  });
});

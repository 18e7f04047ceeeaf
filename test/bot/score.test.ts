import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, withAdmin } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import { seedPerson } from "../helpers/seed-people.js";
import { levelsForKematangan, SPD_40 } from "../core/score-helpers.js";
import { PERIOD_2026 } from "../../src/core/period/index.js";
import type { Person } from "../../src/db/schema.js";
import { seedInnovation, seedSpd, URUSAN_CYCLE } from "./score-fixtures.js";

let h: Harness;
let admin: TestUser;
let pimpinan: TestUser;
let operator: TestUser;
let op: Person;

const k80 = levelsForKematangan(PERIOD_2026, 80);

beforeEach(async () => {
  ({ h, admin } = await withAdmin());
  seedPerson(h, 7002, "pimpinan");
  pimpinan = h.user(7002);
  op = seedPerson(h, 7003, "operator", "Dinas Kesehatan");
  operator = h.user(7003);
});
afterEach(() => h.close());

/**
 * The acceptance example on real rows: SPD 40 and 20 submitted innovations of
 * kematangan 80 covering the 6 yandas → 51,04 Inovatif. Innovations 1–4 belong to Dinas
 * Kesehatan (1–2 verified), 5–20 to Dinas Sosial; plus a draft and a withdrawn one.
 */
function seedAcceptanceExample() {
  for (let i = 0; i < 20; i++) {
    seedInnovation(h, {
      opd: i < 4 ? "Dinas Kesehatan" : "Dinas Sosial",
      year: 2026,
      nama: `Inovasi ${i + 1}`,
      createdBy: op.id,
      status: i < 2 ? "terverifikasi" : "diajukan",
      urusan: URUSAN_CYCLE[i] ?? "statistik",
      claimed: k80,
      verified: i < 2 ? k80 : {},
    });
  }
  seedInnovation(h, { opd: "Dinas Kesehatan", year: 2026, nama: "Draf Sehat", createdBy: op.id, claimed: levelsForKematangan(PERIOD_2026, 40) });
  seedInnovation(h, { opd: "Dinas Sosial", year: 2026, nama: "Ditarik", createdBy: op.id, status: "ditarik", claimed: k80 });
  seedSpd(h, 2026, SPD_40, op.id);
}

describe("/skor for an admin and a pimpinan", () => {
  beforeEach(seedAcceptanceExample);

  it("opens on the verified view once anything is verified: the gap in words, what is missing, three steps", async () => {
    await admin.send("/skor");
    const text = admin.lastText();
    expect(text).toContain("Skor IID Kota Serang, periode 2026. Kategori memakai pita tahun 2026.");
    // Verified: 2 innovations of 80 over MAX(12, 2) = 12, gate closed: (40 + 13,33) / 2,5.
    expect(text).toContain("Terverifikasi Bappeda: 21,33 — Kurang Inovatif\nButuh 18,68 poin lagi untuk naik ke Inovatif.");
    expect(text).toContain("• Inovasi baru mencakup 2 dari 6 urusan pelayanan dasar (minimal 5), jadi nilai jumlah inovasi masih 0.");
    expect(text).toContain("• Baru 2 inovasi yang dihitung; sampai ada 12,");
    const actions = text.split("Tiga langkah yang paling menaikkan indeks (klaim):\n")[1]!.split("\n");
    expect(actions[0]).toBe("1. tambah 1 inovasi (dengan kematangan setara rata-rata, 80,00): +0,15");
    expect(actions[1]).toMatch(/^2\. naikkan indikator .+ pada inovasi Inovasi \d+ dari \d ke \d: \+0,04$/);
    expect(actions[2]).toMatch(/^3\. /);
    // The formula and the other views wait behind [Rincian].
    expect(text).not.toContain("MAX(");
    expect(text).not.toContain("51,04");
    expect(text).not.toContain("Catatan: aturan jumlah inovasi");
    expect(admin.buttons()).toEqual(["Rincian", "Klaim", "• Terverifikasi", "Proyeksi", "📊 Grafik"]);
  });

  it("keeps the three views, the breakdown with its formula words and the distances behind the buttons", async () => {
    await admin.send("/skor");
    await admin.press("Rincian");
    let text = admin.lastText();
    expect(text).toContain("Klaim OPD: 51,04 — Inovatif");
    expect(text).toContain("Terverifikasi Bappeda: 21,33 — Kurang Inovatif");
    // Projection adds the draft (kematangan 40): (40 + 1640 / 21 + 0,38 × 21) / 2,5 = 50,43.
    expect(text).toContain("Proyeksi (draf ikut dihitung; bukan skor resmi): 50,43 — Inovatif");
    expect(text).toContain("Rincian Terverifikasi Bappeda:");
    expect(text).toContain("• Nilai jumlah inovasi 0: yandas baru tercakup 2, minimal 5.");
    expect(text).toContain("Terverifikasi Bappeda: kurang 18,68 poin lagi menuju Inovatif.");

    await admin.press("Klaim");
    text = admin.lastText();
    expect(text).toContain("• SPD: 40,00 / 63");
    expect(text).toContain("• Rata-rata kematangan: 80,00 / 111 (total 1.600 dibagi MAX(k = 12, n = 20) = 20)");
    expect(text).toContain("• Jumlah inovasi: 7,60 / 76 (n = 20;");
    expect(text).toContain("• Yandas tercakup: 6 dari 6, minimal 5");
    expect(text).toContain("Klaim OPD: kurang 13,97 poin lagi menuju Sangat Inovatif.");
    expect(text).not.toContain("diasumsikan");

    await admin.press("‹ Ringkasan");
    text = admin.lastText();
    expect(text).toContain("Klaim OPD: 51,04 — Inovatif\nButuh 13,97 poin lagi untuk naik ke Sangat Inovatif.");
    // 20 innovations cover the 6 yandas and SPD is filled: nothing is missing.
    expect(text).not.toContain("Yang masih kurang");
    expect(admin.buttons()).toContain("• Klaim");
  });

  it("shows a pimpinan the same index", async () => {
    await pimpinan.send("/skor");
    expect(pimpinan.lastText()).toContain("Terverifikasi Bappeda: 21,33 — Kurang Inovatif");
    await pimpinan.press("Klaim");
    expect(pimpinan.lastText()).toContain("Klaim OPD: 51,04 — Inovatif");
  });

  it("refuses the Pemda buttons to an operator", async () => {
    await operator.pressData("skor:v:klaim");
    expect(operator.texts().join("\n")).not.toContain("51,04");
  });

  it("shows an operator only their OPD's part and actions on their own innovations", async () => {
    await operator.send("/skor");
    const text = operator.lastText();
    expect(text).toContain("Bagian Dinas Kesehatan dalam skor IID periode 2026");
    expect(text).toContain("Inovasi OPD Anda: 5 (tanpa yang ditarik), 1 masih draf.");
    // 4 × 80 over the Pemda's divisor 20: 16 × 0,4 = 6,40 points.
    expect(text).toContain("Klaim OPD: 4 inovasi dihitung, rata-rata kematangan 80,00 / 111, menyumbang 6,40 poin IID");
    expect(text).toContain("Terverifikasi Bappeda: 2 inovasi dihitung, rata-rata kematangan 80,00 / 111, menyumbang 5,33 poin IID");
    expect(text).not.toContain("51,04");
    expect(text).not.toMatch(/Inovasi ([5-9]|1\d|20)\b/);
    const raises = [...text.matchAll(/pada inovasi (Inovasi \d+|Draf Sehat)/g)].map((m) => m[1]);
    expect(raises.length).toBeGreaterThan(0);
    for (const name of raises) expect(["Inovasi 1", "Inovasi 2", "Inovasi 3", "Inovasi 4"]).toContain(name);
  });
});

describe("/skor first screen at 0 and at a band edge", () => {
  it("at 0 says what the first step is, not how far 0,01 is", async () => {
    await admin.send("/skor");
    let text = admin.lastText();
    expect(text).toContain("Klaim OPD: 0,00 — Tidak Dapat Dinilai");
    expect(text).toContain("Belum ada skor. Langkah pertama: OPD mendaftarkan inovasi pertamanya dengan /inovasi_baru lalu mengajukannya ke Bappeda.");
    expect(text).toContain("• Indikator tingkat pemda (SPD) belum diisi Bappeda (/spd).");
    expect(text).not.toContain("0,01");
    expect(text).not.toContain("urusan pelayanan dasar");

    // With drafts waiting, the first step is to submit them.
    const k30 = levelsForKematangan(PERIOD_2026, 30);
    for (const nama of ["Draf A", "Draf B"]) seedInnovation(h, { opd: "Dinas Kesehatan", year: 2026, nama, createdBy: op.id, claimed: k30 });
    await admin.send("/skor");
    text = admin.lastText();
    expect(text).toContain("Langkah pertama: lengkapi dan ajukan 2 inovasi yang masih draf ke Bappeda.");
    expect(text).not.toContain("0,01");
  });

  it("at the top edge of a band names the next band and the 0,01 point still needed", async () => {
    // SPD 40 and 12 submitted innovations of kematangan 60 covering 4 yandas: (40 + 60) / 2,5 = 40,00,
    // the top of Kurang Inovatif in the 2026 bands (Inovatif starts at 40,01).
    const k60 = levelsForKematangan(PERIOD_2026, 60);
    const urusan = ["pendidikan", "kesehatan", "pupr", "perkim", ...Array<string>(8).fill("statistik")];
    urusan.forEach((u, i) =>
      seedInnovation(h, { opd: "Dinas Sosial", year: 2026, nama: `Inovasi ${i + 1}`, createdBy: op.id, status: "diajukan", urusan: u, claimed: k60 }),
    );
    seedSpd(h, 2026, SPD_40, op.id);
    await admin.send("/skor");
    const text = admin.lastText();
    expect(text).toContain("Klaim OPD: 40,00 — Kurang Inovatif\nButuh 0,01 poin lagi untuk naik ke Inovatif.");
    expect(text).toContain("• Inovasi baru mencakup 4 dari 6 urusan pelayanan dasar (minimal 5), jadi nilai jumlah inovasi masih 0.");
    // n = k: the "fewer than k" sentence would be false here.
    expect(text).not.toContain("Baru 12 inovasi");
    expect(text).toMatch(/tambah 1 inovasi urusan .+ \(membuka nilai jumlah inovasi\)/);
  });
});

describe("/skor actions", () => {
  it("names the missing yandas urusan and the drafts to complete", async () => {
    const k60 = levelsForKematangan(PERIOD_2026, 60);
    const urusan = [
      "pendidikan",
      "kesehatan",
      "pupr",
      "perkim",
      "statistik",
      "statistik",
      "kominfo",
      "kominfo",
      "pariwisata",
      "pariwisata",
      "pangan",
      "pangan",
    ];
    urusan.forEach((u, i) =>
      seedInnovation(h, { opd: "Dinas Kesehatan", year: 2026, nama: `Inovasi ${i + 1}`, createdBy: op.id, status: "diajukan", urusan: u, claimed: k60 }),
    );
    for (let i = 0; i < 3; i++) seedInnovation(h, { opd: "Dinas Sosial", year: 2026, nama: `Draf ${i + 1}`, createdBy: op.id, urusan: "sosial", claimed: k60 });
    await admin.send("/skor");
    const text = admin.lastText();
    expect(text).toContain("• Inovasi baru mencakup 4 dari 6 urusan pelayanan dasar (minimal 5), jadi nilai jumlah inovasi masih 0.");
    expect(text).toMatch(/1\. lengkapi dan ajukan 3 inovasi yang masih draf: \+\d+,\d\d/);
    expect(text).toMatch(
      /tambah 1 inovasi urusan (Sosial|Ketenteraman, ketertiban umum, dan pelindungan masyarakat) \(membuka nilai jumlah inovasi\): \+\d+,\d\d/,
    );
  });
});

describe("/kategori", () => {
  beforeEach(seedAcceptanceExample);

  it("shows an admin the category now, under other years' bands, and the shipped official results", async () => {
    await admin.send("/kategori");
    const text = admin.lastText();
    expect(text).toContain("Sekarang (periode 2026, pita 2026): klaim OPD 51,04 — Inovatif; terverifikasi Bappeda 21,33 — Kurang Inovatif.");
    // 21,33 is Kurang Inovatif under 2026 bands (0,01–40,00) and under 2023 bands (0,01–34,99).
    expect(text).toContain("Dengan pita tahun 2023: klaim Inovatif; terverifikasi Kurang Inovatif.");
    expect(text).toContain("Dengan pita tahun 2024: klaim Inovatif; terverifikasi Kurang Inovatif.");
    expect(text).toContain("Dengan pita tahun 2025: klaim Inovatif; terverifikasi Kurang Inovatif.");
    expect(text).toContain(
      "Hasil resmi Kemendagri:\n2020: Kurang Inovatif (skor tidak dipublikasikan)\n2021: 49,71 — Inovatif\n2022: 60,56 — Sangat Inovatif\n2023: 54,03 — Inovatif\n2025: Sangat Inovatif (skor tidak dipublikasikan)",
    );
    expect(text).toContain("/hasil_resmi");
  });

  it("shows a pimpinan the same, without the admin hint", async () => {
    await pimpinan.send("/kategori");
    expect(pimpinan.lastText()).toContain("klaim OPD 51,04 — Inovatif");
    expect(pimpinan.lastText()).toContain("2022: 60,56 — Sangat Inovatif");
    expect(pimpinan.lastText()).not.toContain("/hasil_resmi");
  });

  it("shows an operator categories and official results, but not the Pemda's numbers", async () => {
    await operator.send("/kategori");
    const text = operator.lastText();
    expect(text).toContain("Sekarang (periode 2026, pita 2026): klaim OPD Inovatif; terverifikasi Bappeda Kurang Inovatif.");
    expect(text).toContain("2023: 54,03 — Inovatif");
    expect(text).not.toContain("51,04");
  });
});

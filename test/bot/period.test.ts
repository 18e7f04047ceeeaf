import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, withAdmin } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import { seedPerson } from "../helpers/seed-people.js";
import { allLevels, levelsForKematangan, SPD_40 } from "../core/score-helpers.js";
import { PERIOD_2026 } from "../../src/core/period/index.js";
import { getActivePeriod, getPeriod, listPeriods } from "../../src/db/repo/periods.js";
import { seedInnovation, seedSpd, URUSAN_CYCLE } from "./score-fixtures.js";

let h: Harness;
let admin: TestUser;

beforeEach(async () => {
  ({ h, admin } = await withAdmin());
});
afterEach(() => h.close());

const audits = () =>
  h.database.sqlite.prepare("select action, target, detail from audit_log order by id").all() as { action: string; target: string; detail: string }[];
const periodRows = () => JSON.stringify(h.database.sqlite.prepare("select year, data, active from periods order by year").all());

describe("/periode activation", () => {
  it("changes which year's rules and bands /skor applies", async () => {
    const op = seedPerson(h, 7003, "operator", "Dinas Kesehatan");
    const k80 = levelsForKematangan(PERIOD_2026, 80);
    // The second example in both years: SPD 40 and 8 innovations of kematangan 80.
    for (const year of [2023, 2026]) {
      for (let i = 0; i < 8; i++) {
        seedInnovation(h, {
          opd: "Dinas Kesehatan",
          year,
          nama: `Inovasi ${i + 1}`,
          createdBy: op.id,
          status: "diajukan",
          urusan: URUSAN_CYCLE[i] ?? "statistik",
          claimed: k80,
        });
      }
      seedSpd(h, year, SPD_40, op.id);
    }
    await admin.send("/skor");
    expect(admin.lastText()).toContain("periode 2026. Kategori memakai pita tahun 2026.");
    expect(admin.lastText()).toContain("Klaim OPD: 38,55 — Kurang Inovatif");
    await admin.press("Rincian");
    expect(admin.lastText()).not.toContain("Catatan: aturan jumlah inovasi");

    await admin.send("/periode");
    expect(admin.lastText()).toContain(
      "• 2026 (aktif): k = 12; Sangat Inovatif 65,01–100,00; Inovatif 40,01–65,00; Kurang Inovatif 0,01–40,00; Tidak Dapat Dinilai 0,00–0,00",
    );
    expect(admin.lastText()).toContain("• 2023: k = 10; Sangat Inovatif 60,01–100,00; Inovatif 35,00–60,00");
    await admin.press("2023");
    expect(admin.lastText()).toContain("Jumlah inovasi: 0,38 per inovasi, paling banyak 200 inovasi, minimal 5 yandas (diasumsikan)");
    expect(admin.buttons()).not.toContain("Ubah k");
    await admin.press("Jadikan periode aktif");
    expect(admin.texts().at(-2)).toBe("Periode 2023 sekarang aktif: formulir inovasi dan skor memakai aturannya.");
    expect(getActivePeriod(h.db).year).toBe(2023);

    await admin.send("/skor");
    expect(admin.lastText()).toContain("periode 2023. Kategori memakai pita tahun 2023.");
    // 2023 rules: k = 10 → 640 / 10 + 3,04 = 67,04; (40 + 67,04) / 2,5 = 42,82 Inovatif.
    expect(admin.lastText()).toContain("Klaim OPD: 42,82 — Inovatif");
    // The assumed rule is said where the formula is shown.
    await admin.press("Rincian");
    expect(admin.lastText()).toContain("Catatan: aturan jumlah inovasi periode 2023 belum diketahui resmi");
    expect(audits()).toEqual([{ action: "period.activate", target: "period:2023", detail: JSON.stringify({ from: 2026, to: 2023 }) }]);
  });
});

describe("shipped periods on start", () => {
  it("reach an install that lacks them, and shipped years follow the code, keeping the active year and admin copies", () => {
    h.database.sqlite.prepare("delete from periods where year in (2024, 2025)").run();
    const old = getPeriod(h.db, 2023)!;
    // A 2023 row saved by an older version: no yandas reading, no eligibility rule, k changed.
    const { eligibility: _e, ...stale } = { ...old, k: 99 };
    h.database.sqlite.prepare("update periods set data = ? where year = 2023").run(JSON.stringify(stale));
    h.database.sqlite
      .prepare("insert into periods (year, data, active, created_at, updated_at) values (2030, ?, 0, 0, 0)")
      .run(JSON.stringify({ ...stale, year: 2030 }));
    h.restart();
    expect(listPeriods(h.db).map((p) => [p.year, p.active])).toEqual([
      [2023, false],
      [2024, false],
      [2025, false],
      [2026, true],
      [2030, false],
    ]);
    expect(getPeriod(h.db, 2023)!.k).toBe(10);
    // The admin's copy keeps its values and is read with the default rules it lacks.
    expect(getPeriod(h.db, 2030)).toMatchObject({ year: 2030, k: 99, eligibility: { beforeWindow: "pengembangan", maxParticipation: 2, assumed: true } });
  });
});

describe("/periode copy and edit", () => {
  it("copies a period to a new year and changes k, bands, window and jumlah rule, each validated and audited", async () => {
    await admin.send("/periode");
    await admin.press("2026 (aktif)");
    expect(admin.lastText()).toContain("Gerbang yandas: hanya urusan utama yang dihitung (diasumsikan)");
    expect(admin.lastText()).toContain("Penerapan sebelum rentang: ikut hanya dengan tanggal pengembangan terbaru di dalam rentang; paling banyak 2 kali ikut");
    await admin.press("Salin ke tahun baru");
    expect(admin.lastText()).toContain("Kirim tahun untuk salinan aturan periode 2026");
    await admin.send("2026");
    expect(admin.lastText()).toContain("Periode 2026 sudah ada. Pilih tahun lain.");
    await admin.send("dua ribu");
    expect(admin.lastText()).toContain("Tahun harus berupa 4 angka antara 2020 dan 2100.");
    await admin.send("2027");
    expect(admin.texts().at(-2)).toContain("Aturan periode 2026 disalin ke 2027.");
    expect(getPeriod(h.db, 2027)).toEqual({ ...PERIOD_2026, year: 2027 });
    expect(getActivePeriod(h.db).year).toBe(2026);

    await admin.press("Ubah k");
    expect(admin.lastText()).toContain("Kirim k baru untuk periode 2027 (bilangan bulat 1 sampai 1000). Sekarang: 12.");
    const before = periodRows();
    for (const [bad, hint] of [
      ["0", "k harus antara 1 dan 1000."],
      ["14,5", "Format tidak dikenali."],
      ["", "Format tidak dikenali."],
    ] as const) {
      await admin.send(bad);
      expect(admin.lastText()).toContain(hint);
      expect(admin.lastText()).toContain("Kirim k baru untuk periode 2027");
    }
    await admin.sendRaw({ location: { latitude: -6.1, longitude: 106.1 } });
    expect(admin.lastText()).toContain("Mohon jawab dengan pesan teks.");
    expect(periodRows()).toBe(before);
    await admin.send("14");
    expect(getPeriod(h.db, 2027)!.k).toBe(14);

    await admin.press("Ubah pita kategori");
    for (const [bad, hint] of [
      ["65,01 40,01", "Awal Inovatif harus lebih kecil"],
      ["40,011 65,01", "Paling banyak 2 angka desimal."],
      ["40", "Format tidak dikenali."],
      ["0,01 50", "Batas harus di atas 0,01"],
    ] as const) {
      await admin.send(bad);
      expect(admin.lastText()).toContain(hint);
    }
    await admin.send("20,01 50,01");
    expect(admin.lastText()).toContain(
      "Pita kategori: Sangat Inovatif 50,01–100,00; Inovatif 20,01–50,00; Kurang Inovatif 0,01–20,00; Tidak Dapat Dinilai 0,00–0,00",
    );

    await admin.press("Ubah jendela penerapan");
    await admin.send("31-12-2026 01-01-2025");
    expect(admin.lastText()).toContain("Tanggal awal tidak boleh sesudah tanggal akhir.");
    await admin.send("31-02-2025 01-01-2026");
    expect(admin.lastText()).toContain("Tanggal tidak sah.");
    await admin.send("01-01-2025 31-12-2026");
    expect(admin.lastText()).toContain("Jendela waktu penerapan: 1 Januari 2025 s.d. 31 Desember 2026");

    await admin.press("Ubah aturan jumlah inovasi");
    await admin.send("0,38 200 7");
    expect(admin.lastText()).toContain("minimal yandas 0 sampai 6");
    await admin.send("0,38 200 6 beririsan asumsi");
    expect(admin.lastText()).toContain("Jumlah inovasi: 0,38 per inovasi, paling banyak 200 inovasi, minimal 6 yandas (diasumsikan)");
    // The admin's edit replaces the copied "assumed" note of the reading.
    expect(admin.lastText()).toContain("Gerbang yandas: urusan utama dan urusan beririsan dihitung\n");

    await admin.press("Ubah aturan keikutsertaan");
    await admin.send("pengembangan 0");
    expect(admin.lastText()).toContain("Batas keikutsertaan harus 1 sampai 10 kali.");
    await admin.send("boleh 2");
    expect(admin.lastText()).toContain("Format tidak dikenali.");
    await admin.send("tolak 3");
    expect(admin.lastText()).toContain("Penerapan sebelum rentang: tidak ikut; paling banyak 3 kali ikut");

    const p = getPeriod(h.db, 2027)!;
    expect(p.k).toBe(14);
    expect(p.penerapanWindow).toEqual({ from: "2025-01-01", to: "2026-12-31", assumed: false });
    expect(p.jumlahRule).toEqual({ perInnovation: 0.38, cap: 200, minYandas: 6, yandasReading: "utama+beririsan", assumed: true });
    expect(p.eligibility).toEqual({ beforeWindow: "tolak", maxParticipation: 3, assumed: false });
    expect(audits().map((a) => [a.action, a.target, JSON.parse(a.detail).field ?? null])).toEqual([
      ["period.copy", "period:2027", null],
      ["period.edit", "period:2027", "k"],
      ["period.edit", "period:2027", "bands"],
      ["period.edit", "period:2027", "window"],
      ["period.edit", "period:2027", "jumlahRule"],
      ["period.edit", "period:2027", "eligibility"],
    ]);
    expect(JSON.parse(audits()[1]!.detail)).toEqual({ field: "k", from: 12, to: 14 });

    // The edited bands apply once 2027 is active: SPD 63 alone is 25,20, Inovatif from 20,01.
    seedSpd(h, 2027, allLevels(PERIOD_2026.spd, 3), 1);
    await admin.press("Jadikan periode aktif");
    await admin.send("/skor");
    expect(admin.lastText()).toContain("periode 2027. Kategori memakai pita tahun 2027.");
    expect(admin.lastText()).toContain("Klaim OPD: 25,20 — Inovatif");
  });

  it("keeps shipped periods read-only and refuses forged or stale buttons", async () => {
    const before = periodRows();
    await admin.pressData("per:e:2026:k");
    expect(admin.lastText()).toContain("Aturan periode bawaan tidak diubah langsung");
    expect(admin.lastText()).not.toContain("Kirim k baru");
    await admin.send("5");
    await admin.pressData("per:a:1999");
    await admin.pressData("per:v:abc");
    await admin.pressData("per:e:2026:z");
    expect(periodRows()).toBe(before);
    expect(h.fake.callsOf("answerCallbackQuery").filter((c) => c.payload.show_alert).length).toBe(3);
    expect(audits()).toEqual([]);
    expect(listPeriods(h.db).map((p) => p.year)).toEqual([2023, 2024, 2025, 2026]);
  });

  it("is refused to a pimpinan", async () => {
    seedPerson(h, 7002, "pimpinan");
    const pimpinan = h.user(7002);
    await pimpinan.send("/periode");
    expect(pimpinan.lastText()).toContain("Perintah /periode hanya untuk: Admin Bappeda.");
    const before = periodRows();
    await pimpinan.pressData("per:a:2023");
    expect(periodRows()).toBe(before);
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Harness, withAdmin } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import { seedPerson } from "../helpers/seed-people.js";
import { listOfficialResults } from "../../src/db/repo/official-results.js";

let h: Harness;
let admin: TestUser;

beforeEach(async () => {
  ({ h, admin } = await withAdmin());
});
afterEach(() => h.close());

const results = () => listOfficialResults(h.db).map((r) => [r.year, r.scoreHundredths, r.category]);
const audits = () =>
  h.database.sqlite.prepare("select action, target, detail from audit_log order by id").all() as { action: string; target: string; detail: string }[];

describe("official results", () => {
  it("ship Kota Serang's history once, and keep an admin's correction across restarts", async () => {
    expect(results()).toEqual([
      [2020, null, "Kurang Inovatif"],
      [2021, 4971, "Inovatif"],
      [2022, 6056, "Sangat Inovatif"],
      [2023, 5403, "Inovatif"],
      [2025, null, "Sangat Inovatif"],
    ]);
    await admin.send("/hasil_resmi");
    await admin.send("2023");
    await admin.send("54,13");
    await admin.press("Inovatif");
    h.restart();
    expect(results()).toContainEqual([2023, 5413, "Inovatif"]);
    expect(results()).toHaveLength(5);
  });

  it("reach an install that already had the older history, without touching what is there", async () => {
    h.database.sqlite.prepare("delete from official_results where year in (2020, 2025)").run();
    h.database.sqlite.prepare("update official_results set score_hundredths = 5413 where year = 2023").run();
    h.restart();
    expect(results()).toContainEqual([2020, null, "Kurang Inovatif"]);
    expect(results()).toContainEqual([2025, null, "Sangat Inovatif"]);
    expect(results()).toContainEqual([2023, 5413, "Inovatif"]);
  });

  it("records a year known only by its category, and /kategori shows it without a score", async () => {
    await admin.send("/kategori");
    expect(admin.lastText()).toContain("2020: Kurang Inovatif (skor tidak dipublikasikan)");
    expect(admin.lastText()).toContain("2025: Sangat Inovatif (skor tidak dipublikasikan)");
    await admin.send("/hasil_resmi");
    await admin.send("2019");
    expect(admin.buttons()).toEqual(["Tanpa skor (hanya kategori)"]);
    await admin.press("Tanpa skor (hanya kategori)");
    expect(admin.lastText()).toBe("Skor 2019: tanpa skor. Pilih kategori (predikat) sesuai keputusan:");
    await admin.press("Kurang Inovatif");
    expect(admin.lastText()).toBe("Hasil resmi tercatat: 2019: Kurang Inovatif (skor tidak dipublikasikan).");
    expect(results()).toContainEqual([2019, null, "Kurang Inovatif"]);
    const entry = audits().find((a) => a.action === "official-result.record")!;
    expect(JSON.parse(entry.detail).to).toEqual({ score: null, category: "Kurang Inovatif" });
    // The button belongs to the score question: pressed later it changes nothing.
    await admin.pressData("hr:n");
    expect(h.fake.callsOf("answerCallbackQuery").at(-1)!.payload.text).toMatch(/sudah tidak berlaku/);
    expect(results()).toHaveLength(6);
  });

  it("are not shipped to another Pemda", () => {
    const other = new Harness({ env: { PEMDA_NAME: "Kabupaten Lebak" } });
    try {
      expect(listOfficialResults(other.db)).toEqual([]);
    } finally {
      other.close();
    }
  });

  it("/hasil_resmi asks again on bad input, records year, score and category, and audits it", async () => {
    await admin.send("/hasil_resmi");
    expect(admin.lastText()).toContain("2021: 49,71 — Inovatif");
    expect(admin.lastText()).toContain("Kirim tahun hasil resmi");
    await admin.send("tahun lalu");
    expect(admin.lastText()).toContain("Tahun harus berupa 4 angka antara 2015 dan 2026.");
    expect(admin.lastText()).toContain("Kirim tahun hasil resmi");
    await admin.send("2031");
    expect(admin.lastText()).toContain("Tahun harus berupa 4 angka");
    await admin.sendRaw({ sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } });
    expect(admin.lastText()).toContain("Tahun harus berupa 4 angka");
    await admin.send("2024");
    expect(admin.lastText()).toBe("Kirim skor resmi tahun 2024 sesuai keputusan Kemendagri, contoh: 54,03.");
    for (const bad of ["62,405", "101", "enam puluh", "x".repeat(5000)]) {
      await admin.send(bad);
      expect(admin.lastText()).toContain("Skor harus angka 0 sampai 100 dengan paling banyak 2 desimal");
    }
    await admin.send("62,4");
    expect(admin.lastText()).toBe("Skor 2024: 62,40. Pilih kategori (predikat) sesuai keputusan:");
    expect(admin.buttons()).toEqual(["Sangat Inovatif", "Inovatif", "Kurang Inovatif", "Tidak Dapat Dinilai"]);
    await admin.send("Sangat Inovatif");
    expect(admin.lastText()).toContain("Pilih kategori untuk 2024 (62,40) dengan tombol di bawah.");
    expect(results()).toHaveLength(5);
    await admin.pressData("hr:c:9");
    expect(results()).toHaveLength(5);
    await admin.press("Sangat Inovatif");
    expect(admin.lastText()).toBe("Hasil resmi tercatat: 2024: 62,40 — Sangat Inovatif.");
    expect(results()).toContainEqual([2024, 6240, "Sangat Inovatif"]);
    const [entry] = audits().filter((a) => a.action === "official-result.record");
    expect(entry?.target).toBe("year:2024");
    expect(JSON.parse(entry!.detail)).toEqual({ from: null, to: { score: 6240, category: "Sangat Inovatif" } });
    // The button is spent once the flow ended.
    await admin.pressData("hr:c:1");
    expect(results()).toContainEqual([2024, 6240, "Sangat Inovatif"]);
    await admin.send("/kategori");
    expect(admin.lastText()).toContain("2024: 62,40 — Sangat Inovatif");
  });

  it("points out a category that the stored bands of that year would not give", async () => {
    await admin.send("/hasil_resmi");
    await admin.send("2023");
    expect(admin.lastText()).toContain("Hasil yang sudah tercatat (2023: 54,03 — Inovatif) akan diganti.");
    await admin.send("62,40");
    await admin.press("Inovatif");
    expect(admin.lastText()).toContain("menurut pita tahun 2023 yang tersimpan, skor ini termasuk Sangat Inovatif");
    expect(results()).toContainEqual([2023, 6240, "Inovatif"]);
    const entry = audits().find((a) => a.action === "official-result.record")!;
    expect(JSON.parse(entry.detail).from).toEqual({ score: 5403, category: "Inovatif" });
  });

  it("is refused to a pimpinan and an operator, and their forged buttons change nothing", async () => {
    seedPerson(h, 7002, "pimpinan");
    seedPerson(h, 7003, "operator", "Dinas Kesehatan");
    for (const id of [7002, 7003]) {
      const u = h.user(id);
      await u.send("/hasil_resmi");
      expect(u.lastText()).toContain("Perintah /hasil_resmi hanya untuk: Admin Bappeda.");
      await u.pressData("hr:c:0");
    }
    expect(results()).toHaveLength(5);
    expect(audits()).toEqual([]);
  });
});

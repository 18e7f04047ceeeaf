import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, withAdmin } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import { seedPerson } from "../helpers/seed-people.js";
import { PERIOD_2026 } from "../../src/core/period/index.js";
import { addEvidence } from "../../src/db/repo/innovations.js";
import { listOpds } from "../../src/db/repo/opds.js";
import type { Person } from "../../src/db/schema.js";
import { levelsForKematangan } from "../core/score-helpers.js";
import { seedInnovation } from "./score-fixtures.js";

let h: Harness;
let admin: TestUser;
let op: Person;

beforeEach(async () => {
  ({ h, admin } = await withAdmin());
  op = seedPerson(h, 7003, "operator", "Dinas Kesehatan");
  // Dinas Kesehatan: kematangan 90 (submitted) and 30 (draft), one withdrawn; evidence only
  // for indicator 16 of the first. Dinas Sosial: one verified innovation at 50, no evidence.
  const lv = (k: number) => levelsForKematangan(PERIOD_2026, k);
  const first = seedInnovation(h, { opd: "Dinas Kesehatan", year: 2026, nama: "Sehat A", createdBy: op.id, status: "diajukan", claimed: lv(90) });
  seedInnovation(h, { opd: "Dinas Kesehatan", year: 2026, nama: "Sehat B", createdBy: op.id, claimed: lv(30) });
  seedInnovation(h, { opd: "Dinas Kesehatan", year: 2026, nama: "Sehat C", createdBy: op.id, status: "ditarik", claimed: lv(111) });
  seedInnovation(h, { opd: "Dinas Sosial", year: 2026, nama: "Sosial A", createdBy: op.id, status: "terverifikasi", claimed: lv(50) });
  // A 2023 innovation does not belong to the active period's recap.
  seedInnovation(h, { opd: "Dinas Sosial", year: 2023, nama: "Lama", createdBy: op.id, status: "diajukan", claimed: lv(100) });
  addEvidence(h.db, { scope: "sid", innovationId: first, periodYear: 2026, indicatorCode: "16", kind: "pdf", createdBy: op.id, createdAt: h.now() });
  // A video under indicator 17 does not prove it: 17 accepts PDFs, photos and links.
  addEvidence(h.db, { scope: "sid", innovationId: first, periodYear: 2026, indicatorCode: "17", kind: "video", createdBy: op.id, createdAt: h.now() });
});
afterEach(() => h.close());

/** Indicators with a level above 0 in a levels record. */
const filled = (k: number) => Object.values(levelsForKematangan(PERIOD_2026, k)).filter((l) => l > 0).length;

describe("/rekap", () => {
  it("lists the OPDs with innovations by contribution, then one line for the rest, with a button that lists them", async () => {
    await admin.send("/rekap");
    const text = admin.lastText();
    const empty = listOpds(h.db, { activeOnly: true }).length - 2;
    expect(text).toContain("Rekap per OPD, periode 2026: 2 OPD punya inovasi, 3 inovasi (tanpa yang ditarik). Urut: sumbangan. Halaman 1/1.");
    const blocks = text.split("\n\n");
    // Only Sehat A (90) is submitted; divisor MAX(12, 2) = 12: 90 / 12 × 0,4 = 3,00 points.
    expect(blocks[1]).toBe(
      `Dinas Kesehatan\ndraf 1 · diajukan 1 · dikembalikan 0 · terverifikasi 0 · ditarik 1\nrata-rata kematangan: klaim OPD 60,00 · terverifikasi Bappeda – · indikator tanpa data dukung: ${filled(90) - 1 + filled(30)}\nsumbangan ke skor klaim: 3,00 poin IID`,
    );
    // Sosial A was verified with no level confirmed: its verified average is 0, labelled apart from the claim.
    expect(blocks[2]).toBe(
      `Dinas Sosial\ndraf 0 · diajukan 0 · dikembalikan 0 · terverifikasi 1 · ditarik 0\nrata-rata kematangan: klaim OPD 50,00 · terverifikasi Bappeda 0,00 · indikator tanpa data dukung: ${filled(50)}\nsumbangan ke skor klaim: 1,67 poin IID`,
    );
    expect(blocks[3]).toBe(`${empty} OPD belum punya inovasi.`);
    expect(text).not.toContain("Dinas Pendidikan");
    expect(admin.buttons()).toEqual([
      "Dinas Kesehatan · 3,00",
      "Dinas Sosial · 1,67",
      "• sumbangan",
      "data dukung kurang",
      "nama",
      `Lihat ${empty} OPD tanpa inovasi`,
      "📊 Grafik",
    ]);

    await admin.press(`Lihat ${empty} OPD tanpa inovasi`);
    const list = admin.lastText();
    expect(list.startsWith(`${empty} OPD belum punya inovasi pada periode 2026:\n\n• `)).toBe(true);
    const names = list.split("\n").filter((l) => l.startsWith("• "));
    expect(names).toHaveLength(empty);
    expect(names).toContain("• Dinas Pendidikan dan Kebudayaan");
    expect(list).not.toContain("Dinas Kesehatan");
  });

  it("ranks by contribution, not by average: more submitted maturity comes first", async () => {
    // Dinas Sosial gets a second submitted innovation of 50: 100 in all against Dinas Kesehatan's 90,
    // although its average (50) stays below Dinas Kesehatan's (60).
    seedInnovation(h, {
      opd: "Dinas Sosial",
      year: 2026,
      nama: "Sosial B",
      createdBy: op.id,
      status: "diajukan",
      claimed: levelsForKematangan(PERIOD_2026, 50),
    });
    await admin.send("/rekap");
    const names = admin.buttons().slice(0, 2);
    expect(names).toEqual(["Dinas Sosial · 3,33", "Dinas Kesehatan · 3,00"]);

    await admin.press("data dukung kurang");
    const first = admin.lastText().split("\n\n")[1]!;
    expect(first.startsWith(2 * filled(50) > filled(90) - 1 + filled(30) ? "Dinas Sosial" : "Dinas Kesehatan")).toBe(true);
    await admin.press("nama");
    expect(admin.lastText()).toContain("Urut: nama. Halaman 1/1.");
    expect(admin.buttons().slice(0, 2)).toEqual(["Dinas Kesehatan · 3,00", "Dinas Sosial · 3,33"]);
  });

  it("shows a pimpinan every OPD too", async () => {
    seedPerson(h, 7002, "pimpinan");
    const pimpinan = h.user(7002);
    await pimpinan.send("/rekap");
    expect(pimpinan.lastText()).toContain("Dinas Sosial\n");
    expect(pimpinan.lastText()).toContain("Dinas Kesehatan\n");
  });

  it("shows an operator their own OPD only, whatever button they forge", async () => {
    const operator = h.user(7003);
    await operator.send("/rekap");
    expect(operator.lastText()).toMatch(/^Rekap OPD Anda, periode 2026:\n\nDinas Kesehatan\ndraf 1 · diajukan 1/);
    expect(operator.lastText()).not.toContain("Dinas Sosial");
    await operator.pressData("rekap:nama:2");
    expect(operator.lastText()).toContain("Rekap OPD Anda");
    expect(operator.lastText()).not.toContain("Dinas Sosial");
  });

  it("pages with the shared pager, and each OPD button opens its innovations, most missing evidence first", async () => {
    // Eight more OPDs with one submitted innovation of 10 each: ten OPDs with innovations, two pages.
    const others = listOpds(h.db, { activeOnly: true })
      .filter((o) => o.name !== "Dinas Kesehatan" && o.name !== "Dinas Sosial")
      .slice(0, 8);
    for (const o of others)
      seedInnovation(h, {
        opd: o.name,
        year: 2026,
        nama: `Kecil ${o.id}`,
        createdBy: op.id,
        status: "diajukan",
        claimed: levelsForKematangan(PERIOD_2026, 10),
      });
    await admin.send("/rekap");
    const buttons = admin.buttons();
    // 8 OPDs of the page, the ‹ n/m › row of pagedKeyboard, the 3 sorts, the OPDs without innovations and Grafik.
    expect(buttons.slice(0, 2)).toEqual(["Dinas Kesehatan · 3,00", "Dinas Sosial · 1,67"]);
    expect(buttons.slice(8, 11)).toEqual(["‹", "1/2", "›"]);
    expect(buttons.slice(11, 14)).toEqual(["• sumbangan", "data dukung kurang", "nama"]);
    expect(buttons.at(-1)).toBe("📊 Grafik");
    await admin.press("›");
    expect(admin.lastText()).toContain("Halaman 2/2");
    expect(admin.lastText()).not.toContain("Dinas Kesehatan");

    await admin.press("Dinas Kesehatan · 3,00");
    const text = admin.lastText();
    expect(text).toMatch(/^Rekap OPD, periode 2026:\n\nDinas Kesehatan\n/);
    const lines = text.split("\n").filter((l) => l.startsWith("• "));
    expect(filled(90) - 1).toBeGreaterThan(filled(30));
    expect(lines).toEqual([
      `• Sehat A — Diajukan · kematangan klaim 90 · tanpa data dukung: ${filled(90) - 1}`,
      `• Sehat B — Draf · kematangan klaim 30 · tanpa data dukung: ${filled(30)}`,
    ]);
    expect(text).not.toContain("Sehat C"); // withdrawn
  });

  it("refuses an operator's forged button for another OPD, and opens their own", async () => {
    const operator = h.user(7003);
    const sosial = listOpds(h.db).find((o) => o.name === "Dinas Sosial")!;
    const kesehatan = listOpds(h.db).find((o) => o.name === "Dinas Kesehatan")!;
    const calls = await operator.pressData(`rekap:o:${sosial.id}`);
    expect(calls.find((c) => c.method === "answerCallbackQuery")?.payload.show_alert).toBe(true);
    expect(operator.texts().join("\n")).not.toContain("Sosial A");
    await operator.pressData(`rekap:o:${kesehatan.id}`);
    expect(operator.lastText()).toContain("• Sehat A — Diajukan");
  });
});

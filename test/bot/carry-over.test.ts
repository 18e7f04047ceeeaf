import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, withAdmin } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import { seedPerson } from "../helpers/seed-people.js";
import { COMPLETE_PROFILE, rows } from "../helpers/innovation.js";
import { addEvidence, updateProfile } from "../../src/db/repo/innovations.js";
import { innovations } from "../../src/db/schema.js";
import { eq } from "../../src/db/orm.js";
import type { Person } from "../../src/db/schema.js";
import { seedInnovation } from "./score-fixtures.js";

let h: Harness;
let admin: TestUser;
let operator: TestUser;
let op: Person;

beforeEach(async () => {
  ({ h, admin } = await withAdmin());
  op = seedPerson(h, 7003, "operator", "Dinas Kesehatan");
  operator = h.user(7003);
  seedPerson(h, 7004, "operator", "Dinas Sosial");
});
afterEach(() => h.close());

/** A 2025 innovation that took part (submitted), with evidence for indicators 16 and 18. */
function seed2025(nama: string, opd: string, participation = 1): number {
  const id = seedInnovation(h, {
    opd,
    year: 2025,
    nama,
    createdBy: op.id,
    status: "terverifikasi",
    claimed: { "16": 2, "18": 3, "35": 1 },
    verified: { "16": 1 },
  });
  updateProfile(h.db, id, { ...COMPLETE_PROFILE, waktuPenerapan: "2023-06-01" }, h.now());
  h.db.update(innovations).set({ participation, nationalResult: "diterima" }).where(eq(innovations.id, id)).run();
  for (const code of ["16", "18"]) {
    addEvidence(h.db, {
      scope: "sid",
      innovationId: id,
      periodYear: 2025,
      indicatorCode: code,
      kind: "link",
      url: `https://contoh.go.id/${code}`,
      createdBy: op.id,
      createdAt: h.now(),
    });
  }
  return id;
}

const rows2025 = () =>
  JSON.stringify([
    rows(h, "select * from innovations where period_year = 2025 order by id"),
    rows(h, "select * from evidence where period_year = 2025 order by id"),
  ]);
const drafts2026 = () => rows(h, "select * from innovations where period_year = 2026 order by id");

describe("/bawa_inovasi: carrying innovations of 2025 into 2026", () => {
  it("carries three innovations with their profile, answers and evidence, and refuses one taking part a third time", async () => {
    const a = seed2025("Posyandu Digital", "Dinas Kesehatan");
    seed2025("Sehat Jiwa", "Dinas Kesehatan");
    // Carried once already (2024 → 2025): a third time is over the 2026 limit of two.
    const veteran = seed2025("Antar Obat", "Dinas Kesehatan", 2);
    seed2025("Bansos Tepat", "Dinas Sosial");
    const before2025 = rows2025();

    // An operator sees their own OPD's innovations only, and carries one.
    await operator.send("/bawa_inovasi");
    expect(operator.lastText()).toContain("Bawa inovasi ke periode 2026 (3 dapat dipilih).");
    expect(operator.lastText()).toContain("paling banyak ikut 2 kali");
    expect(operator.buttons()).toEqual(["Antar Obat (2025, sudah ikut 2×)", "Posyandu Digital (2025, sudah ikut 1×)", "Sehat Jiwa (2025, sudah ikut 1×)"]);
    await operator.press("Posyandu Digital (2025, sudah ikut 1×)");
    expect(operator.lastText()).toContain(
      "“Posyandu Digital” dibawa ke periode 2026 sebagai draf (ikut ke-2 dari paling banyak 2 kali); 2 data dukung disalin.",
    );
    expect(operator.lastText()).toContain("Perlu diperbarui: data dukung indikator 18");

    const [copy] = drafts2026();
    expect(copy).toMatchObject({
      nama: "Posyandu Digital",
      status: "draf",
      participation: 2,
      carried_from_id: a,
      opd_id: op.opdId,
      waktu_penerapan: "2023-06-01",
    });
    expect(JSON.parse(copy.claimed_levels)).toEqual({ "16": 2, "18": 3, "35": 1 });
    // Verification and the national verdict belong to 2025.
    expect(JSON.parse(copy.verified_levels)).toEqual({});
    expect(copy.national_result).toBeNull();
    const copiedEvidence = rows(h, `select indicator_code, url, needs_update, period_year from evidence where innovation_id = ${copy.id} order by id`);
    expect(copiedEvidence).toEqual([
      { indicator_code: "16", url: "https://contoh.go.id/16", needs_update: 0, period_year: 2026 },
      { indicator_code: "18", url: "https://contoh.go.id/18", needs_update: 1, period_year: 2026 },
    ]);

    // Opening the carried draft's indicator 18 says its evidence needs a newer document.
    await operator.pressData(`inn:i:${copy.id}:18`);
    await operator.pressData(`inn:e:${copy.id}:18`);
    expect(operator.lastText()).toContain("Data dukung ini dibawa dari periode sebelumnya dan perlu diperbarui");
    await operator.send("/batal");

    // The third time is refused with a clear reason, and nothing changes.
    const beforeRefusal = JSON.stringify([drafts2026(), rows(h, "select * from evidence order by id"), rows(h, "select * from audit_log order by id")]);
    await operator.press("Antar Obat (2025, sudah ikut 2×)");
    expect(operator.lastText()).toBe("“Antar Obat” tidak dapat dibawa: sudah ikut 2 kali, dan periode 2026 membatasi paling banyak 2 kali.");
    expect(JSON.stringify([drafts2026(), rows(h, "select * from evidence order by id"), rows(h, "select * from audit_log order by id")])).toBe(beforeRefusal);

    // Pressing the carried one again does not make a second copy.
    await operator.pressData(`bawa:i:${a}`);
    expect(operator.lastText()).toBe("“Posyandu Digital” sudah ada di periode 2026.");
    // Another OPD's innovation cannot be carried by this operator.
    const other = rows(h, "select id from innovations where nama = 'Bansos Tepat'")[0].id;
    await operator.pressData(`bawa:i:${other}`);
    expect(h.fake.callsOf("answerCallbackQuery").at(-1)!.payload.text).toMatch(/sudah tidak berlaku/);
    expect(drafts2026()).toHaveLength(1);

    // An admin carries the rest at once: two more carried, the veteran refused again.
    await admin.send("/bawa_inovasi");
    expect(admin.buttons()).toContain("Bansos Tepat · Dinas Sosial (2025, 1×)");
    expect(admin.buttons()).toContain("Bawa semua (3)");
    await admin.press("Bawa semua (3)");
    const text = admin.lastText();
    expect(text).toContain("“Sehat Jiwa” dibawa ke periode 2026");
    expect(text).toContain("“Bansos Tepat” dibawa ke periode 2026");
    expect(text).toContain("“Antar Obat” tidak dapat dibawa: sudah ikut 2 kali");
    expect(drafts2026().map((r) => [r.nama, r.participation])).toEqual([
      ["Posyandu Digital", 2],
      ["Sehat Jiwa", 2],
      ["Bansos Tepat", 2],
    ]);
    expect(rows(h, "select count(*) as n from audit_log where action = 'innovation.carry-over'")[0].n).toBe(3);
    expect(rows(h, `select id from innovations where id = ${veteran} and period_year = 2025`)).toHaveLength(1);

    // The 2025 records are never changed.
    expect(rows2025()).toBe(before2025);
    await operator.send("/bawa_inovasi");
    expect(operator.buttons()).toEqual(["Antar Obat (2025, sudah ikut 2×)"]);
  });

  it("is refused to a pimpinan", async () => {
    seedPerson(h, 7002, "pimpinan");
    const p = h.user(7002);
    await p.send("/bawa_inovasi");
    expect(p.lastText()).toContain("Perintah /bawa_inovasi hanya untuk");
  });
});

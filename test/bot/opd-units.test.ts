import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, withAdmin } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import { findOpdByName } from "../../src/db/repo/opds.js";
import { guessUnitKind, planUnitCsv, planUnitLines } from "../../src/core/opd/units.js";

// Admins list the units (UPT, puskesmas, sekolah, kelurahan) under an OPD, by chat or CSV, so an
// innovation can name the unit that runs it.

let h: Harness;
let admin: TestUser;
beforeEach(async () => {
  ({ h, admin } = await withAdmin());
});
afterEach(() => h.close());

const units = () => h.database.sqlite.prepare("select o.code, u.name, u.kind from opd_units u join opds o on o.id = u.opd_id order by u.id").all();

async function openUnits(opdName: string) {
  const opd = findOpdByName(h.db, opdName)!;
  await admin.send("/opd");
  await admin.pressData(`opd:v:${opd.id}`);
  await admin.press(/^Unit pelaksana \(0\)/);
  expect(admin.lastText()).toContain(`Unit di bawah ${opdName} (0):`);
}

describe("units under an OPD", () => {
  it("by chat: one per line, the kind given or read from the name; a second send adds only what is new", async () => {
    await openUnits("Dinas Kesehatan");
    await admin.send("Puskesmas Ciracas\nPuskesmas Kilasah | puskesmas\nLabkesda | upt");
    expect(admin.lastText()).toBe("✓ Unit disimpan: 3 baru, 0 sudah ada.");
    expect(units()).toEqual([
      { code: "DINKES", name: "Puskesmas Ciracas", kind: "puskesmas" },
      { code: "DINKES", name: "Puskesmas Kilasah", kind: "puskesmas" },
      { code: "DINKES", name: "Labkesda", kind: "upt" },
    ]);
    const opd = findOpdByName(h.db, "Dinas Kesehatan")!;
    await admin.pressData(`opd:v:${opd.id}`);
    await admin.press(/^Unit pelaksana \(3\)/);
    await admin.send("puskesmas ciracas\nPuskesmas Unyur");
    expect(admin.lastText()).toBe("✓ Unit disimpan: 1 baru, 1 sudah ada.");
  });

  it("a bad line stores nothing and names the line", async () => {
    await openUnits("Dinas Kesehatan");
    await admin.send("Puskesmas Ciracas\nX\nLabkesda | gudang");
    expect(admin.lastText()).toBe(
      "Tidak ada yang disimpan: 2 kesalahan.\nBaris 2: nama terlalu pendek (X)\nBaris 3: jenis harus upt, puskesmas, sekolah, kelurahan atau lainnya (gudang)",
    );
    expect(units()).toEqual([]);
  });

  it("by CSV for many OPDs at once, found by code; an unknown code refuses the file", async () => {
    await openUnits("Dinas Kesehatan");
    const send = (csv: string) => {
      const file = h.fake.addFile(csv, "unit.csv");
      return admin.sendRaw({ document: { ...file, file_name: "unit.csv", mime_type: "text/csv" } });
    };
    await send("kode_opd;unit;jenis\nDINKES;Puskesmas Ciracas;puskesmas\nXYZ;Unit Entah;\n");
    expect(admin.lastText()).toBe("Tidak ada yang disimpan: 1 kesalahan.\nBaris 3: kode OPD tidak dikenal (XYZ)");
    expect(units()).toEqual([]);
    await send("kode_opd;unit;jenis\nDINKES;Puskesmas Ciracas;puskesmas\nKEC-SERANG;Kelurahan Cimuncang;\ndindikbud;SDN 1 Serang;\n");
    expect(admin.lastText()).toBe("✓ Unit disimpan: 3 baru, 0 sudah ada.");
    expect(units()).toEqual([
      { code: "DINKES", name: "Puskesmas Ciracas", kind: "puskesmas" },
      { code: "KEC-SERANG", name: "Kelurahan Cimuncang", kind: "kelurahan" },
      { code: "DINDIKBUD", name: "SDN 1 Serang", kind: "sekolah" },
    ]);
    expect(h.database.sqlite.prepare("select action from audit_log where action = 'opd.units'").all()).toHaveLength(1);
  });
});

describe("unit parsing", () => {
  it("guesses the kind from the name", () => {
    expect(["UPTD Pasar Rau", "Puskesmas Taktakan", "Kelurahan Sumurpecung", "SMPN 2 Serang", "Bidang Damkar"].map(guessUnitKind)).toEqual([
      "upt",
      "puskesmas",
      "kelurahan",
      "sekolah",
      "lainnya",
    ]);
  });

  it("refuses an empty message, a duplicate, and a CSV without its header", () => {
    expect(planUnitLines("  \n ", 1)).toMatchObject({ ok: false, fileProblem: "empty" });
    expect(planUnitLines("Puskesmas A\npuskesmas  a", 1)).toMatchObject({ ok: false, errors: [{ line: 2, problem: "duplicate" }] });
    expect(planUnitCsv("opd,nama\nDINKES,Puskesmas A", new Map([["DINKES", 1]]))).toMatchObject({ ok: false, fileProblem: "no-header" });
  });
});

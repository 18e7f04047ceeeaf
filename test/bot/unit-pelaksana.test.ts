import { rmSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import type { Innovation, Person } from "../../src/db/schema.js";
import { seedPerson } from "../helpers/seed-people.js";
import { innovationHarness, seedDraft } from "../helpers/innovation.js";
import { addOpdUnits, findOpdByName } from "../../src/db/repo/opds.js";
import { findInnovation } from "../../src/db/repo/innovations.js";

// The unit that runs an innovation: picked from the units an admin listed under the OPD, or typed.

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

async function openUnit() {
  await op.send("/inovasi");
  await op.press("Layanan Kilat");
  await op.press("Unit pelaksana");
}

describe("unit pelaksana", () => {
  it("is picked with one tap from the OPD's units and shown on the innovation's page", async () => {
    const opd = findOpdByName(h.db, "Dinas Kesehatan")!;
    addOpdUnits(h.db, [{ opdId: opd.id, name: "Puskesmas Ciracas", kind: "puskesmas" }], h.now());
    await openUnit();
    expect(op.lastText()).toContain("Pilih unit OPD Anda di bawah");
    await op.press("Puskesmas Ciracas");
    expect(findInnovation(h.db, inn.id)!.unitPelaksana).toBe("Puskesmas Ciracas");
    expect(op.texts().slice(-2).join("\n")).toContain("Unit pelaksana: Puskesmas Ciracas");
  });

  it("is typed when the OPD lists no units; a too-short name changes nothing", async () => {
    await openUnit();
    expect(op.lastText()).toContain("Ketik nama unit");
    await op.send("X");
    expect(op.lastText()).toBe("Nama unit harus 3–120 karakter. Ketik lagi, atau /batal.");
    expect(findInnovation(h.db, inn.id)!.unitPelaksana).toBeNull();
    await op.send("  SDN 1   Serang ");
    expect(findInnovation(h.db, inn.id)!.unitPelaksana).toBe("SDN 1 Serang");
  });
});

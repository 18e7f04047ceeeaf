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

describe("profile attachments", () => {
  const JPG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
  const PDF_BYTES = Buffer.from("%PDF-1.4\n% anggaran\n");
  const stored = () => h.database.sqlite.prepare("select indicator_code, kind, file_name from evidence order by id").all();

  it("anggaran and profil bisnis take a PDF, the photo a JPG/PNG; each is skipped with one tap", async () => {
    await op.send("/inovasi");
    await op.press("Layanan Kilat");
    await op.press(/^Lampiran profil/);
    expect(op.lastText()).toContain("• Anggaran (PDF): 0 berkas");
    await op.press("Anggaran (PDF)");
    expect(op.lastText()).toBe("Kirim Anggaran (PDF): PDF. Tidak ada? Tekan Lewati.");
    await op.sendDocument(JPG, "foto.jpg", "image/jpeg");
    expect(op.lastText()).toContain("Yang diterima: PDF.");
    await op.sendDocument(PDF_BYTES, "RAB 2025.pdf", "application/pdf");
    expect(op.texts().slice(-2).join("\n")).toContain("✓ Anggaran (PDF) disimpan.");

    await op.press(/^Lampiran profil/);
    await op.press("Profil bisnis (PDF)");
    await op.press("Lewati");
    await op.press(/^Lampiran profil/);
    await op.press("Foto inovasi");
    await op.sendDocument(JPG, "layanan.jpg", "image/jpeg");
    expect(stored()).toEqual([
      { indicator_code: "anggaran", kind: "pdf", file_name: "RAB 2025.pdf" },
      { indicator_code: "foto-inovasi", kind: "image", file_name: "layanan.jpg" },
    ]);
  });
});

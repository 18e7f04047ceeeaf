import { rmSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import type { Innovation, Person } from "../../src/db/schema.js";
import { seedPerson } from "../helpers/seed-people.js";
import { innovationHarness, PDF, rows, seedDraft } from "../helpers/innovation.js";
import { setStatus } from "../../src/db/repo/innovations.js";

// The caption typed with a file is kept and its nomor, tanggal and judul read; the operator
// corrects them in review, a verifier in verification.

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

const details = () => rows(h, "select note, doc_nomor, doc_tanggal, doc_judul from evidence order by id");

async function sendSk(caption: string) {
  const ids = h.fake.addFile(PDF, "sk.pdf");
  return op.sendRaw({ document: { ...ids, file_name: "sk.pdf", mime_type: "application/pdf" }, caption });
}

describe("document details from the caption", () => {
  it("are read with no extra tap, said on acceptance, listed in review and corrected there", async () => {
    await op.send("/lanjut");
    await op.press(/^1 · /);
    await sendSk("SK No. 188.45/12/2025 tgl 3 Maret 2025 tentang Penetapan Inovasi Layanan Kilat");
    expect(op.lastText()).toContain(
      "Data dukung 16 diterima: sk.pdf\nDibaca dari keterangan: nomor 188.45/12/2025 · 3 Maret 2025 · tentang Penetapan Inovasi Layanan Kilat",
    );
    expect(details()).toEqual([
      {
        note: "SK No. 188.45/12/2025 tgl 3 Maret 2025 tentang Penetapan Inovasi Layanan Kilat",
        doc_nomor: "188.45/12/2025",
        doc_tanggal: "2025-03-03",
        doc_judul: "Penetapan Inovasi Layanan Kilat",
      },
    ]);

    await op.send("/batal");
    await op.send("/inovasi");
    await op.press("Layanan Kilat");
    await op.press("Rincian dokumen");
    expect(op.lastText()).toContain("• 16 sk.pdf: nomor 188.45/12/2025 · 3 Maret 2025 · tentang Penetapan Inovasi Layanan Kilat");
    await op.press(/^16 sk\.pdf/);
    await op.send("pokoknya dicek saja");
    expect(op.lastText()).toContain("Tidak ada nomor, tanggal atau judul yang terbaca");
    expect(details()[0].doc_nomor).toBe("188.45/12/2025");
    await op.send("Keputusan Wali Kota Nomor 188.45/13/2025 tanggal 4 Maret 2025 tentang Penetapan Inovasi");
    expect(op.lastText()).toBe("✓ Rincian data dukung 16 disimpan: nomor 188.45/13/2025 · 4 Maret 2025 · tentang Penetapan Inovasi");
    expect(details()[0]).toMatchObject({ doc_nomor: "188.45/13/2025", doc_tanggal: "2025-03-04", doc_judul: "Penetapan Inovasi" });
    expect(rows(h, "select action from audit_log where action = 'evidence.details'")).toHaveLength(1);
  });

  it("a verifier corrects them on a submitted innovation; the operator can no longer, nor can another OPD", async () => {
    await op.send("/lanjut");
    await op.press(/^1 · /);
    await sendSk("SK tanpa nomor");
    expect(details()[0]).toMatchObject({ note: "SK tanpa nomor", doc_nomor: null, doc_tanggal: null, doc_judul: null });
    const [row] = rows(h, "select id from evidence");
    setStatus(h.db, inn.id, "diajukan", h.now(), { submittedAt: h.now() });

    await op.pressData(`doc:e:${row.id}`);
    expect(details()[0].doc_nomor).toBeNull();
    seedPerson(h, 8002, "operator", "Dinas Sosial");
    await h.user(8002).pressData(`doc:l:${inn.id}`);
    expect(h.user(8002).lastText()).not.toContain("Rincian dokumen");

    seedPerson(h, 7001, "admin");
    const admin = h.user(7001);
    await admin.pressData(`doc:l:${inn.id}`);
    expect(admin.lastText()).toContain("• 16 sk.pdf: (nomor, tanggal, judul belum ada)");
    await admin.press(/^16 sk\.pdf/);
    await admin.send("No. 800/55-Dinkes/2025 tgl 2 Januari 2025");
    expect(admin.lastText()).toBe("✓ Rincian data dukung 16 disimpan: nomor 800/55-Dinkes/2025 · 2 Januari 2025");
    expect(details()[0]).toMatchObject({ doc_nomor: "800/55-Dinkes/2025", doc_tanggal: "2025-01-02", doc_judul: null });
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Harness, withAdmin } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import { seedPerson, snapshot } from "../helpers/seed-people.js";
import { findActivePerson, findPerson } from "../../src/db/repo/people.js";
import { findOpdByName, listOpds } from "../../src/db/repo/opds.js";
import { KOTA_SERANG_OPDS } from "../../src/data/opd-kota-serang.js";

let h: Harness;
let admin: TestUser;

beforeEach(async () => {
  ({ h, admin } = await withAdmin());
});
afterEach(() => h.close());

const auditActions = () => (h.database.sqlite.prepare("select action from audit_log order by id").all() as { action: string }[]).map((r) => r.action);

async function sendCsv(user: TestUser, content: string, fileName = "opd.csv", mime = "text/csv") {
  const file = h.fake.addFile(content, fileName);
  return user.sendRaw({ document: { ...file, file_name: fileName, mime_type: mime } });
}

describe("the OPD registry", () => {
  it("ships Kota Serang's OPDs with the 6 kecamatan on first start, once", () => {
    const names = listOpds(h.db).map((o) => o.name);
    expect(names).toHaveLength(KOTA_SERANG_OPDS.length);
    for (const kec of ["Serang", "Cipocok Jaya", "Curug", "Kasemen", "Taktakan", "Walantaka"]) expect(names).toContain(`Kecamatan ${kec}`);
    h.restart();
    expect(listOpds(h.db)).toHaveLength(KOTA_SERANG_OPDS.length);
  });

  it("/opd pages through the list, adds, renames and deactivates, each audited", async () => {
    await admin.send("/opd");
    expect(admin.lastText()).toMatch(new RegExp(`Daftar OPD: ${KOTA_SERANG_OPDS.length} aktif, 0 nonaktif \\(halaman 1/6\\)`));
    await admin.press("›");
    expect(admin.lastText()).toContain("halaman 2/6");

    await admin.press("Tambah OPD");
    await admin.send("Dinas Kesehatan");
    expect(admin.lastText()).toContain("Sudah ada OPD dengan nama itu");
    await admin.send("Unit Layanan Inovasi | ULI");
    expect(admin.lastText()).toBe("OPD ditambahkan: Unit Layanan Inovasi (kode ULI).");

    const uli = findOpdByName(h.db, "unit layanan  INOVASI")!;
    await admin.pressData(`opd:v:${uli.id}`);
    await admin.press("Ganti nama");
    await admin.send("Unit Inovasi Daerah");
    expect(admin.lastText()).toBe("Nama OPD diganti: Unit Layanan Inovasi → Unit Inovasi Daerah.");
    await admin.pressData(`opd:v:${uli.id}`);
    await admin.press("Nonaktifkan");
    expect(admin.lastText()).toContain("Status: nonaktif");
    expect(auditActions()).toEqual(["opd.add", "opd.rename", "opd.deactivate"]);
  });

  it("imports a CSV that extends the list", async () => {
    await admin.send("/opd");
    await admin.press("Impor CSV");
    await admin.press("Tambahkan ke daftar yang ada");
    await sendCsv(admin, "nama;kode\nUPTD Puskesmas Ciracas;PKM-CIRACAS\nDinas Kesehatan;DINKES\n");
    expect(admin.lastText()).toBe("Daftar OPD diperbarui: 1 ditambahkan, 1 diperbarui, 0 dinonaktifkan.");
    expect(findOpdByName(h.db, "UPTD Puskesmas Ciracas")?.code).toBe("PKM-CIRACAS");
    expect(auditActions()).toContain("opd.import");
  });

  it("replaces the list: OPDs not in the file are deactivated, not deleted", async () => {
    await admin.send("/opd");
    await admin.press("Impor CSV");
    await admin.press("Ganti seluruh daftar");
    await sendCsv(admin, "Dinas Kesehatan,DINKES\nDinas Sosial,\n");
    expect(admin.lastText()).toBe(`Daftar OPD diperbarui: 0 ditambahkan, 2 diperbarui, ${KOTA_SERANG_OPDS.length - 2} dinonaktifkan.`);
    expect(listOpds(h.db, { activeOnly: true }).map((o) => o.name)).toEqual(["Dinas Kesehatan", "Dinas Sosial"]);
  });

  it("names every bad row and applies nothing", async () => {
    await admin.send("/opd");
    await admin.press("Impor CSV");
    await admin.press("Ganti seluruh daftar");
    const before = snapshot(h);
    await sendCsv(admin, "Dinas Baru,BARU\n,KOSONG\nDinas Baru,LAIN\nBadan X,DINKES\nDinas Y,kode salah!\n");
    const reply = admin.lastText();
    expect(reply).toContain("Tidak ada yang diubah: 4 masalah");
    expect(reply).toContain("Baris 2: kolom nama kosong");
    expect(reply).toContain("Baris 3: nama sama dengan baris lain");
    expect(reply).toContain("Baris 4: kode sudah dipakai OPD lain");
    expect(reply).toContain("Baris 5: kode tidak sah");
    expect(snapshot(h)).toBe(before);
  });

  it("refuses a file that is not CSV, or too large, before downloading it", async () => {
    await admin.send("/opd");
    await admin.press("Impor CSV");
    await admin.press("Tambahkan ke daftar yang ada");
    await sendCsv(admin, "MZ…", "virus.exe", "application/octet-stream");
    expect(admin.lastText()).toContain("Berkas harus berupa .csv");
    const big = h.fake.addFile("x", "besar.csv");
    await admin.sendRaw({ document: { ...big, file_size: 5 * 1024 * 1024, file_name: "besar.csv", mime_type: "text/csv" } });
    expect(admin.lastText()).toContain("terlalu besar");
    expect(h.fake.callsOf("getFile")).toHaveLength(0);
  });

  it("refuses a latin1 CSV with the 'save as CSV UTF-8' message and reads a UTF-16 one", async () => {
    await admin.send("/opd");
    await admin.press("Impor CSV");
    await admin.press("Tambahkan ke daftar yang ada");
    const before = snapshot(h);
    const latin1 = Buffer.from("Dinas Caf\xe9 Se\xf1or,CAFE\n", "latin1");
    const file = h.fake.addFile(latin1, "opd.csv");
    await admin.sendRaw({ document: { ...file, file_name: "opd.csv", mime_type: "text/csv" } });
    expect(admin.lastText()).toContain("CSV UTF-8");
    expect(snapshot(h)).toBe(before);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Dinas Café Señor,CAFE\n", "utf16le")]);
    const file16 = h.fake.addFile(utf16, "opd16.csv");
    await admin.sendRaw({ document: { ...file16, file_name: "opd16.csv", mime_type: "text/csv" } });
    expect(listOpds(h.db).map((o) => o.name)).toContain("Dinas Café Señor");
  });
});

describe("/pengguna", () => {
  it("revokes an operator: they are a guest from their next message and their menu follows", async () => {
    const op = seedPerson(h, 8100, "operator", "Dinas Sosial");
    await admin.send("/pengguna");
    expect(admin.lastText()).toContain("Orang 8100 (Staf) — Operator OPD, Dinas Sosial");
    await admin.press(/^Orang 8100/);
    await admin.press("Cabut akses");
    await admin.press("Ya, cabut");
    expect(admin.lastText()).toBe("Akses Orang 8100 sudah dicabut.");
    expect(h.fake.menus.get("chat:8100")?.map((c) => c.command)).toEqual(["start", "bantuan", "bahasa", "batal", "daftar"]);
    expect(h.user(8100).texts()).toContain("Akses Anda ke Bot Inovasi Daerah telah dicabut oleh admin Bappeda.");
    await h.user(8100).send("/bantuan");
    expect(h.user(8100).lastText()).toContain("(Belum terdaftar)");
    expect(findPerson(h.db, op.id)?.status).toBe("revoked");
    expect(auditActions()).toEqual(["person.revoke"]);
  });

  it("revokes a person who blocked the bot without an error for the admin, and tells others in their own language", async () => {
    const blocker = seedPerson(h, 8102, "operator", "Dinas Sosial");
    seedPerson(h, 8103, "operator", "Dinas Sosial");
    await h.user(8103).send("/bahasa");
    await h.user(8103).press("English");
    const refuse = (p: Record<string, any>) =>
      p.chat_id === 8102 || p.scope?.chat_id === 8102
        ? { ok: false as const, error_code: 403, description: "Forbidden: bot was blocked by the user" }
        : undefined;
    h.fake.override("sendMessage", refuse);
    h.fake.override("setMyCommands", refuse);
    for (const id of [8102, 8103]) {
      await admin.send("/pengguna");
      await admin.press(new RegExp(`^Orang ${id}`));
      await admin.press("Cabut akses");
      await admin.press("Ya, cabut");
      expect(admin.lastText()).toBe(`Akses Orang ${id} sudah dicabut.`);
    }
    expect(admin.texts().join("\n")).not.toContain("terjadi kesalahan");
    expect(findPerson(h.db, blocker.id)?.status).toBe("revoked");
    expect(h.user(8103).lastText()).toBe("Your access to the Regional Innovation Bot was revoked by a Bappeda admin.");
    expect(h.fake.menus.get("chat:8103")?.find((c) => c.command === "daftar")?.description).toMatch(/invitation/i);
    expect(auditActions()).toEqual(["person.revoke", "person.revoke"]);
  });

  it("does not pretend to revoke an ADMIN_IDS admin, who would be admin again on their next message", async () => {
    h.close();
    h = new Harness({ env: { ADMIN_IDS: "7001,7002" } });
    admin = h.user(7001);
    await admin.send("/start");
    await h.user(7002, { firstName: "Kedua" }).send("/start");
    await admin.send("/pengguna");
    await admin.press(/^Kedua · Admin Bappeda/);
    expect(admin.buttons()).not.toContain("Cabut akses");
    const other = findActivePerson(h.db, 7002)!;
    await admin.pressData(`usr:ry:${other.id}`);
    expect(admin.lastText()).toContain("tidak dapat dicabut dari bot");
    expect(findActivePerson(h.db, 7002)?.status).toBe("active");
    expect(auditActions()).toEqual([]);
  });

  it("moves an operator to another OPD", async () => {
    const op = seedPerson(h, 8101, "operator", "Dinas Sosial");
    await admin.send("/pengguna");
    await admin.press(/^Orang 8101/);
    await admin.press("Pindah OPD");
    for (let i = 0; i < 10 && !admin.buttons().includes("Kecamatan Curug"); i++) await admin.press("›");
    await admin.press("Kecamatan Curug");
    expect(admin.lastText()).toBe("Orang 8101 sekarang operator Kecamatan Curug.");
    expect(findActivePerson(h.db, 8101)?.opdId).toBe(findOpdByName(h.db, "Kecamatan Curug")!.id);
    expect(findPerson(h.db, op.id)?.role).toBe("operator");
    expect(auditActions()).toEqual(["person.move"]);
  });

  it("offers no way for an admin to revoke themselves", async () => {
    await admin.send("/pengguna");
    // No jabatan and no OPD: the line says so by leaving them out, not with dashes.
    expect(admin.lastText()).toContain("\n• User7001 — Admin Bappeda");
    await admin.press(/^User7001 · Admin Bappeda/);
    expect(admin.buttons()).not.toContain("Cabut akses");
    const self = findActivePerson(h.db, 7001)!;
    await admin.pressData(`usr:ry:${self.id}`);
    expect(admin.lastText()).toBe("Anda tidak dapat mencabut akses Anda sendiri.");
    expect(findActivePerson(h.db, 7001)).not.toBeNull();
  });
});

describe("/pemda", () => {
  it("shows and renames the Pemda profile, and the greeting follows", async () => {
    await admin.send("/pemda");
    expect(admin.lastText()).toBe("Pemerintah daerah: Kota Serang");
    await admin.press("Ganti nama");
    await admin.send("Pemerintah Kota Serang");
    expect(admin.lastText()).toBe("Nama pemerintah daerah sekarang: Pemerintah Kota Serang.");
    await h.user(5).send("/start");
    expect(h.user(5).lastText()).toContain("Bot Inovasi Daerah Pemerintah Kota Serang");
    expect(auditActions()).toEqual(["pemda.rename"]);
  });
});

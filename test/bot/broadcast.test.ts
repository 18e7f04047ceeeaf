import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import { seedPerson } from "../helpers/seed-people.js";
import { findPerson } from "../../src/db/repo/people.js";

let h: Harness;
let admin: TestUser;

beforeEach(async () => {
  h = new Harness({ env: { ADMIN_IDS: "7001" } });
  h.outbound();
  admin = h.user(7001);
  await admin.send("/start");
});
afterEach(() => h.close());

const announcementsTo = (chatId: number) =>
  h.fake
    .callsOf("sendMessage")
    .filter((c) => c.payload.chat_id === chatId && String(c.payload.text).startsWith("📢"))
    .map((c) => String(c.payload.text));
const broadcastAudits = () =>
  h.database.sqlite.prepare("select target, detail from audit_log where action = 'broadcast.send'").all() as { target: string; detail: string }[];

async function announce(text: string, audience: string | RegExp) {
  await admin.send("/umumkan");
  await admin.send(text);
  await admin.press(audience);
}

async function confirmAndWait() {
  await admin.press("Kirim");
  await h.outbound().outbox.idle();
}

describe("/umumkan", () => {
  it("previews, sends to the chosen audience only, and ends with the tally", async () => {
    seedPerson(h, 501, "operator", "Dinas Kesehatan");
    seedPerson(h, 502, "operator", "Dinas Sosial");
    seedPerson(h, 601, "pimpinan");
    await announce("Rapat koordinasi inovasi hari Senin pukul 09.00 di Bappeda.", "Semua operator OPD");
    expect(admin.lastText()).toMatch(
      /^Pratinjau pengumuman untuk Semua operator OPD: 2 penerima\.\nPeriksa lalu tekan Kirim\.\n\n📢 Pengumuman Bappeda\n\nRapat koordinasi/,
    );
    expect(announcementsTo(501)).toEqual([]);

    await confirmAndWait();
    expect(announcementsTo(501)).toEqual(["📢 Pengumuman Bappeda\n\nRapat koordinasi inovasi hari Senin pukul 09.00 di Bappeda."]);
    expect(announcementsTo(502)).toHaveLength(1);
    expect(announcementsTo(601)).toEqual([]);
    expect(announcementsTo(7001)).toEqual([]);
    expect(admin.lastText()).toBe("Pengumuman selesai dikirim ke 2 penerima.\nTerkirim: 2\nGagal: 0\nDiblokir: 0");
    expect(broadcastAudits().map((a) => a.target)).toEqual(["operator"]);

    // A second press of the old Kirim button sends nothing more.
    await admin.press("Kirim");
    await h.outbound().outbox.idle();
    expect(announcementsTo(501)).toHaveLength(1);
  });

  it("reaches one OPD picked from a paginated list", async () => {
    seedPerson(h, 501, "operator", "Dinas Kesehatan");
    seedPerson(h, 502, "operator", "Kecamatan Walantaka");
    await announce("Mohon cek data dukung.", "Satu OPD…");
    expect(admin.buttons()).toContain("›");
    let pages = 0;
    while (!admin.buttons().includes("Kecamatan Walantaka") && pages++ < 10) await admin.press("›");
    await admin.press("Kecamatan Walantaka");
    expect(admin.lastText()).toMatch(/^Pratinjau pengumuman untuk operator Kecamatan Walantaka: 1 penerima/);
    await confirmAndWait();
    expect(announcementsTo(502)).toHaveLength(1);
    expect(announcementsTo(501)).toEqual([]);
  });

  it("counts a person who blocked the bot as diblokir, marks them, and does not try them again", async () => {
    const blocker = seedPerson(h, 501, "operator", "Dinas Kesehatan");
    seedPerson(h, 502, "operator", "Dinas Sosial");
    seedPerson(h, 601, "pimpinan");
    h.fake.override("sendMessage", (p) =>
      p.chat_id === 501 ? { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" } : undefined,
    );
    await announce("Pengumuman pertama.", "Semua pengguna");
    await confirmAndWait();
    expect(admin.lastText()).toBe("Pengumuman selesai dikirim ke 3 penerima.\nTerkirim: 2\nGagal: 0\nDiblokir: 1");
    expect(findPerson(h.db, blocker.id)!.unreachableAt).not.toBeNull();

    const attempts = () => h.fake.callsOf("sendMessage").filter((c) => c.payload.chat_id === 501).length;
    const before = attempts();
    await announce("Pengumuman kedua.", "Semua pengguna");
    expect(admin.lastText()).toContain("1 orang lain tidak bisa dihubungi");
    await confirmAndWait();
    expect(admin.lastText()).toBe("Pengumuman selesai dikirim ke 3 penerima.\nTerkirim: 2\nGagal: 0\nDiblokir: 1");
    expect(attempts()).toBe(before);
  });

  it("rides out a 429 storm, showing progress, and delivers each announcement once", async () => {
    for (let i = 0; i < 40; i++) seedPerson(h, 800 + i, "operator", "Dinas Kesehatan");
    let storm = 15;
    h.fake.override("sendMessage", (p) =>
      p.chat_id !== 7001 && storm-- > 0
        ? { ok: false, error_code: 429, description: "Too Many Requests: retry after 3", parameters: { retry_after: 3 } }
        : undefined,
    );
    await announce("Batas diperpanjang.", "Semua operator OPD");
    await confirmAndWait();
    expect(admin.lastText()).toBe("Pengumuman selesai dikirim ke 40 penerima.\nTerkirim: 40\nGagal: 0\nDiblokir: 0");
    for (let i = 0; i < 40; i++) expect(announcementsTo(800 + i).length, `recipient ${i}`).toBeGreaterThanOrEqual(1);
    expect(h.fake.callsOf("sendMessage").filter((c) => String(c.payload.text).startsWith("📢")).length).toBe(40 + 15);
    // The admin saw the fan-out advance before the tally.
    expect(admin.texts().some((t) => /^Mengirim pengumuman… \d+\/40/.test(t))).toBe(true);
  });

  it("answers bad input with a hint and the same question, and sends nothing", async () => {
    seedPerson(h, 501, "operator", "Dinas Kesehatan");
    await admin.send("/umumkan");
    await admin.sendRaw({ location: { latitude: -6.1, longitude: 106.1 } });
    expect(admin.lastText()).toMatch(/^Mohon jawab dengan pesan teks\.\n\nTulis isi pengumuman/);
    await admin.send("y".repeat(5000));
    expect(admin.lastText()).toMatch(/^Jawaban terlalu panjang: paling banyak 3[.,]?500 karakter\.\n\nTulis isi pengumuman/);
    await admin.send("Halo semua.");
    await admin.send("operator");
    expect(admin.lastText()).toMatch(/^Silakan pilih salah satu tombol\.\n\nKirim kepada siapa\?/);
    await admin.press("Semua pimpinan");
    expect(admin.lastText()).toMatch(/^Tidak ada penerima yang bisa dihubungi untuk pilihan Semua pimpinan/);
    await admin.press("Semua operator OPD");
    await admin.press("Batal");
    expect(admin.lastText()).toBe("Pengumuman dibatalkan; tidak ada yang dikirim.");
    await admin.pressData("bc:ok");
    expect(h.fake.callsOf("answerCallbackQuery").at(-1)!.payload.text).toMatch(/sudah tidak berlaku/);
    await h.outbound().outbox.idle();
    expect(announcementsTo(501)).toEqual([]);
    expect(broadcastAudits()).toEqual([]);
  });

  it("is refused to operators", async () => {
    seedPerson(h, 501, "operator", "Dinas Kesehatan");
    const op = h.user(501);
    await op.send("/umumkan");
    expect(op.lastText()).toMatch(/hanya untuk: Admin Bappeda/);
    await op.pressData("bc:ok");
    expect(h.fake.callsOf("answerCallbackQuery").at(-1)!.payload.text).toMatch(/hanya untuk: Admin Bappeda/);
  });
});

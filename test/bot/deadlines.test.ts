import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import { seedPerson } from "../helpers/seed-people.js";
import { listUpcomingDeadlines } from "../../src/db/repo/deadlines.js";
import { reminderLog, remindersTo, seedOperator, wib } from "../scheduler/helpers.js";

const DAY = 86_400_000;
let h: Harness;
let admin: TestUser;

beforeEach(async () => {
  h = new Harness({ now: wib(2026, 5, 4, 8, 0), env: { ADMIN_IDS: "7001" } });
  h.outbound();
  admin = h.user(7001);
  await admin.send("/start");
});
afterEach(() => h.close());

const auditActions = () =>
  (h.database.sqlite.prepare("select action from audit_log where action like 'deadline.%' order by id").all() as { action: string }[]).map((r) => r.action);
const deadlineRows = () => h.database.sqlite.prepare("select name, due_at, audience, note, deleted_at from deadlines order by id").all();

async function createDeadline(name: string, due: string, audience: RegExp, note?: string) {
  await admin.send("/tenggat_baru");
  await admin.send(name);
  await admin.send(due);
  await admin.press(audience);
  if (note === undefined) await admin.press("Tanpa catatan");
  else await admin.send(note);
}

describe("/tenggat_baru", () => {
  it("asks name, WIB date and time, audience and note, then saves with an audit entry", async () => {
    await createDeadline("Batas pengisian inovasi 2026", "31-07-2026 23:59", /belum selesai/, "Lengkapi data dukung.");
    expect(admin.lastText()).toContain("Tenggat dibuat.");
    expect(admin.lastText()).toContain("31 Juli 2026 pukul 23.59 WIB");
    expect(admin.lastText()).toContain("Pengingat dikirim pada H-7, H-3, H-1, H-0");
    const [d] = listUpcomingDeadlines(h.db, h.now());
    expect(d).toMatchObject({ name: "Batas pengisian inovasi 2026", audience: "unfinished", note: "Lengkapi data dukung." });
    expect(d!.dueAt.getTime()).toBe(wib(2026, 7, 31, 23, 59).getTime());
    expect(auditActions()).toEqual(["deadline.create"]);

    // The ISO order works too.
    await createDeadline("Batas kedua", "2026-08-01 08:00", /Semua operator/);
    expect(listUpcomingDeadlines(h.db, h.now()).map((x) => [x.name, x.dueAt.getTime(), x.audience])).toEqual([
      ["Batas pengisian inovasi 2026", wib(2026, 7, 31, 23, 59).getTime(), "unfinished"],
      ["Batas kedua", wib(2026, 8, 1, 8, 0).getTime(), "all"],
    ]);
  });

  it("answers bad input with a specific hint and the same question, changing nothing", async () => {
    await admin.send("/tenggat_baru");
    await admin.sendRaw({ sticker: { file_id: "S", file_unique_id: "S", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } });
    expect(admin.lastText()).toBe("Mohon jawab dengan pesan teks.\n\nApa nama tenggatnya? Contoh: Batas pengisian inovasi 2026");
    await admin.send("x".repeat(5000));
    expect(admin.lastText()).toMatch(/^Jawaban terlalu panjang: paling banyak 100 karakter\.\n\nApa nama tenggatnya/);
    await admin.send("   ");
    expect(admin.lastText()).toMatch(/^Jawaban tidak boleh kosong\.\n\nApa nama tenggatnya/);
    await admin.send("Batas inovasi");

    const hints: [string, RegExp][] = [
      ["besok sore", /^Format waktu tidak dikenali/],
      ["31-07-2026", /^Format waktu tidak dikenali/],
      ["31-02-2026 10:00", /^Tanggal itu tidak ada di kalender/],
      ["31-07-2026 24:30", /^Jam tidak valid/],
      ["01-05-2026 10:00", /^Waktu itu sudah lewat/],
    ];
    for (const [input, hint] of hints) {
      await admin.send(input);
      expect(admin.lastText(), input).toMatch(hint);
      expect(admin.lastText(), input).toContain("Kapan batasnya (WIB)?");
    }
    await admin.send("31-07-2026 23:59");
    await admin.send("semua");
    expect(admin.lastText()).toMatch(/^Silakan pilih salah satu tombol\.\n\nSiapa yang diingatkan\?/);
    expect(admin.buttons()).toEqual(["Semua operator OPD", "Hanya OPD yang belum selesai"]);
    expect(deadlineRows()).toEqual([]);
    expect(auditActions()).toEqual([]);
  });

  it("refuses a stale audience button and non-admins", async () => {
    await admin.pressData("tgt:au:all");
    expect(h.fake.callsOf("answerCallbackQuery").at(-1)!.payload.text).toMatch(/sudah tidak berlaku/);
    seedPerson(h, 502, "operator", "Dinas Kesehatan");
    const op = h.user(502);
    await op.send("/tenggat_baru");
    expect(op.lastText()).toMatch(/hanya untuk: Admin Bappeda/);
    await op.pressData("tgt:rmy:1");
    expect(h.fake.callsOf("answerCallbackQuery").at(-1)!.payload.text).toMatch(/hanya untuk: Admin Bappeda/);
    expect(deadlineRows()).toEqual([]);
  });
});

describe("/tenggat", () => {
  it("lists upcoming deadlines with the time left for everyone; buttons only for admins", async () => {
    await createDeadline("Batas inovasi", "07-05-2026 23:59", /belum selesai/);
    await createDeadline("Rapat evaluasi", "04-05-2026 15:30", /Semua operator/);
    seedPerson(h, 502, "operator", "Dinas Kesehatan");
    const op = h.user(502);
    await op.send("/tenggat");
    expect(op.lastText()).toContain("Tenggat yang akan datang (2):");
    expect(op.lastText()).toMatch(
      /📅 Rapat evaluasi\nBatas: 4 Mei 2026 pukul 15\.30 WIB \(7 jam lagi\)[\s\S]*📅 Batas inovasi\nBatas: 7 Mei 2026 pukul 23\.59 WIB \(3 hari lagi\)/,
    );
    expect(op.lastText()).not.toContain("Sasaran");
    expect(op.buttons()).toEqual([]);

    await admin.send("/tenggat");
    expect(admin.lastText()).toContain("Sasaran pengingat: Hanya OPD yang belum selesai");
    expect(admin.buttons()).toEqual(["✏️ Rapat evaluasi", "✏️ Batas inovasi", "➕ Tenggat baru"]);

    h.advance(DAY);
    await op.send("/tenggat");
    expect(op.lastText()).toContain("Tenggat yang akan datang (1):");
    expect(op.lastText()).toContain("(2 hari lagi)");
  });

  it("lets admins rename, move, retarget, annotate and delete a deadline, each audited", async () => {
    await createDeadline("Batas inovasi", "07-05-2026 23:59", /belum selesai/);
    await admin.send("/tenggat");
    await admin.press("✏️ Batas inovasi");
    await admin.press("Ganti nama");
    await admin.send("");
    expect(admin.lastText()).toMatch(/^Jawaban tidak boleh kosong/);
    await admin.send("Batas akhir inovasi");
    expect(admin.lastText()).toMatch(/^📅 Batas akhir inovasi/);
    await admin.press("Ganti waktu");
    await admin.send("2026-05-10 12:00");
    expect(admin.lastText()).toContain("10 Mei 2026 pukul 12.00 WIB (6 hari lagi)");
    await admin.press("Ganti sasaran");
    expect(admin.lastText()).toContain("Sasaran pengingat: Semua operator OPD");
    await admin.press("Ganti catatan");
    await admin.send("Unggah bukti sebelum tanggal 9.");
    expect(admin.lastText()).toContain("Catatan: Unggah bukti sebelum tanggal 9.");
    await admin.press("🗑 Hapus");
    await admin.press("Ya, hapus");
    expect(admin.lastText()).toBe("Tenggat dihapus: Batas akhir inovasi");
    expect(auditActions()).toEqual(["deadline.create", "deadline.rename", "deadline.reschedule", "deadline.audience", "deadline.note", "deadline.delete"]);
    await admin.send("/tenggat");
    expect(admin.lastText()).toMatch(/^Belum ada tenggat yang akan datang/);
  });

  it("refuses a forged or stale deadline button and changes nothing", async () => {
    await createDeadline("Batas inovasi", "07-05-2026 23:59", /belum selesai/);
    const before = JSON.stringify(deadlineRows());
    for (const data of ["tgt:rmy:999", "tgt:ea:abc", "tgt:v:999999999999999"]) {
      await admin.pressData(data);
      expect(h.fake.callsOf("answerCallbackQuery").at(-1)!.payload.text, data).toMatch(/tidak ditemukan|tidak berlaku/);
    }
    expect(JSON.stringify(deadlineRows())).toBe(before);
  });
});

describe("a deadline made through the bot", () => {
  it("gets its reminders on the next tick, and moving it later lets reminders start over", async () => {
    seedOperator(h, 501, "Dinas Kesehatan", "draft", "Si Sehat");
    seedOperator(h, 503, "Dinas Sosial", "submitted");
    await createDeadline("Batas inovasi", "05-05-2026 23:59", /belum selesai/);
    await h.reminderTick();
    expect(remindersTo(h, 501)).toHaveLength(1);
    expect(remindersTo(h, 501)[0]).toContain("1 hari lagi");
    expect(remindersTo(h, 503)).toEqual([]);
    expect(reminderLog(h).map((r) => r.day)).toEqual([1]);

    await admin.send("/tenggat");
    await admin.press("✏️ Batas inovasi");
    await admin.press("Ganti waktu");
    await admin.send("20-05-2026 23:59");
    expect(reminderLog(h)).toEqual([]);
    h.advance(10 * DAY); // 14 May: H-6, so H-7 is owed for the new date
    await h.reminderTick();
    expect(remindersTo(h, 501)).toHaveLength(2);
    expect(reminderLog(h).map((r) => r.day)).toEqual([7]);
  });
});

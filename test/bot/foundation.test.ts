import { afterEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import { textsOf } from "../helpers/test-user.js";
import { sessions } from "../../src/db/schema.js";

let h: Harness;
afterEach(() => h?.close());

describe("/start, /bantuan and /bahasa", () => {
  it("greets a stranger in Indonesian and tells how to join", async () => {
    h = new Harness();
    const texts = textsOf(await h.user(501, { languageCode: "en" }).send("/start"));
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain("Selamat datang di Bot Inovasi Daerah Kota Serang");
    expect(texts[0]).toContain("Anda belum terdaftar");
    expect(texts[0]).toContain("kode undangan");
  });

  it("uses PEMDA_NAME in the greeting", async () => {
    h = new Harness({ env: { PEMDA_NAME: "Kabupaten Lebak" } });
    expect((await h.user(501).send("/start"), h.user(501).lastText())).toContain("Kabupaten Lebak");
  });

  it("makes ADMIN_IDS people admins on their first /start and sets their own command menu", async () => {
    h = new Harness({ env: { ADMIN_IDS: "777, 778" } });
    const admin = h.user(777);
    await admin.send("/start");
    expect(admin.lastText()).toContain("Anda terdaftar sebagai Admin Bappeda");
    expect(h.fake.menus.get("chat:777")?.map((c) => c.command)).toContain("bantuan");
  });

  it("/bantuan lists one line per command the person may use", async () => {
    h = new Harness();
    const u = h.user(502);
    await u.send("/bantuan");
    const lines = u.lastText().split("\n");
    expect(lines[0]).toContain("Belum terdaftar");
    expect(lines.filter((l) => l.startsWith("/"))).toEqual([
      "/start — Mulai dan lihat apa yang bisa Anda lakukan",
      "/bantuan — Daftar perintah",
      "/bahasa — Ganti bahasa",
      "/batal — Batalkan isian yang sedang berjalan",
      "/daftar — Daftar dengan kode undangan",
    ]);
  });

  it("/bahasa switches to English, keeps it across a restart, and back", async () => {
    h = new Harness();
    const u = h.user(503);
    await u.send("/bahasa");
    expect(u.buttons()).toEqual(["Bahasa Indonesia", "English"]);
    await u.press("English");
    expect(u.lastText()).toBe("Language changed to English.");
    h.restart();
    await u.send("/bantuan");
    expect(u.lastText()).toContain("Commands available to you (Not registered)");
    await u.send("/bahasa");
    await u.press("Bahasa Indonesia");
    await u.send("/start");
    expect(u.lastText()).toContain("Selamat datang");
  });

  it("texts carry no invisible bidi marks around placeables", async () => {
    h = new Harness();
    const u = h.user(504);
    await u.send("/start");
    expect(u.lastText()).not.toMatch(/[\u2068\u2069]/);
  });
});

describe("bad and unknown input", () => {
  it("answers an unknown command and leaves the database unchanged", async () => {
    h = new Harness();
    const u = h.user(505);
    const sessionsBefore = h.db.select().from(sessions).all().length;
    await u.send("/hapus_semua");
    expect(u.lastText()).toBe("Perintah /hapus_semua tidak dikenal. Kirim /bantuan untuk melihat daftar perintah.");
    expect(h.db.select().from(sessions).all().length).toBeLessThanOrEqual(sessionsBefore + 1);
  });

  it("answers a forged button with an alert", async () => {
    h = new Harness();
    const calls = await h.user(506).pressData("lang:xx");
    const answer = calls.find((c) => c.method === "answerCallbackQuery");
    expect(answer?.payload.text).toBe("Tombol ini sudah tidak berlaku. Silakan mulai lagi dari perintahnya.");
    expect(answer?.payload.show_alert).toBe(true);
  });

  it("answers a sticker in private chat instead of staying silent", async () => {
    h = new Harness();
    const u = h.user(507);
    await u.sendRaw({ sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } });
    expect(u.lastText()).toContain("Saya belum mengerti");
  });
});

describe("errors in handlers", () => {
  it("apologises with a reference id that is logged with the error, and keeps running", async () => {
    h = new Harness();
    h.fake.override("sendMessage", (p) =>
      String(p.text).startsWith("Selamat datang") ? { ok: false, error_code: 400, description: "Bad Request: boom" } : undefined,
    );
    const u = h.user(508);
    await u.send("/start");
    const apology = u.lastText();
    const ref = /Kode referensi: ([0-9A-F]{8})/.exec(apology)?.[1];
    expect(ref).toBeDefined();
    const logged = h.logLines.map((l) => JSON.parse(l)).find((l) => l.ref === ref);
    expect(logged?.msg).toBe("handler failed");
    expect(logged?.err?.message).toContain("boom");
    h.fake.clearOverrides();
    await u.send("/bantuan");
    expect(u.lastText()).toContain("Perintah yang tersedia");
  });

  it("never writes the token into a log line", async () => {
    h = new Harness();
    h.fake.override("sendMessage", () => ({ ok: false, error_code: 500, description: "Internal" }));
    await h.user(509).send("/start");
    expect(h.logLines.length).toBeGreaterThan(0);
    expect(h.logLines.join("\n")).not.toContain(h.fake.token.split(":")[1]);
  });
});

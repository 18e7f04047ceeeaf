import { afterEach, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { Harness } from "../helpers/harness.js";
import { seedPerson, snapshot } from "../helpers/seed-people.js";

let h: Harness;
afterEach(() => h?.close());

describe("redelivered updates", () => {
  it("has no second effect when Telegram delivers the same update twice, even after a restart", async () => {
    h = new Harness({ env: { ADMIN_IDS: "7001" } });
    const admin = h.user(7001);
    await admin.send("/start");
    await admin.send("/pemda");
    await admin.press("Ganti nama");
    const rename: Update = {
      update_id: 5000,
      message: {
        message_id: 77,
        date: 0,
        chat: { id: 7001, type: "private", first_name: "A" },
        from: { id: 7001, is_bot: false, first_name: "A" },
        text: "Kota Serang Madani",
      },
    } as Update;
    await h.bot.handleUpdate(rename);
    const afterFirst = snapshot(h);
    const sent = h.fake.callsOf("sendMessage").length;
    h.restart();
    await h.bot.handleUpdate(rename);
    expect(snapshot(h)).toBe(afterFirst);
    expect(h.fake.callsOf("sendMessage")).toHaveLength(sent);
    const audits = h.database.sqlite.prepare("select count(*) n from audit_log where action = 'pemda.rename'").get();
    expect(audits).toEqual({ n: 1 });
  });
});

describe("flood guard", () => {
  it("names each refused command (three times per window, then no echo) and serves them again later", async () => {
    h = new Harness({ rateLimit: { limit: 5, windowMs: 10_000 } });
    const u = h.user(600);
    for (let i = 0; i < 12; i++) await u.send("/bantuan");
    const texts = u.texts();
    expect(texts.filter((t) => t.startsWith("Perintah yang tersedia"))).toHaveLength(5);
    expect(texts.filter((t) => t.includes('"/bantuan" tidak diproses. Kirim lagi setelah 10 detik'))).toHaveLength(3);
    expect(texts).toHaveLength(8);
    h.advance(11_000);
    await u.send("/bantuan");
    expect(u.lastText()).toContain("Perintah yang tersedia");
  });

  it("files from a stranger outside any flow are limited like anything else: a photo flood gets no reply per photo", async () => {
    h = new Harness({ rateLimit: { limit: 5, windowMs: 10_000 } });
    const stranger = h.user(601);
    for (let i = 0; i < 40; i++) {
      const ids = h.fake.addFile("x", `foto-${i}.jpg`);
      await stranger.sendRaw({ photo: [{ ...ids, width: 10, height: 10 }] });
    }
    // Five answered as usual, three told to wait, the rest of the flood gets no echo.
    expect(stranger.texts()).toHaveLength(8);
  });
});

describe("groups", () => {
  it("answers /kategori for a pimpinan in a group and tells everyone else to use a private chat", async () => {
    h = new Harness();
    seedPerson(h, 610, "pimpinan");
    seedPerson(h, 611, "operator", "Dinas Sosial");
    const lead = h.user(610, { chatId: -100123 });
    const op = h.user(611, { chatId: -100123 });
    const before = snapshot(h);
    await op.send("/kategori");
    expect(op.lastText()).toContain("hanya dijawab untuk pimpinan dan admin");
    await op.send("/inovasi_baru");
    expect(op.lastText()).toContain("Bot ini bekerja di obrolan pribadi");
    const calls = await op.send("obrolan biasa di grup");
    expect(calls).toHaveLength(0);
    await lead.send("/start");
    expect(lead.lastText()).toContain("obrolan pribadi");
    const answer = (await lead.pressData("opd:tg:1")).find((c) => c.method === "answerCallbackQuery");
    expect(answer?.payload.text).toContain("obrolan pribadi");
    expect(snapshot(h)).toBe(before);
    const leadCalls = await lead.send("/kategori");
    expect(leadCalls.some((c) => String(c.payload.text ?? "").includes("obrolan pribadi"))).toBe(false);
  });

  it("ignores channel posts", async () => {
    h = new Harness();
    await h.bot.handleUpdate({
      update_id: 1,
      channel_post: { message_id: 1, date: 0, chat: { id: -1009, type: "channel", title: "Kanal" }, text: "/skor" },
    } as Update);
    expect(h.fake.calls.filter((c) => c.method !== "getMe")).toHaveLength(0);
  });
});

describe("blocking and unblocking the bot", () => {
  it("marks a person unreachable when they block the bot and reachable again when they return", async () => {
    h = new Harness();
    const person = seedPerson(h, 620, "operator", "Dinas Sosial");
    const change = (status: "kicked" | "member") =>
      h.bot.handleUpdate({
        update_id: h.updateId(),
        my_chat_member: {
          chat: { id: 620, type: "private", first_name: "O" },
          from: { id: 620, is_bot: false, first_name: "O" },
          date: 0,
          old_chat_member: { user: h.fake.botInfo, status: status === "kicked" ? "member" : "kicked" },
          new_chat_member: { user: h.fake.botInfo, status },
        },
      } as Update);
    const unreachable = () => (h.database.sqlite.prepare("select unreachable_at u from people where id = ?").get(person.id) as { u: number | null }).u;
    await change("kicked");
    expect(unreachable()).toBe(h.now().getTime());
    await change("member");
    expect(unreachable()).toBeNull();
  });
});

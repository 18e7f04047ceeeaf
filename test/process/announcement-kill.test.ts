import { join } from "node:path";
import Database from "better-sqlite3";
import { beforeEach, describe, expect, it } from "vitest";
import { PollingChats, startBotProcess, waitFor, processBed } from "../helpers/bot-process.js";

// The acceptance test of durable announcements: the real entry point, SIGKILLed in the middle
// of a 300-recipient /umumkan, then started again on the same database.

const ADMIN = 7001;
const RECIPIENTS = 300;
const FIRST_CHAT = 100_000;

const bed = processBed("inovasi-bc-kill-");
let chats: PollingChats;

beforeEach(async () => {
  chats = new PollingChats(bed.fake);
});

const dbPath = () => join(bed.dir, "inovasi.db");
const start = () =>
  startBotProcess({
    BOT_TOKEN: bed.fake.token,
    TELEGRAM_API_ROOT: bed.apiRoot,
    DATABASE_PATH: dbPath(),
    ADMIN_IDS: String(ADMIN),
    LOG_LEVEL: "info",
  });

const isAnnouncement = (text: string) => text.startsWith("📢");
const announcementCalls = () => bed.fake.callsOf("sendMessage").filter((c) => isAnnouncement(String(c.payload.text)));

async function exchange(send: () => void, chatId: number, expected: string) {
  const before = chats.textsTo(chatId).length;
  send();
  return waitFor(
    () =>
      chats
        .textsTo(chatId)
        .slice(before)
        .find((t) => t.includes(expected)),
    10_000,
    `reply containing "${expected}"`,
  );
}

/** 300 operators of Dinas Kesehatan, written by "another process" into the bot's database. */
function seedRecipients() {
  const db = new Database(dbPath());
  db.pragma("busy_timeout = 5000");
  const now = Date.now();
  const opd = db.prepare("select id from opds where name = 'Dinas Kesehatan'").get() as { id: number };
  const insert = db.prepare(
    "insert into people (telegram_id, role, opd_id, full_name, status, created_at, updated_at) values (?, 'operator', ?, ?, 'active', ?, ?)",
  );
  db.transaction(() => {
    for (let i = 0; i < RECIPIENTS; i++) insert.run(FIRST_CHAT + i, opd.id, `Operator ${i}`, now, now);
  })();
  db.close();
}

function deliveryStates(): Map<number, string> {
  const db = new Database(dbPath());
  const rows = db.prepare("select chat_id, state from announcement_deliveries").all() as { chat_id: number; state: string }[];
  db.close();
  return new Map(rows.map((r) => [r.chat_id, r.state]));
}

describe("an announcement in the running process", () => {
  it("SIGKILLed after ~100 of 300 recipients: after the restart each has it exactly once (the cut sends at most once) and the tally arrives", async () => {
    const first = start();
    await exchange(() => chats.say(ADMIN, "/start"), ADMIN, "Selamat datang");
    seedRecipients();
    await exchange(() => chats.say(ADMIN, "/umumkan"), ADMIN, "Tulis isi pengumuman");
    await exchange(() => chats.say(ADMIN, "Rapat koordinasi inovasi hari Senin."), ADMIN, "Kirim kepada siapa?");
    await exchange(() => chats.press(ADMIN, "bc:a:operator"), ADMIN, `${RECIPIENTS} penerima`);
    chats.press(ADMIN, "bc:ok");

    await waitFor(() => announcementCalls().length >= 100, 15_000, "100 announcements sent");
    first.child.kill("SIGKILL");
    expect(await first.exited).toEqual({ code: null, signal: "SIGKILL" });
    const sentBeforeKill = announcementCalls().length;
    const atKill = deliveryStates();
    expect(atKill.size).toBe(RECIPIENTS);
    // Deliveries whose HTTP request the kill cut: the only ones allowed to differ from "once".
    const cut = new Set([...atKill].filter(([, state]) => state === "sending").map(([chat]) => chat));
    expect(cut.size).toBeLessThanOrEqual(5); // the queue's concurrency
    expect([...atKill.values()].filter((s) => s === "pending").length).toBeGreaterThan(0);

    const second = start();
    const tally = await waitFor(() => chats.textsTo(ADMIN).find((t) => t.includes("Pengumuman selesai dikirim")), 25_000, "the tally");
    expect(announcementCalls().length).toBeGreaterThan(sentBeforeKill);

    const after = deliveryStates();
    const perChat = new Map<number, number>();
    for (const c of announcementCalls()) perChat.set(Number(c.payload.chat_id), (perChat.get(Number(c.payload.chat_id)) ?? 0) + 1);
    for (let i = 0; i < RECIPIENTS; i++) {
      const chat = FIRST_CHAT + i;
      if (cut.has(chat)) {
        expect(after.get(chat)).toBe("unknown");
        expect(perChat.get(chat) ?? 0, `cut recipient ${chat}`).toBeLessThanOrEqual(1);
      } else {
        expect(after.get(chat)).toBe("sent");
        expect(perChat.get(chat), `recipient ${chat}`).toBe(1);
      }
    }
    expect(tally).toContain(`Pengumuman selesai dikirim ke ${RECIPIENTS} penerima.\nTerkirim: ${RECIPIENTS - cut.size}\nGagal: 0\nDiblokir: 0`);
    if (cut.size > 0) expect(tally).toContain(`Tidak pasti: ${cut.size}`);
    else expect(tally).not.toContain("Tidak pasti");
    expect(chats.textsTo(ADMIN).filter((t) => t.includes("Pengumuman selesai dikirim"))).toHaveLength(1);

    second.child.kill("SIGTERM");
    expect(await second.exited).toEqual({ code: 0, signal: null });
  }, 45_000);
});

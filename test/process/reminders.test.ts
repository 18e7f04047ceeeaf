import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { startBotProcess, waitFor, type BotProcess, processBed } from "../helpers/bot-process.js";
import { commandEntities } from "../helpers/entities.js";

const bed = processBed("inovasi-rem-");
let proc: BotProcess | undefined;
let updateId = 1;

const ADMIN = 7001;
const OPERATOR = 5001;

const dbPath = () => join(bed.dir, "inovasi.db");

function say(userId: number, text: string) {
  const entities = commandEntities(text);
  bed.fake.pushUpdate({
    update_id: updateId++,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: "private", first_name: "Uji" },
      from: { id: userId, is_bot: false, first_name: "Uji" },
      text,
      entities,
    },
  } as Update);
}

function press(userId: number, data: string) {
  bed.fake.pushUpdate({
    update_id: updateId++,
    callback_query: {
      id: `cb${updateId}`,
      chat_instance: "x",
      data,
      from: { id: userId, is_bot: false, first_name: "Uji" },
      message: { message_id: 1, date: 0, chat: { id: userId, type: "private", first_name: "Uji" }, text: "…" },
    },
  } as Update);
}

const textsTo = (chatId: number) =>
  bed.fake
    .callsOf("sendMessage")
    .filter((c) => c.payload.chat_id === chatId)
    .map((c) => String(c.payload.text));

/** Says something and waits for the bot's next message in that chat to contain `expected`. */
async function exchange(send: () => void, chatId: number, expected: string) {
  const before = textsTo(chatId).length;
  send();
  return waitFor(
    () =>
      textsTo(chatId)
        .slice(before)
        .find((t) => t.includes(expected)),
    10_000,
    `reply containing "${expected}"`,
  );
}

/** An operator of Dinas Kesehatan with an unfinished draft, written by "another process" into the bot's database. */
function seedOperatorWithDraft() {
  const db = new Database(dbPath());
  db.pragma("busy_timeout = 5000");
  const now = Date.now();
  const opd = db.prepare("select id from opds where name = 'Dinas Kesehatan'").get() as { id: number };
  const period = db.prepare("select year from periods where active = 1").get() as { year: number };
  const person = db
    .prepare(
      "insert into people (telegram_id, role, opd_id, full_name, status, created_at, updated_at) values (?, 'operator', ?, 'Operator Dinkes', 'active', ?, ?)",
    )
    .run(OPERATOR, opd.id, now, now);
  db.prepare(
    "insert into innovations (opd_id, period_year, created_by, status, nama, nama_key, created_at, updated_at) values (?, ?, ?, 'draf', 'Si Sehat', 'si sehat', ?, ?)",
  ).run(opd.id, period.year, person.lastInsertRowid, now, now);
  db.close();
}

function lastTick(): number | undefined {
  const db = new Database(dbPath(), { readonly: true });
  const row = db.prepare("select value from app_state where key = 'reminders.last_tick'").get() as { value: string } | undefined;
  db.close();
  return row ? Number(row.value) : undefined;
}

function deadlineCreatedAt(): number {
  const db = new Database(dbPath(), { readonly: true });
  const row = db.prepare("select created_at from deadlines order by id limit 1").get() as { created_at: number };
  db.close();
  return row.created_at;
}

/** "dd-mm-yyyy 23:59" two days from now, in WIB. */
function inTwoDaysWib(): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Jakarta", day: "2-digit", month: "2-digit", year: "numeric" }).format(
    Date.now() + 2 * 86_400_000,
  );
  return `${parts.replaceAll("/", "-")} 23:59`;
}

describe("reminders in the running process", () => {
  // Both go through the outbound queue's own grammY client (on Node 24 it once failed every send).
  it("a deadline created through the bot produces its reminder within one tick, once, an announcement arrives, and SIGTERM still exits 0", async () => {
    proc = startBotProcess({
      BOT_TOKEN: bed.fake.token,
      TELEGRAM_API_ROOT: bed.apiRoot,
      DATABASE_PATH: dbPath(),
      ADMIN_IDS: String(ADMIN),
      REMINDER_CRON: "*/2 * * * * *",
      LOG_LEVEL: "debug",
    });
    await exchange(() => say(ADMIN, "/start"), ADMIN, "Selamat datang");
    seedOperatorWithDraft();

    await exchange(() => say(ADMIN, "/tenggat_baru"), ADMIN, "Apa nama tenggatnya?");
    await exchange(() => say(ADMIN, "Batas pengisian inovasi"), ADMIN, "Kapan batasnya");
    await exchange(() => say(ADMIN, inTwoDaysWib()), ADMIN, "Siapa yang diingatkan?");
    await exchange(() => press(ADMIN, "tgt:au:unfinished"), ADMIN, "Tambahkan catatan");
    await exchange(() => press(ADMIN, "tgt:nn"), ADMIN, "Tenggat dibuat.");

    const reminder = await waitFor(() => textsTo(OPERATOR).find((t) => t.startsWith("⏰")), 6_000, "the reminder");
    expect(reminder).toContain("Batas pengisian inovasi");
    expect(reminder).toContain("2 hari lagi");
    expect(reminder).toContain("Si Sehat");

    // Two more ticks (as recorded in app_state): nothing new.
    const sentAt = Date.now();
    await waitFor(() => (lastTick() ?? 0) > sentAt + 2_000, 10_000, "two more ticks");
    expect(textsTo(OPERATOR).filter((t) => t.startsWith("⏰"))).toHaveLength(1);
    expect(textsTo(ADMIN).filter((t) => t.startsWith("⏰"))).toEqual([]);

    // "Within one tick": the tick that planned the reminder is no later than the first tick
    // that started once the deadline existed.
    const createdAt = deadlineCreatedAt();
    const ticks = proc
      .output()
      .split("\n")
      .filter((l) => l.includes('"msg":"reminder tick"'))
      .map((l) => JSON.parse(l) as { tick_at: string; planned: number });
    const planner = ticks.find((t) => t.planned > 0);
    const firstAfter = ticks.find((t) => Date.parse(t.tick_at) >= createdAt);
    expect(planner && firstAfter).toBeTruthy();
    expect(Date.parse(planner!.tick_at)).toBeLessThanOrEqual(Date.parse(firstAfter!.tick_at));

    await exchange(() => say(ADMIN, "/umumkan"), ADMIN, "Tulis isi pengumuman");
    await exchange(() => say(ADMIN, "Rapat koordinasi hari Senin."), ADMIN, "Kirim kepada siapa?");
    await exchange(() => press(ADMIN, "bc:a:operator"), ADMIN, "Pratinjau pengumuman");
    press(ADMIN, "bc:ok");
    // The tally is an edit of the progress message.
    await waitFor(() => bed.fake.callsOf("editMessageText").some((c) => String(c.payload.text).includes("Terkirim: 1")), 10_000, "the announcement tally");
    expect(textsTo(OPERATOR).filter((t) => t.startsWith("📢"))).toEqual(["📢 Pengumuman Bappeda\n\nRapat koordinasi hari Senin."]);

    proc.child.kill("SIGTERM");
    const exit = await Promise.race([
      proc.exited,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no exit within 5 s of SIGTERM")), 5000)),
    ]);
    expect(exit).toEqual({ code: 0, signal: null });
  }, 40_000);
});

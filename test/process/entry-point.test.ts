import { readdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { beforeEach, describe, expect, it } from "vitest";
import { PollingChats, startBotProcess, waitFor, type BotProcess, processBed } from "../helpers/bot-process.js";

const bed = processBed("inovasi-proc-");
let proc: BotProcess | undefined;
let chats: PollingChats;

beforeEach(async () => {
  chats = new PollingChats(bed.fake);
});

function env(extra: Record<string, string> = {}) {
  return { BOT_TOKEN: bed.fake.token, TELEGRAM_API_ROOT: bed.apiRoot, DATABASE_PATH: join(bed.dir, "db", "inovasi.db"), LOG_LEVEL: "info", ...extra };
}

async function stop(p: BotProcess) {
  p.child.kill("SIGTERM");
  return Promise.race([p.exited, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no exit within 5 s of SIGTERM")), 5000))]);
}

describe("the real entry point", () => {
  it("refuses to start without BOT_TOKEN, with one line naming it", async () => {
    proc = startBotProcess({ DATABASE_PATH: join(bed.dir, "x.db") });
    const { code } = await proc.exited;
    expect(code).not.toBe(0);
    const lines = proc.stderr().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("BOT_TOKEN");
  });

  it("answers /start in Indonesian, stops cleanly on SIGTERM, and remembers /bahasa after a restart", async () => {
    proc = startBotProcess(env());
    chats.say(42, "/start");
    const greeting = await waitFor(() => chats.textsTo(42)[0], 10_000, "reply to /start");
    expect(greeting).toContain("Selamat datang di Bot Inovasi Daerah Kota Serang");
    expect(bed.fake.menus.get("default")?.map((c) => c.command)).toEqual(["start", "bantuan", "bahasa", "batal", "daftar"]);

    chats.press(42, "lang:en");
    await waitFor(() => bed.fake.callsOf("editMessageText").length > 0, 10_000, "language confirmation");
    expect(await stop(proc)).toEqual({ code: 0, signal: null });

    proc = startBotProcess(env());
    chats.say(42, "/start");
    const english = await waitFor(() => chats.textsTo(42)[1], 10_000, "reply after restart");
    expect(english).toContain("Welcome to the Regional Innovation Bot of Kota Serang");
    expect(await stop(proc)).toEqual({ code: 0, signal: null });

    // Every migration ran exactly once over the two starts.
    const sqlite = new Database(join(bed.dir, "db", "inovasi.db"), { readonly: true });
    const applied = sqlite.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number };
    sqlite.close();
    const files = readdirSync(new URL("../../migrations", import.meta.url)).filter((f) => f.endsWith(".sql"));
    expect(applied.n).toBe(files.length);
    expect(proc.output() + proc.stderr()).not.toContain(bed.fake.token.split(":")[1]);
  });
});

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PollingChats, startBotProcess, waitFor, type BotProcess, processBed } from "../helpers/bot-process.js";

const bed = processBed("inovasi-edges-");
let proc: BotProcess | undefined;

const ADMIN = 7001;

describe("the real entry point against a Bot API with rough edges", () => {
  it("starts although setMyCommands fails, says so truthfully, and delivers /cadangan and /ekspor although chat actions fail", async () => {
    // The default menu: 404 (a Bot API without the method); per-chat menus: 400; chat actions: 500.
    bed.fake.override("setMyCommands", (p) => ({
      ok: false,
      error_code: p.scope?.type === "chat" ? 400 : 404,
      description: p.scope?.type === "chat" ? "Bad Request: chat not found" : "Not Found",
    }));
    bed.fake.override("sendChatAction", () => ({ ok: false, error_code: 500, description: "Internal Server Error" }));
    proc = startBotProcess({
      BOT_TOKEN: bed.fake.token,
      TELEGRAM_API_ROOT: bed.apiRoot,
      DATABASE_PATH: join(bed.dir, "inovasi.db"),
      BACKUP_DIR: join(bed.dir, "cadangan"),
      ADMIN_IDS: String(ADMIN),
      LOG_LEVEL: "info",
    });
    const chats = new PollingChats(bed.fake);
    const logLines = () =>
      proc!
        .output()
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);

    chats.say(ADMIN, "/start");
    await waitFor(() => chats.textsTo(ADMIN).some((t) => t.includes("Selamat datang")), 10_000, "the welcome");
    const warning = logLines().find((l) => l.msg === "command menu not set");
    expect(warning).toMatchObject({ level: 40, method: "setMyCommands", error_code: 404, description: "Not Found" });
    expect(proc.output()).not.toContain("cannot reach the Telegram Bot API");

    chats.say(ADMIN, "/cadangan");
    chats.say(ADMIN, "/ekspor");
    const documents = () => bed.fake.callsOf("sendDocument").filter((c) => Number(c.payload.chat_id) === ADMIN);
    await waitFor(() => documents().length >= 2, 15_000, "the backup and the workbook");
    expect(documents().map((c) => c.payload.document.file_name)).toEqual([expect.stringMatching(/^inovasi-.*\.db$/), expect.stringMatching(/\.xlsx$/)]);
    expect(bed.fake.callsOf("sendChatAction").length).toBeGreaterThanOrEqual(2);
    expect(chats.textsTo(ADMIN).join("\n")).not.toContain("Maaf, terjadi kesalahan");

    proc.child.kill("SIGTERM");
    const exit = await Promise.race([
      proc.exited,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("no exit within 5 s of SIGTERM")), 5000)),
    ]);
    expect(exit).toEqual({ code: 0, signal: null });
  }, 40_000);
});

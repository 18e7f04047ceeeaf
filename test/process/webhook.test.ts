import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startBotProcess, waitFor, type BotProcess, processBed } from "../helpers/bot-process.js";

const SECRET = "rahasia-webhook-proses-123";
const bed = processBed("inovasi-webhook-");
let proc: BotProcess | undefined;

afterEach(async () => {});

const update = {
  update_id: 31,
  message: {
    message_id: 1,
    date: 0,
    chat: { id: 77, type: "private", first_name: "W" },
    from: { id: 77, is_bot: false, first_name: "W" },
    text: "/start",
    entities: [{ type: "bot_command", offset: 0, length: 6 }],
  },
};

describe("the entry point in webhook mode", () => {
  it("registers the webhook, serves updates only with the secret, reports health, and stops on SIGTERM", async () => {
    proc = startBotProcess({
      BOT_TOKEN: bed.fake.token,
      TELEGRAM_API_ROOT: bed.apiRoot,
      DATABASE_PATH: join(bed.dir, "inovasi.db"),
      WEBHOOK_URL: "https://bot.serangkota.go.id/telegram/hook",
      WEBHOOK_SECRET: SECRET,
      LOG_LEVEL: "info",
    });
    const port = await waitFor(() => /"port":(\d+).*http server listening/.exec(proc!.output())?.[1], 10_000, "http port");
    const base = `http://127.0.0.1:${port}`;
    await waitFor(() => bed.fake.callsOf("setWebhook").length > 0, 10_000, "setWebhook");
    expect(bed.fake.callsOf("setWebhook")[0]!.payload).toMatchObject({ url: "https://bot.serangkota.go.id/telegram/hook", secret_token: SECRET });
    expect(bed.fake.callsOf("getUpdates")).toHaveLength(0);

    const post = (secret?: string) =>
      fetch(`${base}/telegram/hook`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}) },
        body: JSON.stringify(update),
      });
    expect((await post()).status).toBe(401);
    expect((await post("salah-salah-salah-salah")).status).toBe(401);
    expect(bed.fake.callsOf("sendMessage")).toHaveLength(0);
    const tooBig = await fetch(`${base}/telegram/hook`, {
      method: "POST",
      headers: { "x-telegram-bot-api-secret-token": SECRET },
      body: "x".repeat(1024 * 1024 + 1),
    });
    expect(tooBig.status).toBe(413);
    expect((await post(SECRET)).status).toBe(200);
    await waitFor(() => bed.fake.callsOf("sendMessage").length > 0, 10_000, "reply");
    expect(String(bed.fake.callsOf("sendMessage")[0]!.payload.text)).toContain("Selamat datang");

    const health = await (await fetch(`${base}/healthz`)).json();
    expect(health.ok).toBe(true);
    expect(health.database).toBe("ok");
    expect(typeof health.lastUpdateAt).toBe("string");

    // Two wrong secrets in a burst: one warn line; neither the secret nor the token anywhere.
    const log = proc.output() + proc.stderr();
    expect(log.match(/"reason":"secret"/g)).toHaveLength(1);
    expect(log).toContain('"reason":"too-large"');
    expect(log).not.toContain(SECRET);
    expect(log).not.toContain("salah-salah-salah-salah");
    expect(log).not.toContain(bed.fake.token.split(":")[1]);

    proc.child.kill("SIGTERM");
    const exit = await Promise.race([proc.exited, new Promise<never>((_, r) => setTimeout(() => r(new Error("no exit in 5 s")), 5000))]);
    expect(exit).toEqual({ code: 0, signal: null });
  });
});

import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import { createHttpServer } from "../../src/server/http.js";

const SECRET = "rahasia-webhook-uji-1234";
let h: Harness;
let server: Server;

afterEach(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  h.close();
});

async function start(webhook: boolean): Promise<string> {
  h = new Harness();
  server = createHttpServer({ bot: h.bot, db: h.db, status: h.status, logger: h.logger, webhook: webhook ? { path: "/telegram/hook", secret: SECRET } : undefined });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const update = (id: number) => ({
  update_id: id,
  message: { message_id: id, date: 0, chat: { id: 501, type: "private", first_name: "U" }, from: { id: 501, is_bot: false, first_name: "U" }, text: "/start", entities: [{ type: "bot_command", offset: 0, length: 6 }] },
});

function post(base: string, body: unknown, secret?: string) {
  return fetch(`${base}/telegram/hook`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}) },
    body: JSON.stringify(body),
  });
}

describe("webhook mode", () => {
  it("handles an update posted with the right secret", async () => {
    const base = await start(true);
    const res = await post(base, update(1), SECRET);
    expect(res.status).toBe(200);
    expect(h.user(501).lastText()).toContain("Selamat datang");
  });

  it.each([["wrong", "salah-salah-salah-salah"], ["missing", undefined]])("answers 401 to a %s secret and handles nothing", async (_, secret) => {
    const base = await start(true);
    const res = await post(base, update(2), secret);
    expect(res.status).toBe(401);
    expect(h.fake.callsOf("sendMessage")).toHaveLength(0);
  });

  it("does not serve the webhook path in polling mode", async () => {
    const base = await start(false);
    expect((await post(base, update(3), SECRET)).status).toBe(404);
  });
});

describe("GET /healthz", () => {
  it("reports the database and the time of the last update", async () => {
    const base = await start(true);
    const before = await (await fetch(`${base}/healthz`)).json();
    expect(before).toEqual({ ok: true, database: "ok", lastUpdateAt: null });
    await post(base, update(4), SECRET);
    const after = await (await fetch(`${base}/healthz`)).json();
    expect(after.lastUpdateAt).toBe(h.now().toISOString());
  });

  it("answers 503 when the database is gone", async () => {
    const base = await start(false);
    h.database.close();
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(503);
    expect((await res.json()).database).toBe("unreachable");
    h.database = (await import("../../src/db/client.js")).openDatabase(h.config.DATABASE_PATH);
  });
});

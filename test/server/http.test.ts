import { connect, type AddressInfo } from "node:net";
import { request, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import { createHttpServer, type HttpLimits } from "../../src/server/http.js";

const SECRET = "rahasia-webhook-uji-1234";
let h: Harness;
let server: Server;

afterEach(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  h.close();
});

async function start(webhook: boolean, limits: Partial<HttpLimits> = {}): Promise<string> {
  h = new Harness();
  server = createHttpServer({
    bot: h.bot,
    db: h.db,
    status: h.status,
    logger: h.logger,
    webhook: webhook ? { path: "/telegram/hook", secret: SECRET } : undefined,
    limits,
    clock: () => h.now(),
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const update = (id: number) => ({
  update_id: id,
  message: {
    message_id: id,
    date: 0,
    chat: { id: 501, type: "private", first_name: "U" },
    from: { id: 501, is_bot: false, first_name: "U" },
    text: "/start",
    entities: [{ type: "bot_command", offset: 0, length: 6 }],
  },
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

  it.each([
    ["wrong", "salah-salah-salah-salah"],
    ["missing", undefined],
  ])("answers 401 to a %s secret and handles nothing", async (_, secret) => {
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

/** Log lines of refused requests, parsed. */
const refusals = () => h.logLines.map((l) => JSON.parse(l)).filter((l) => l.msg === "http request refused");

/** Posts raw bytes over node:http (which, unlike fetch, shows a response that comes before the body is done). */
function rawPost(base: string, chunks: Buffer[], headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}/telegram/hook`, { method: "POST", headers });
    req.once("response", (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    req.once("error", reject);
    const writeNext = (i: number) => {
      if (i >= chunks.length || req.destroyed) return void req.end();
      req.write(chunks[i], () => writeNext(i + 1));
    };
    writeNext(0);
  });
}

describe("webhook limits", () => {
  const body = (bytes: number) => {
    const json = JSON.stringify({ ...update(40), padding: "" });
    return Buffer.from(json.replace('"padding":""', `"padding":"${"x".repeat(bytes - json.length)}"`));
  };

  it("answers 413 to a 2 MB update with the right secret and handles nothing", async () => {
    const base = await start(true);
    const big = body(2 * 1024 * 1024);
    const status = await rawPost(base, [big], {
      "content-type": "application/json",
      "content-length": String(big.length),
      "x-telegram-bot-api-secret-token": SECRET,
    });
    expect(status).toBe(413);
    expect(h.fake.callsOf("sendMessage")).toHaveLength(0);
    expect(refusals()).toMatchObject([{ status: 413, reason: "too-large", method: "POST", path: "/telegram/hook" }]);
  });

  it("answers 413 to a chunked body (no Content-Length) once it passes the limit", async () => {
    const base = await start(true);
    const chunks = Array.from({ length: 40 }, () => Buffer.alloc(64 * 1024, 0x20));
    const status = await rawPost(base, chunks, { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET });
    expect(status).toBe(413);
    expect(h.fake.callsOf("sendMessage")).toHaveLength(0);
  });

  it("still handles an update just under the limit", async () => {
    const base = await start(true, { maxBodyBytes: 4096 });
    const status = await rawPost(base, [body(4000)], { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET });
    expect(status).toBe(200);
    expect(h.user(501).lastText()).toContain("Selamat datang");
  });

  it("logs a wrong secret once, with method, path and address but not the secret", async () => {
    const base = await start(true);
    const wrong = "salah-salah-salah-salah-99";
    expect((await post(base, update(41), wrong)).status).toBe(401);
    expect(refusals()).toMatchObject([{ level: 40, status: 401, reason: "secret", method: "POST", path: "/telegram/hook", remote: "127.0.0.1" }]);
    expect(h.logLines.join("")).not.toContain(wrong);
    expect(h.logLines.join("")).not.toContain(SECRET);
  });

  it("logs a burst of 20 refusals as one line, and counts the rest on the next line after the window", async () => {
    const base = await start(true);
    for (let i = 0; i < 20; i++) expect((await post(base, update(50 + i))).status).toBe(401);
    expect(refusals()).toHaveLength(1);
    h.advance(10_000);
    await post(base, update(70));
    expect(refusals()).toHaveLength(2);
    expect(refusals()[1]).toMatchObject({ reason: "secret", suppressed: 19 });
  });

  it("logs an unexpected POST as a 404", async () => {
    const base = await start(true);
    const res = await fetch(`${base}/wp-login.php?token=${SECRET}`, { method: "POST", body: "x" });
    expect(res.status).toBe(404);
    expect(refusals()).toMatchObject([{ status: 404, path: "/wp-login.php" }]);
    expect(h.logLines.join("")).not.toContain(SECRET);
  });

  it("answers 408 to a client that sends the headers and then stalls", async () => {
    const base = await start(true, { requestTimeoutMs: 150, connectionsCheckingIntervalMs: 25 });
    const { port } = new URL(base);
    const socket = connect(Number(port), "127.0.0.1");
    let answer = "";
    socket.on("data", (d) => (answer += String(d)));
    socket.write(
      `POST /telegram/hook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\nX-Telegram-Bot-Api-Secret-Token: ${SECRET}\r\n\r\n{"update_id":`,
    );
    await new Promise((r) => socket.once("close", r));
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(h.fake.callsOf("sendMessage")).toHaveLength(0);
    expect(refusals()).toMatchObject([{ status: 408, reason: "timeout", path: "/telegram/hook" }]);
  });

  it("drops connections past the cap, and logs it", async () => {
    const base = await start(true, { maxConnections: 1 });
    const { port } = new URL(base);
    const first = connect(Number(port), "127.0.0.1");
    await new Promise((r) => first.once("connect", r));
    const second = connect(Number(port), "127.0.0.1");
    await new Promise((r) => second.once("close", r));
    first.destroy();
    expect(refusals()).toMatchObject([{ reason: "connection-cap", remote: "127.0.0.1" }]);
  });
});

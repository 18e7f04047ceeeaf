import { Writable } from "node:stream";
import { BotError, GrammyError, HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";

const TOKEN = "123456:SECRET-token-abcdefghijklmnop";
const SECRET = "rahasia-webhook-uji-1234";
const PHONE = "+6281234567890";

function capture() {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk, _e, cb) => (lines.push(String(chunk)), cb()) });
  return { logger: createLogger("debug", [TOKEN, SECRET], sink), lines, text: () => lines.join("") };
}

function grammyError() {
  return new GrammyError(
    "Call to 'sendMessage' failed! (400: Bad Request: chat not found)",
    { ok: false, error_code: 400, description: "Bad Request: chat not found" },
    "sendMessage",
    {
      chat_id: 5,
      text: `Telepon: ${PHONE}`,
    },
  );
}

/** What grammY hands bot.catch: an error with the whole context, which reaches config and itself. */
function botError(inner: unknown) {
  const ctx: Record<string, unknown> = {
    update: { message: { contact: { phone_number: PHONE } } },
    deps: { config: { BOT_TOKEN: TOKEN, WEBHOOK_SECRET: SECRET } },
  };
  ctx.self = ctx;
  return new BotError(inner, ctx as never);
}

const noLeak = (text: string) => {
  expect(text).not.toContain(TOKEN);
  expect(text).not.toContain(TOKEN.split(":")[1]);
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain(PHONE);
};

describe("the logger", () => {
  it("keeps a Bot API error's method, code and description, not what was sent", () => {
    const log = capture();
    log.logger.error({ err: grammyError() }, "send failed");
    const line = JSON.parse(log.lines[0]!);
    expect(line.err).toMatchObject({ type: "GrammyError", method: "sendMessage", error_code: 400, description: "Bad Request: chat not found" });
    noLeak(log.text());
  });

  it("logs a BotError's inner error and never its context, circular as it is", () => {
    const log = capture();
    log.logger.error({ err: botError(grammyError()) }, "unhandled");
    log.logger.error(botError(new Error(`fetch https://api.telegram.org/bot${TOKEN}/getMe failed`)));
    const [first, second] = log.lines.map((l) => JSON.parse(l));
    expect(first.err.error).toMatchObject({ method: "sendMessage", description: "Bad Request: chat not found" });
    expect(second.err.error.message).toContain("bot[redacted]/getMe");
    noLeak(log.text());
  });

  it("keeps an HttpError's message and its cause's message, scrubbed", () => {
    const log = capture();
    log.logger.warn({ err: new HttpError("Network request for 'sendMessage' failed!", new Error(`connect to /bot${TOKEN}/sendMessage refused`)) }, "x");
    const line = JSON.parse(log.lines[0]!);
    expect(line.err.message).toBe("Network request for 'sendMessage' failed!");
    expect(line.err.error.message).toBe("connect to /bot[redacted]/sendMessage refused");
    noLeak(log.text());
  });

  it("scrubs secrets from circular objects, errors under any key, URLs and the message itself", () => {
    const log = capture();
    const loop: Record<string, unknown> = { note: `secret ${SECRET}` };
    loop.loop = loop;
    log.logger.info({ loop, reason: new Error(`token ${TOKEN}`), url: new URL(`https://api.telegram.org/bot${TOKEN}/x`) }, `msg ${TOKEN}`);
    const line = JSON.parse(log.lines[0]!);
    expect(line.loop).toEqual({ note: "secret [redacted]", loop: "[circular]" });
    expect(line.reason.message).toBe("token [redacted]");
    expect(line.url).toBe("https://api.telegram.org/bot[redacted]/x");
    expect(line.msg).toBe("msg [redacted]");
    noLeak(log.text());
  });

  it("redacts fields that hold secrets or personal data, and names class instances instead of walking them", () => {
    const log = capture();
    class Context {
      api = { token: TOKEN };
    }
    log.logger.child({ update_id: 1 }).info({ phone: PHONE, text: `call me ${PHONE}`, config: { BOT_TOKEN: "x" }, something: new Context() }, "child line");
    const line = JSON.parse(log.lines[0]!);
    expect(line).toMatchObject({ update_id: 1, phone: "[redacted]", text: "[redacted]", config: "[redacted]", something: "[Context]" });
    noLeak(log.text());
  });
});

import { describe, expect, it } from "vitest";
import { GrammyError, HttpError } from "grammy";
import { classifyFailure, toSendResult } from "../../src/outbound/send-result.js";

describe("toSendResult", () => {
  const grammyError = (code: number, description: string, parameters = {}) =>
    new GrammyError("Call to 'sendMessage' failed!", { ok: false, error_code: code, description, parameters }, "sendMessage", {});

  it("maps Telegram errors by code, keeping retry_after", () => {
    expect(toSendResult(grammyError(429, "Too Many Requests: retry after 5", { retry_after: 5 }))).toEqual({
      ok: false,
      status: 429,
      retryAfter: 5,
      description: "Too Many Requests: retry after 5",
    });
    expect(toSendResult(grammyError(403, "Forbidden: bot was blocked by the user"))).toEqual({
      ok: false,
      status: 403,
      description: "Forbidden: bot was blocked by the user",
    });
    expect(toSendResult(grammyError(400, "Bad Request: chat not found"))).toMatchObject({ status: 400 });
    expect(toSendResult(grammyError(502, "Bad Gateway"))).toMatchObject({ status: 502 });
  });

  it("maps network errors to status 0 and anything else to -1", () => {
    expect(toSendResult(new HttpError("Network request failed", new Error("ETIMEDOUT")))).toMatchObject({ ok: false, status: 0 });
    expect(toSendResult(new Error("boom"))).toEqual({ ok: false, status: -1, description: "boom" });
    expect(toSendResult("weird")).toEqual({ ok: false, status: -1, description: "weird" });
  });
});

describe("classifyFailure", () => {
  it("retries 5xx and network errors, pauses on 429, gives up on the rest", () => {
    expect([429, 403, 0, 500, 502, 599, 400, 401, 404, -1].map(classifyFailure)).toEqual([
      "rate-limited",
      "blocked",
      "transient",
      "transient",
      "transient",
      "transient",
      "permanent",
      "permanent",
      "permanent",
      "permanent",
    ]);
  });
});

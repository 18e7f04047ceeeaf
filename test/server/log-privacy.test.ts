import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { Harness, withAdmin } from "../helpers/harness.js";
import { createHttpServer } from "../../src/server/http.js";
import { createInvitation } from "../../src/db/repo/invitations.js";
import { findActivePerson } from "../../src/db/repo/people.js";

/** Failing runs must leave a useful log that holds no secret and no personal data. */

const SECRET = "rahasia-webhook-log-5678";
const PHONE = "+6281299887766";
let h: Harness;
let server: Server | undefined;

afterEach(async () => {
  if (server) await new Promise<void>((r) => server!.close(() => r()));
  server = undefined;
  h.close();
});

function expectNoLeak(log: string) {
  expect(log).not.toContain(h.fake.token);
  expect(log).not.toContain(h.fake.token.split(":")[1]);
  expect(log).not.toContain(SECRET);
  expect(log).not.toContain(PHONE);
  expect(log).not.toContain(PHONE.slice(1));
}

describe("the log of a failing webhook update", () => {
  it("names the failure but holds neither the token, the webhook secret nor the sender's phone number", async () => {
    h = new Harness({ env: { WEBHOOK_URL: "https://bot.example.go.id/telegram/hook", WEBHOOK_SECRET: SECRET } });
    server = createHttpServer({ bot: h.bot, db: h.db, status: h.status, logger: h.logger, webhook: { path: "/telegram/hook", secret: SECRET } });
    await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
    // The status middleware runs before the error boundary: a failure there escapes to the server,
    // wrapped by grammY with the whole context (the update, the API with the token, the config).
    Object.defineProperty(h.status, "lastUpdateAt", {
      set() {
        throw new Error(`status store unavailable at /bot${h.fake.token}/`);
      },
    });
    const update = {
      update_id: 90,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: 601, type: "private", first_name: "P" },
        from: { id: 601, is_bot: false, first_name: "P" },
        contact: { phone_number: PHONE, first_name: "P", user_id: 601 },
      },
    };
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/telegram/hook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(update),
    });
    expect(res.status).toBe(500);

    const failure = h.logLines.map((l) => JSON.parse(l)).find((l) => l.msg === "webhook update failed");
    expect(failure).toMatchObject({ level: 50, update_id: 90, err: { message: "status store unavailable at /bot[redacted]/" } });
    expectNoLeak(h.logLines.join("\n"));
  });
});

describe("the log of a failed send", () => {
  it.each([
    [400, "Bad Request: chat not found"],
    [500, "Internal Server Error"],
  ])("keeps sendMessage's %i and description but not the phone number the message echoed", async (code, description) => {
    const setup = await withAdmin({ env: { WEBHOOK_SECRET: SECRET } });
    h = setup.h;
    const invitation = createInvitation(h.db, { role: "pimpinan", opdId: null, createdBy: findActivePerson(h.db, 7001)!.id, ttlDays: 7 }, h.now());
    const person = h.user(8101);
    await person.send(`/start ${invitation.code}`);
    await person.send("Budi Santoso");
    await person.send("Sekretaris Daerah");
    h.fake.override("sendMessage", (p) => (String(p.text).includes(PHONE) ? { ok: false, error_code: code, description } : undefined));
    await person.sendRaw({ contact: { phone_number: PHONE, first_name: "Budi", user_id: 8101 } });
    expect(h.fake.callsOf("sendMessage").some((c) => String(c.payload.text).includes(PHONE))).toBe(true);

    const failure = h.logLines.map((l) => JSON.parse(l)).find((l) => l.msg === "handler failed");
    expect(failure?.err).toMatchObject({ type: "GrammyError", method: "sendMessage", error_code: code, description });
    expectNoLeak(h.logLines.join("\n"));
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import { startScheduler, type ReminderScheduler } from "../../src/scheduler/index.js";
import { lastReminderTick } from "../../src/db/repo/deadlines.js";
import { runReminderTick } from "../../src/scheduler/tick.js";
import { createTelegramOutbox } from "../../src/outbound/telegram.js";
import { FakeClock } from "../helpers/fake-clock.js";
import { remindersTo, seedDeadline, seedOperator, wib } from "./helpers.js";

const DAY = 86_400_000;
let h: Harness;
let scheduler: ReminderScheduler | undefined;

beforeEach(() => {
  // 08:00 WIB on 5 May: inside the harness's fake days, so a downtime over it owes a tick, but
  // (real) node-cron fires it only one second a year, so only start-up runs and manual ticks happen.
  h = new Harness({ now: wib(2026, 5, 4, 8, 0), env: { REMINDER_CRON: "0 8 5 5 *" } });
  h.outbound();
});
afterEach(async () => {
  await scheduler?.stop();
  h.close();
});

const start = () => (scheduler = startScheduler({ config: h.config, db: h.db, logger: h.logger, clock: () => h.now() }, h.outbound().outbox));

describe("the reminder scheduler", () => {
  it("catches up at start with what became due while the bot was down, once, and records the tick", async () => {
    seedOperator(h, 501, "Dinas Kesehatan", "draft");
    seedDeadline(h, wib(2026, 5, 20, 23, 59));
    start();
    expect(await scheduler!.catchUp).toMatchObject({ planned: 0 });
    expect(lastReminderTick(h.db)).toEqual(h.now());
    await scheduler!.stop();

    // Down for 14 days: H-7 and H-3 passed unsent; only the most recent one (H-3... now H-2) goes out.
    h.advance(14 * DAY);
    h.restart();
    h.outbound();
    start();
    expect(await scheduler!.catchUp).toMatchObject({ planned: 1, sent: 1 });
    expect(remindersTo(h, 501)).toHaveLength(1);
    expect(remindersTo(h, 501)[0]).toContain("2 hari lagi");
    expect(lastReminderTick(h.db)).toEqual(h.now());

    expect(await scheduler!.tick()).toMatchObject({ planned: 0 });
  });

  it("sends nothing at a restart that missed no scheduled tick (no reminders in the night)", async () => {
    seedOperator(h, 501, "Dinas Kesehatan", "draft");
    start();
    await scheduler!.catchUp;
    await scheduler!.stop();
    // A deadline whose H-3 is due, but the restart comes before the next 08:00 WIB tick.
    seedDeadline(h, wib(2026, 5, 6, 23, 59));
    h.advance(12 * 3_600_000);
    h.restart();
    h.outbound();
    start();
    expect(await scheduler!.catchUp).toBeUndefined();
    expect(remindersTo(h, 501)).toEqual([]);
    // The 08:00 tick then sends it.
    h.advance(12 * 3_600_000);
    expect(await scheduler!.tick()).toMatchObject({ planned: 1, sent: 1 });
  });

  it("after a crash during a reminder's send, does not send it again and logs it as not known to have arrived", async () => {
    seedOperator(h, 501, "Dinas Kesehatan", "draft");
    seedDeadline(h, wib(2026, 5, 6, 23, 59));
    // A process that dies while Telegram's answer to the reminder is on its way back.
    let reached!: () => void;
    const delivered = new Promise<void>((resolve) => (reached = resolve));
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      await h.fake.fetch(input, init);
      reached();
      return new Promise<never>(() => {});
    }) as typeof globalThis.fetch;
    const deps = { config: h.config, db: h.db, logger: h.logger, clock: () => h.now() };
    void runReminderTick(deps, createTelegramOutbox({ ...deps, apiFetch: fetch }, new FakeClock(h.now().getTime())));
    await delivered;
    const log = () => h.database.sqlite.prepare("select state from reminder_log").all();
    expect(log()).toEqual([{ state: "sending" }]);

    h.restart();
    h.outbound();
    start();
    expect(await scheduler!.catchUp).toMatchObject({ planned: 0 });
    expect(remindersTo(h, 501)).toHaveLength(1);
    expect(log()).toEqual([{ state: "unknown" }]);
    expect(h.logLines.join("")).toContain("reminders: sends cut by a crash may not have arrived");
  });

  it("a reminder waiting to retry after a 429 when the process stops was not claimed: the next start sends it", async () => {
    seedOperator(h, 501, "Dinas Kesehatan", "draft");
    seedDeadline(h, wib(2026, 5, 6, 23, 59));
    h.fake.override("sendMessage", () => ({ ok: false, error_code: 429, description: "Too Many Requests: retry after 30", parameters: { retry_after: 30 } }));
    const deps = { config: h.config, db: h.db, logger: h.logger, clock: () => h.now() };
    // The process stops while the whole queue pauses for the 429.
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const response = await h.fake.fetch(input, init);
      dying.close();
      return response;
    }) as typeof globalThis.fetch;
    const dying = createTelegramOutbox({ ...deps, apiFetch: fetch }, new FakeClock(h.now().getTime()));
    expect(await runReminderTick(deps, dying)).toMatchObject({ planned: 1, sent: 0, skipped: 1 });
    expect(h.database.sqlite.prepare("select * from reminder_log").all()).toEqual([]);
    h.fake.clearOverrides();

    h.restart();
    h.outbound();
    start();
    expect(await scheduler!.catchUp).toMatchObject({ planned: 1, sent: 1 });
    // Two attempts reached Telegram: the refused one and the one it accepted.
    expect(h.fake.callsOf("sendMessage").map((c) => c.result !== undefined)).toEqual([false, true]);
  });

  it("marks a reminder sent once Telegram accepted it", async () => {
    seedOperator(h, 501, "Dinas Kesehatan", "draft");
    seedDeadline(h, wib(2026, 5, 6, 23, 59));
    start();
    expect(await scheduler!.catchUp).toMatchObject({ planned: 1, sent: 1 });
    expect(h.database.sqlite.prepare("select state from reminder_log").all()).toEqual([{ state: "sent" }]);
  });

  it("starts no tick once stopped", async () => {
    seedOperator(h, 501, "Dinas Kesehatan", "draft");
    start();
    await scheduler!.catchUp;
    await scheduler!.stop();
    seedDeadline(h, wib(2026, 5, 6, 23, 59));
    expect(await scheduler!.tick()).toBeUndefined();
    expect(remindersTo(h, 501)).toEqual([]);
  });

  it("survives a failing tick and logs it", async () => {
    seedOperator(h, 501, "Dinas Kesehatan", "draft");
    seedDeadline(h, wib(2026, 5, 6, 23, 59));
    h.database.sqlite.exec("drop table reminder_log");
    start();
    expect(await scheduler!.catchUp).toBeUndefined();
    expect(h.logLines.join("")).toContain("reminders run failed");
  });
});

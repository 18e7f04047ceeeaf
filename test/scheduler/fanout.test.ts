import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import { FakeClock } from "../helpers/fake-clock.js";
import { Outbox } from "../../src/outbound/outbox.js";
import { runReminderTick } from "../../src/scheduler/tick.js";
import { findOpdByName } from "../../src/db/repo/opds.js";
import { maxSendsInAnyWindow } from "../outbound/helpers.js";
import { seedDeadline, seedOperator, wib } from "./helpers.js";

let h: Harness;
beforeEach(() => {
  h = new Harness({ now: wib(2026, 5, 4, 8, 0) });
});
afterEach(() => h.close());

/** 10,000 operators of one OPD with an unfinished draft, written straight into the table. */
function seedManyOperators(n: number) {
  seedOperator(h, 1, "Dinas Kesehatan", "draft");
  const opdId = findOpdByName(h.db, "Dinas Kesehatan")!.id;
  const insert = h.database.sqlite.prepare(
    "insert into people (telegram_id, role, opd_id, full_name, status, created_at, updated_at) values (?, 'operator', ?, ?, 'active', ?, ?)",
  );
  const now = h.now().getTime();
  h.database.sqlite.transaction(() => {
    for (let i = 2; i <= n; i++) insert.run(100_000 + i, opdId, `Operator ${i}`, now, now);
  })();
}

describe("a fan-out to 10,000 recipients", () => {
  it("stays within 25 messages/s overall and 1/s per chat, in virtual time", async () => {
    seedManyOperators(10_000);
    seedDeadline(h, wib(2026, 5, 6, 23, 59));
    const clock = new FakeClock(0);
    const sends: { t: number; key: string; chatId: number }[] = [];
    const outbox = new Outbox({
      clock,
      deliver: async (chatId) => {
        sends.push({ t: clock.now(), key: String(chatId), chatId });
      },
    });
    const report = await runReminderTick({ config: h.config, db: h.db, logger: h.logger, clock: () => h.now() }, outbox);

    expect(report).toMatchObject({ planned: 10_000, sent: 10_000, failed: 0, blocked: 0, skipped: 0 });
    expect(new Set(sends.map((s) => s.chatId)).size).toBe(10_000);
    expect(maxSendsInAnyWindow(sends as never)).toBeLessThanOrEqual(25);
    // 10,000 at 25/s: about 400 s of virtual time.
    expect(clock.now()).toBeGreaterThanOrEqual(399_000);
    expect(clock.now()).toBeLessThanOrEqual(401_000);
    const logged = h.database.sqlite.prepare("select count(*) as n from reminder_log").get() as { n: number };
    expect(logged.n).toBe(10_000);
  });
});

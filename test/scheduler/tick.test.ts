import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import { findPerson } from "../../src/db/repo/people.js";
import { planReminderJobs, runReminderTick } from "../../src/scheduler/tick.js";
import { deleteDeadline, updateDeadline } from "../../src/db/repo/deadlines.js";
import { revokePerson } from "../../src/db/repo/people.js";
import { createTelegramOutbox } from "../../src/outbound/telegram.js";
import { FakeClock } from "../helpers/fake-clock.js";
import { reminderLog, remindersTo, seedDeadline, seedOperator, wib } from "./helpers.js";

const DAY = 86_400_000;
let h: Harness;

// 4 May 2026, 08:00 WIB: the default REMINDER_CRON time.
beforeEach(() => {
  h = new Harness({ now: wib(2026, 5, 4, 8, 0), env: { REMINDER_DAYS: "7,3,1,0" } });
  h.outbound();
});
afterEach(() => h.close());

describe("a reminder tick", () => {
  it("sends a deadline 2 days away exactly one reminder per concerned operator, none to OPDs with nothing missing", async () => {
    seedOperator(h, 501, "Dinas Kesehatan", "draft", "Si Sehat");
    seedOperator(h, 502, "Dinas Kesehatan", "none");
    seedOperator(h, 503, "Dinas Pendidikan dan Kebudayaan", "submitted");
    seedOperator(h, 504, "Dinas Sosial", "none");
    seedDeadline(h, wib(2026, 5, 6, 23, 59));

    const report = await h.reminderTick();
    expect(report).toMatchObject({ planned: 2, sent: 2, failed: 0, blocked: 0 });
    // Both operators of the OPD with a draft, once each; the OPD's state decides, not the person's.
    expect(remindersTo(h, 501)).toHaveLength(1);
    expect(remindersTo(h, 502)).toHaveLength(1);
    expect(remindersTo(h, 503)).toEqual([]);
    expect(remindersTo(h, 504)).toEqual([]);
    // H-3 started yesterday and H-1 starts tomorrow: H-3 is the one owed, and only it.
    expect(reminderLog(h).map((r) => r.day)).toEqual([3, 3]);

    const text = remindersTo(h, 501)[0]!;
    expect(text).toContain("Batas inovasi");
    expect(text).toContain("2 hari lagi");
    expect(text).toContain("Draf belum diajukan: Si Sehat");
    expect(text).toMatch(/Data dukung indikator wajib belum ada: 16 /);

    // A second tick the same day owes nothing.
    expect(await h.reminderTick()).toMatchObject({ planned: 0 });
    expect(remindersTo(h, 501)).toHaveLength(1);
  });

  it("sends the next reminder day once it starts, and never a stale one", async () => {
    seedOperator(h, 501, "Dinas Kesehatan", "draft");
    seedDeadline(h, wib(2026, 5, 12, 23, 59)); // H-8 today
    expect(await h.reminderTick()).toMatchObject({ planned: 0 });

    h.advance(DAY); // 5 May: H-7
    await h.reminderTick();
    h.advance(5 * DAY); // 10 May: H-2; the bot "missed" H-3 on 9 May
    await h.reminderTick();
    await h.reminderTick();
    expect(reminderLog(h).map((r) => r.day)).toEqual([3, 7]);
    expect(remindersTo(h, 501)).toHaveLength(2);
    expect(remindersTo(h, 501)[1]).toContain("2 hari lagi");
  });

  it("with audience 'all' reaches every active operator, saying what each OPD lacks or that nothing is pending", async () => {
    seedOperator(h, 501, "Dinas Kesehatan", "draft", "Si Sehat");
    seedOperator(h, 503, "Dinas Pendidikan dan Kebudayaan", "submitted");
    seedOperator(h, 504, "Dinas Sosial", "none");
    seedDeadline(h, wib(2026, 5, 6, 23, 59), "all");
    expect(await h.reminderTick()).toMatchObject({ planned: 3, sent: 3 });
    expect(remindersTo(h, 501)[0]).toContain("Si Sehat");
    expect(remindersTo(h, 503)[0]).toContain("Tidak ada pekerjaan tertunda untuk Dinas Pendidikan dan Kebudayaan");
    expect(remindersTo(h, 504)[0]).toContain("Dinas Sosial belum mendaftarkan inovasi");
  });

  it("speaks the language the operator chose with /bahasa", async () => {
    seedOperator(h, 501, "Dinas Kesehatan", "draft", "Si Sehat");
    await h.user(501).send("/bahasa");
    await h.user(501).press("English");
    seedDeadline(h, wib(2026, 5, 6, 23, 59));
    await h.reminderTick();
    expect(remindersTo(h, 501)[0]).toMatch(/^⏰ Deadline reminder: Batas inovasi\nDue: .* \(2 days left\)/);
  });

  it("sends no second copy after a restart", async () => {
    seedOperator(h, 501, "Dinas Kesehatan", "draft");
    seedDeadline(h, wib(2026, 5, 6, 23, 59));
    await h.reminderTick();
    h.restart();
    expect(await h.reminderTick()).toMatchObject({ planned: 0 });
    expect(remindersTo(h, 501)).toHaveLength(1);
  });

  it("sends each reminder once when ticks overlap, in one process or in two", async () => {
    for (let i = 0; i < 30; i++) seedOperator(h, 600 + i, "Dinas Kesehatan", "draft", `Inovasi ${i}`);
    seedDeadline(h, wib(2026, 5, 6, 23, 59));
    const deps = { config: h.config, db: h.db, logger: h.logger, clock: () => h.now() };
    // A second process on the same database: its own queue, its own clock.
    const other = createTelegramOutbox({ ...deps, apiFetch: h.fake.fetch }, new FakeClock(h.now().getTime()));
    const reports = await Promise.all([h.reminderTick(), h.reminderTick(), runReminderTick(deps, other)]);
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(30);
    for (let i = 0; i < 30; i++) expect(remindersTo(h, 600 + i)).toHaveLength(1);
    expect(reminderLog(h)).toHaveLength(30);
  });

  it("after a crash in mid-fan-out, the next start sends the rest, and nothing twice", async () => {
    for (let i = 0; i < 60; i++) seedOperator(h, 700 + i, "Dinas Kesehatan", "draft", `Inovasi ${i}`);
    seedDeadline(h, wib(2026, 5, 6, 23, 59));
    const { outbox } = h.outbound();
    // The process dies after 40 messages: the queue stops and nothing else runs.
    h.fake.override("sendMessage", () => {
      if (h.fake.callsOf("sendMessage").length === 40) outbox.close();
      return undefined;
    });
    const first = await h.reminderTick();
    expect(first.sent).toBe(40);
    h.fake.clearOverrides();

    h.restart();
    const second = await h.reminderTick();
    expect(second).toMatchObject({ planned: 20, sent: 20 });
    for (let i = 0; i < 60; i++) expect(remindersTo(h, 700 + i), `operator ${i}`).toHaveLength(1);
  });
});

describe("a reminder planned earlier but sent later", () => {
  const deps = () => ({ config: h.config, db: h.db, logger: h.logger, clock: () => h.now() });

  it("is not sent once a more recent reminder went out meanwhile (no stale H-7 after H-1)", async () => {
    seedOperator(h, 501, "Dinas Kesehatan", "draft");
    seedDeadline(h, wib(2026, 5, 8, 23, 59)); // 4 May is H-4: H-7 is owed
    const stale = planReminderJobs(deps(), h.now());
    expect(stale).toHaveLength(1);
    h.advance(3 * DAY); // 7 May: H-1, sent by a later tick while the first fan-out was stuck
    await h.reminderTick();
    expect(await h.outbound().outbox.submit(stale)).toMatchObject({ sent: 0, skipped: 1 });
    expect(remindersTo(h, 501)).toHaveLength(1);
    expect(remindersTo(h, 501)[0]).toContain("1 hari lagi");
    expect(reminderLog(h).map((r) => r.day)).toEqual([1]);
  });

  it("is not sent when the deadline was deleted or moved, or the person lost access, in the meantime", async () => {
    const revoked = seedOperator(h, 501, "Dinas Kesehatan", "draft");
    seedOperator(h, 502, "Dinas Sosial", "draft");
    const deleted = seedDeadline(h, wib(2026, 5, 6, 23, 59), "unfinished", "Dihapus");
    const moved = seedDeadline(h, wib(2026, 5, 7, 23, 59), "unfinished", "Dipindah");
    const jobs = planReminderJobs(deps(), h.now());
    expect(jobs).toHaveLength(4);
    deleteDeadline(h.db, deleted.id, h.now());
    updateDeadline(h.db, moved.id, { dueAt: wib(2026, 5, 20, 23, 59) }, h.now());
    revokePerson(h.db, revoked.id, h.now());
    expect(await h.outbound().outbox.submit(jobs)).toMatchObject({ sent: 0, skipped: 4 });
    expect(remindersTo(h, 501)).toEqual([]);
    expect(remindersTo(h, 502)).toEqual([]);
    expect(reminderLog(h)).toEqual([]);
  });
});

describe("sending trouble", () => {
  it("rides out a 429 storm: pauses for retry_after and delivers each reminder once", async () => {
    for (let i = 0; i < 10; i++) seedOperator(h, 800 + i, "Dinas Kesehatan", "draft");
    seedDeadline(h, wib(2026, 5, 6, 23, 59));
    let storm = 12;
    h.fake.override("sendMessage", () =>
      storm-- > 0 ? { ok: false, error_code: 429, description: "Too Many Requests: retry after 7", parameters: { retry_after: 7 } } : undefined,
    );
    const { clock } = h.outbound();
    const start = clock.now();
    const report = await h.reminderTick();
    expect(report).toMatchObject({ planned: 10, sent: 10, failed: 0 });
    for (let i = 0; i < 10; i++) expect(remindersTo(h, 800 + i).length).toBeGreaterThanOrEqual(1);
    const delivered = h.fake.callsOf("sendMessage").length - 12;
    expect(delivered).toBe(10);
    // Each 429 pauses the whole queue for retry_after (several can land in one pause).
    expect(clock.now() - start).toBeGreaterThanOrEqual(7_000);
  });

  it("marks a person who blocked the bot unreachable, skips them, and reaches them again once they write", async () => {
    const blocker = seedOperator(h, 901, "Dinas Kesehatan", "draft");
    seedOperator(h, 902, "Dinas Kesehatan", "draft");
    seedDeadline(h, wib(2026, 5, 6, 23, 59));
    h.fake.override("sendMessage", (p) =>
      p.chat_id === 901 ? { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" } : undefined,
    );

    expect(await h.reminderTick()).toMatchObject({ planned: 2, sent: 1, blocked: 1 });
    expect(findPerson(h.db, blocker.id)!.unreachableAt).not.toBeNull();
    // Not retried while unreachable, not even on the next reminder day.
    h.advance(DAY);
    const attempts = () => h.fake.callsOf("sendMessage").filter((c) => c.payload.chat_id === 901).length;
    const before = attempts();
    await h.reminderTick();
    expect(attempts()).toBe(before);

    h.fake.clearOverrides();
    await h.user(901).send("/tenggat");
    expect(findPerson(h.db, blocker.id)!.unreachableAt).toBeNull();
    expect(await h.reminderTick()).toMatchObject({ planned: 1, sent: 1 });
    // The blocked attempt is in the fake's log too: one attempt then, one delivery now.
    expect(remindersTo(h, 901)).toHaveLength(2);
    expect(remindersTo(h, 901)[1]).toContain("1 hari lagi");
  });
});

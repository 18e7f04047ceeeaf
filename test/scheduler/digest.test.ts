import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import { seedPerson } from "../helpers/seed-people.js";
import { FakeClock } from "../helpers/fake-clock.js";
import { levelsForKematangan } from "../core/score-helpers.js";
import { seedInnovation } from "../bot/score-fixtures.js";
import { PERIOD_2026 } from "../../src/core/period/index.js";
import { createDeadline } from "../../src/db/repo/deadlines.js";
import { listOpds } from "../../src/db/repo/opds.js";
import { approveInnovation, setStatus } from "../../src/db/repo/innovations.js";
import { createTelegramOutbox } from "../../src/outbound/telegram.js";
import { runDigestTick, startDigestScheduler, type DigestScheduler } from "../../src/scheduler/digest.js";
import type { Person } from "../../src/db/schema.js";
import { wib } from "./helpers.js";

const DAY = 86_400_000;
// Fires in real time only at 07:00 on 4 May, so only start-up runs and manual ticks happen here.
const CRON = "0 7 4 5 *";
let h: Harness;
let scheduler: DigestScheduler | undefined;
let op: Person;

beforeEach(() => {
  // Monday 4 May 2026, 07:00 WIB.
  h = new Harness({ now: wib(2026, 5, 4, 7, 0) });
  h.outbound();
  op = seedPerson(h, 7003, "operator", "Dinas Kesehatan");
});
afterEach(async () => {
  await scheduler?.stop();
  h.close();
});

const deps = () => ({ config: h.config, db: h.db, logger: h.logger, clock: () => h.now() });
const start = () => (scheduler = startDigestScheduler(deps(), h.outbound().outbox, CRON));
const digestsTo = (chatId: number) =>
  h.fake
    .callsOf("sendMessage")
    .filter((c) => c.payload.chat_id === chatId && String(c.payload.text).startsWith("📋"))
    .map((c) => String(c.payload.text));

describe("the pimpinan's weekly digest", () => {
  it("goes to each pimpinan and admin once a week, across a restart, with the week's facts", async () => {
    const admin = seedPerson(h, 7001, "admin");
    seedPerson(h, 7002, "pimpinan");
    const k50 = levelsForKematangan(PERIOD_2026, 50);
    const id = seedInnovation(h, { opd: "Dinas Kesehatan", year: 2026, nama: "Sehat", createdBy: op.id, claimed: k50 });
    setStatus(h.db, id, "diajukan", h.now(), { submittedAt: h.now() });
    createDeadline(h.db, { name: "Batas inovasi", dueAt: wib(2026, 5, 9, 23, 59), audience: "all", note: null, createdBy: admin.id }, h.now());

    expect(await runDigestTick(deps(), h.outbound().outbox)).toMatchObject({ planned: 2, sent: 2 });
    const empty = listOpds(h.db, { activeOnly: true }).length - 1;
    // 50 over MAX(12, 1): 4,17 / 2,5 = 1,67.
    expect(digestsTo(7002)).toEqual([
      [
        "📋 Ringkasan mingguan IID Kota Serang, periode 2026",
        "Klaim OPD: 1,67 — Kurang Inovatif",
        "Belum ada angka pekan lalu untuk dibandingkan.",
        "Pekan ini: 1 inovasi diajukan, 0 diverifikasi.",
        "Tenggat berikutnya: Batas inovasi, 5 hari lagi.",
        `${empty} OPD belum punya inovasi.`,
        "",
        "Rincian: /skor dan /rekap.",
      ].join("\n"),
    ]);
    expect(digestsTo(7001)).toHaveLength(1);
    expect(digestsTo(7003)).toEqual([]); // operators get reminders, not the digest

    // A restart later in the same week, and another run: nobody gets a second copy.
    h.advance(DAY);
    h.restart();
    h.outbound();
    start();
    expect(await scheduler!.catchUp).toBeUndefined();
    expect(await scheduler!.tick()).toMatchObject({ planned: 2, sent: 0, skipped: 2 });
    expect(digestsTo(7002)).toHaveLength(1);
    expect(digestsTo(7001)).toHaveLength(1);

    // Next week: verified meanwhile, so the digest speaks of the verified index, compared with last week's.
    h.advance(6 * DAY);
    // Approval as Bappeda gives it: every claimed level verified as claimed.
    approveInnovation(h.db, id, admin.id, h.now());
    expect(await scheduler!.tick()).toMatchObject({ planned: 2, sent: 2 });
    const second = digestsTo(7002)[1]!;
    expect(second).toContain("Terverifikasi Bappeda: 1,67 — Kurang Inovatif");
    // Last week nothing was verified (0,00): up 1,67.
    expect(second).toContain("Naik 1,67 poin sejak pekan lalu.");
    expect(second).toContain("Pekan ini: 0 inovasi diajukan, 1 diverifikasi.");
    expect(second).toContain("Belum ada tenggat yang akan datang.");
  });

  it("after a crash during a digest's send, does not send it again that week", async () => {
    seedPerson(h, 7002, "pimpinan");
    let reached!: () => void;
    const delivered = new Promise<void>((resolve) => (reached = resolve));
    const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      await h.fake.fetch(input, init);
      reached();
      return new Promise<never>(() => {});
    }) as typeof globalThis.fetch;
    void runDigestTick(deps(), createTelegramOutbox({ ...deps(), apiFetch: fetch }, new FakeClock(h.now().getTime())));
    await delivered;

    h.restart();
    h.outbound();
    start();
    expect(await scheduler!.tick()).toMatchObject({ planned: 1, sent: 0, skipped: 1 });
    expect(digestsTo(7002)).toHaveLength(1);
    expect(h.logLines.join("")).toContain("digest: sends cut by a crash may not have arrived");
  });

  it("catches up a run missed while the bot was down, and only then", async () => {
    seedPerson(h, 7002, "pimpinan");
    // Next Monday, 11 May, 07:00 WIB (real node-cron fires it once a year at most).
    const cron = "0 7 11 5 *";
    const startOn = () => (scheduler = startDigestScheduler(deps(), h.outbound().outbox, cron));
    startOn();
    // Just switched on: nothing at start, whatever the hour; the first run is a scheduled one.
    expect(await scheduler!.catchUp).toBeUndefined();
    expect(await scheduler!.tick()).toMatchObject({ sent: 1 });
    await scheduler!.stop();
    // A restart the next day missed no scheduled run.
    h.advance(DAY);
    h.restart();
    h.outbound();
    startOn();
    expect(await scheduler!.catchUp).toBeUndefined();
    await scheduler!.stop();
    // Down over 11 May 07:00: the start sends that week's digest, once.
    h.advance(7 * DAY);
    h.restart();
    h.outbound();
    startOn();
    expect(await scheduler!.catchUp).toMatchObject({ planned: 1, sent: 1 });
    expect(digestsTo(7002)).toHaveLength(2);
  });
});

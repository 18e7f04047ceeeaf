import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import { seedPerson } from "../helpers/seed-people.js";
import { FakeClock } from "../helpers/fake-clock.js";
import { createTelegramOutbox, installOutbox } from "../../src/outbound/telegram.js";
import type { Outbox } from "../../src/outbound/outbox.js";
import { resumeAnnouncements } from "../../src/bot/features/deadlines/broadcast-send.js";

// A restart in the middle of an /umumkan fan-out, on the virtual clock: the first "process"
// sends part of it and dies; a second one on the same database finishes it.

const RECIPIENTS = 60;
let h: Harness;
let admin: TestUser;

beforeEach(async () => {
  h = new Harness({ env: { ADMIN_IDS: "7001" } });
  admin = h.user(7001);
  await admin.send("/start");
  for (let i = 0; i < RECIPIENTS; i++) seedPerson(h, 800 + i, "operator", "Dinas Kesehatan");
});
afterEach(() => h.close());

/** Announcements Telegram accepted for a chat (a refused attempt delivers nothing). */
const announcementsTo = (chatId: number) =>
  h.fake.callsOf("sendMessage").filter((c) => c.payload.chat_id === chatId && c.result !== undefined && String(c.payload.text).startsWith("📢")).length;
const tallies = () => admin.texts().filter((t) => t.includes("Pengumuman selesai dikirim"));
const states = () =>
  new Map(
    (h.database.sqlite.prepare("select chat_id, state from announcement_deliveries").all() as { chat_id: number; state: string }[]).map((r) => [
      r.chat_id,
      r.state,
    ]),
  );

/**
 * The first process's outbox: after `afterSends` messages it dies. With `kill`, the request that
 * reached Telegram last and those already started never get their answer (SIGKILL); without,
 * they complete and only the queue stops (SIGTERM).
 */
function dyingOutbox(afterSends: number, kill: boolean): Outbox {
  let sends = 0;
  let dead = false;
  const never = () => new Promise<never>(() => {});
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (dead && kill) return never();
    const response = await h.fake.fetch(input, init);
    if (++sends === afterSends) {
      dead = true;
      outbox.close();
      if (kill) return never();
    }
    return response;
  }) as typeof globalThis.fetch;
  const outbox = createTelegramOutbox(
    { config: h.config, db: h.db, logger: h.logger, clock: () => h.now(), apiFetch: fetch },
    new FakeClock(h.now().getTime()),
  );
  installOutbox(h.db, outbox);
  return outbox;
}

async function announceToAllOperators() {
  await admin.send("/umumkan");
  await admin.send("Rapat koordinasi hari Senin.");
  await admin.press("Semua operator OPD");
  await admin.press("Kirim");
}

/** Lets the first process run until its outbox has stopped taking new sends. */
async function untilDead(outbox: Outbox) {
  for (let i = 0; i < 10_000 && !outbox.isClosed; i++) await new Promise((r) => setImmediate(r));
  expect(outbox.isClosed).toBe(true);
}

/** A new process on the same database: the start-up resume, then wait for it to finish. */
async function restartAndResume() {
  h.restart();
  const { outbox } = h.outbound();
  const resumed = resumeAnnouncements({ db: h.db, logger: h.logger, clock: () => h.now(), api: h.bot.api }, outbox);
  await outbox.idle();
  return resumed;
}

describe("an announcement cut by a restart", () => {
  it("killed mid-send: the rest are sent once, the cut sends are not repeated but counted as tidak pasti, and the tally comes once", async () => {
    const first = dyingOutbox(20, true);
    await announceToAllOperators();
    await untilDead(first);
    const atKill = states();
    const cut = [...atKill].filter(([, s]) => s === "sending").map(([chat]) => chat);
    // The request Telegram answered but the process never heard back from is among them.
    expect(cut.length).toBeGreaterThanOrEqual(1);
    expect(tallies()).toEqual([]);

    expect(await restartAndResume()).toBe(1);
    const after = states();
    for (let i = 0; i < RECIPIENTS; i++) {
      const chat = 800 + i;
      if (cut.includes(chat)) {
        expect(after.get(chat)).toBe("unknown");
        expect(announcementsTo(chat), `cut recipient ${chat}`).toBeLessThanOrEqual(1);
      } else {
        expect(after.get(chat)).toBe("sent");
        expect(announcementsTo(chat), `recipient ${chat}`).toBe(1);
      }
    }
    expect(tallies()).toEqual([
      "Bot sempat dimulai ulang di tengah pengiriman pengumuman; sisa penerima sudah dikirimi.\n\n" +
        `Pengumuman selesai dikirim ke ${RECIPIENTS} penerima.\nTerkirim: ${RECIPIENTS - cut.length}\nGagal: 0\nDiblokir: 0\n` +
        `Tidak pasti: ${cut.length} (bot berhenti tepat saat mengirim; tidak dikirim ulang agar tidak ganda)`,
    ]);

    // Yet another start finds nothing to do: no message, no second tally.
    const calls = h.fake.callsOf("sendMessage").length;
    expect(await restartAndResume()).toBe(0);
    expect(h.fake.callsOf("sendMessage")).toHaveLength(calls);
  });

  it("stopped by a shutdown: what was queued stays pending and the next start sends it, with the plain tally", async () => {
    const first = dyingOutbox(20, false);
    await announceToAllOperators();
    await untilDead(first);
    expect([...states().values()].filter((s) => s === "pending").length).toBeGreaterThan(0);

    await restartAndResume();
    for (let i = 0; i < RECIPIENTS; i++) expect(announcementsTo(800 + i), `recipient ${i}`).toBe(1);
    expect(tallies()).toEqual([
      "Bot sempat dimulai ulang di tengah pengiriman pengumuman; sisa penerima sudah dikirimi.\n\n" +
        `Pengumuman selesai dikirim ke ${RECIPIENTS} penerima.\nTerkirim: ${RECIPIENTS}\nGagal: 0\nDiblokir: 0`,
    ]);
  });

  it("a recipient waiting to retry after a 429 when the process stops was not reached: the next start sends it", async () => {
    let refusals = 1;
    h.fake.override("sendMessage", (p) =>
      p.chat_id === 800 && refusals-- > 0
        ? { ok: false, error_code: 429, description: "Too Many Requests: retry after 30", parameters: { retry_after: 30 } }
        : undefined,
    );
    // The 429 pauses every send for 30 s; the process dies during the pause.
    const first = dyingOutbox(1, false);
    await announceToAllOperators();
    await untilDead(first);
    expect(states().get(800)).toBe("pending");

    await restartAndResume();
    expect(announcementsTo(800)).toBe(1);
    expect(states().get(800)).toBe("sent");
    expect(tallies()[0]).toContain(`Terkirim: ${RECIPIENTS}\n`);
    expect(tallies()[0]).not.toContain("Tidak pasti");
  });

  it("a restart after the tally was sent sends nothing again", async () => {
    h.outbound();
    await announceToAllOperators();
    await h.outbound().outbox.idle();
    expect(tallies()).toHaveLength(1);
    expect(await restartAndResume()).toBe(0);
    expect(tallies()).toHaveLength(1);
    for (let i = 0; i < RECIPIENTS; i++) expect(announcementsTo(800 + i)).toBe(1);
  });
});

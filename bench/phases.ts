// The measures of `npm run bench`, one per child process (so each peak RSS is its own), run
// by bench/run.ts as `node --import tsx bench/phases.ts <phase> [--short]`. Each prints one
// JSON line of results on stdout. Everything goes through the test fake Bot API
// (test/helpers/fake-telegram.ts): in process through its fetch, or over loopback HTTP.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import { loadConfig } from "../src/config.js";
import { openDatabase, type DatabaseHandle } from "../src/db/client.js";
import { seedReferenceData } from "../src/db/seed.js";
import { createBot } from "../src/bot/create-bot.js";
import type { BotContext } from "../src/bot/context.js";
import { createLogger } from "../src/logger.js";
import { listOpds } from "../src/db/repo/opds.js";
import { registerPerson } from "../src/db/repo/people.js";
import { getActivePeriod } from "../src/db/repo/periods.js";
import { refreshPeriodScoreColumns } from "../src/db/repo/score-columns.js";
import { setSpdLevel } from "../src/db/repo/spd.js";
import { setClaimedLevel } from "../src/db/repo/innovations.js";
import { URUSAN, type Level } from "../src/core/period/index.js";
import { createTelegramOutbox } from "../src/outbound/telegram.js";
import { runReminderTick } from "../src/scheduler/tick.js";
import { FakeTelegram } from "../test/helpers/fake-telegram.js";
import { Harness } from "../test/helpers/harness.js";
import { FakeClock } from "../test/helpers/fake-clock.js";
import { commandEntities } from "../test/helpers/entities.js";
import { fillProfile } from "../test/helpers/innovation.js";
import { seedInnovations } from "../test/import/fixtures.js";
import { seedDeadline, seedOperator, wib } from "../test/scheduler/helpers.js";
import { createBareBot } from "./bare-bot.js";

const SHORT = process.argv.includes("--short") || process.env.BENCH_SHORT === "1";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
/** Peak RSS of this process so far, in MiB (Linux reports ru_maxrss in KiB). */
const peakRssMiB = () => round(process.resourceUsage().maxRSS / 1024, 1);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Deterministic PRNG (mulberry32) so every run benchmarks the same data. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUSES = [
  ["draf", 0.1],
  ["diajukan", 0.5],
  ["dikembalikan", 0.05],
  ["terverifikasi", 0.3],
  ["ditarik", 0.05],
] as const;

/** `count` innovations of the active period (levels only) in one transaction, plus older years' rows. */
function seedScored(handle: DatabaseHandle, count: number, createdBy: number): void {
  const { db, sqlite } = handle;
  const now = Date.now();
  const period = getActivePeriod(db);
  const opds = listOpds(db);
  const rand = prng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const status = (): string => {
    let r = rand();
    for (const [s, share] of STATUSES) {
      r -= share;
      if (r < 0) return s;
    }
    return "diajukan";
  };
  const levels = () => Object.fromEntries(period.sid.map((i) => [i.code, Math.floor(rand() * 4) as Level]));
  const insert = sqlite.prepare(
    `insert into innovations (opd_id, period_year, created_by, status, nama, nama_key, urusan_utama, urusan_lain,
       claimed_levels, verified_levels, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const s = status();
      insert.run(
        pick(opds).id,
        period.year,
        createdBy,
        s,
        `Inovasi ${i}`,
        `inovasi ${i}`,
        pick(URUSAN).id,
        JSON.stringify(rand() < 0.3 ? [pick(URUSAN).id] : []),
        JSON.stringify(levels()),
        JSON.stringify(s === "terverifikasi" ? levels() : {}),
        now,
        now,
      );
    }
    for (let i = 0; i < Math.min(count, 5000); i++) {
      insert.run(pick(opds).id, 2023, createdBy, "diajukan", `Lama ${i}`, `lama ${i}`, "pendidikan", "[]", "{}", "{}", now, now);
    }
  })();
  // Rows written around the repositories: their score columns are computed as a start would.
  refreshPeriodScoreColumns(db, period.year);
  refreshPeriodScoreColumns(db, 2023);
  for (const ind of period.spd) setSpdLevel(db, { periodYear: period.year, code: ind.code, level: 2, updatedBy: createdBy }, new Date(now));
}

// ---------------------------------------------------------------- throughput

interface Chat {
  id: number;
}

function textUpdate(updateId: number, chat: Chat, text: string): Update {
  const entities = commandEntities(text);
  const from = { id: chat.id, is_bot: false, first_name: `U${chat.id}`, language_code: "id" };
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chat.id, type: "private", first_name: from.first_name },
      from,
      text,
      ...(entities ? { entities } : {}),
    },
  } as Update;
}

/** The mix each person sends: greeting, help, the score, free text (the fallback), again. */
const MIX = ["/start", "/bantuan", "/skor", "halo", "/start", "/skor", "/bantuan", "apa kabar", "/skor", "/start"];

/**
 * `users` people each send `perUser` messages, all handed to the bot at the same moment (as
 * the runner would after one getUpdates), the full bot or the bare echo bot, through the
 * in-process fake or over loopback HTTP. Latency is from hand-over to the end of handling.
 */
async function throughput(which: "bot" | "bare", transport: "inprocess" | "loopback") {
  const users = SHORT ? 20 : 200;
  const perUser = SHORT ? 3 : 10;
  const fake = new FakeTelegram();
  const server = transport === "loopback" ? await fake.listen() : undefined;
  const dir = mkdtempSync(join(tmpdir(), "inovasi-bench-tp-"));
  let handle: DatabaseHandle | undefined;
  try {
    let bot: Bot<BotContext> | Bot;
    if (which === "bot") {
      const config = loadConfig({
        BOT_TOKEN: fake.token,
        TELEGRAM_API_ROOT: server?.apiRoot ?? "http://fake.telegram.invalid",
        DATABASE_PATH: join(dir, "inovasi.db"),
        EVIDENCE_DIR: join(dir, "bukti"),
        BACKUP_DIR: join(dir, "cadangan"),
        LOG_LEVEL: "warn",
      });
      handle = openDatabase(config.DATABASE_PATH);
      const now = new Date();
      seedReferenceData(handle.db, config.PEMDA_NAME, now);
      const opds = listOpds(handle.db);
      for (let u = 1; u <= users; u++) {
        registerPerson(
          handle.db,
          { telegramId: u, role: "operator", opdId: opds[u % opds.length]!.id, fullName: `Operator ${u}`, jabatan: "Staf", phone: null },
          now,
        );
      }
      seedScored(handle, 200, 1);
      const logger = createLogger("warn", [config.BOT_TOKEN]);
      bot = createBot(
        {
          config,
          db: handle.db,
          sqlite: handle.sqlite,
          logger,
          clock: () => new Date(),
          fetch: fake.fetch,
          apiFetch: transport === "inprocess" ? fake.fetch : undefined,
        },
        { botInfo: fake.botInfo, autoRetry: { maxRetryAttempts: 0, rethrowHttpErrors: true }, rateLimit: { limit: 10_000, windowMs: 1000 } },
      );
    } else {
      bot = createBareBot(fake.token, { apiRoot: server?.apiRoot, fetch: transport === "inprocess" ? fake.fetch : undefined, botInfo: fake.botInfo });
    }
    await bot.init();
    // Warm-up: every code path once, so the measure is of the steady state.
    let id = 1;
    for (const text of MIX) await bot.handleUpdate(textUpdate(id++, { id: 1 }, text));
    const updates: Update[] = [];
    for (let m = 0; m < perUser; m++) for (let u = 1; u <= users; u++) updates.push(textUpdate(id++, { id: u }, MIX[m % MIX.length]!));
    const cpu0 = cpuMs();
    const t0 = performance.now();
    const latencies = await Promise.all(
      updates.map(async (u) => {
        await bot.handleUpdate(u);
        return performance.now() - t0;
      }),
    );
    const wall = performance.now() - t0;
    const cpu = cpuMs() - cpu0;
    return {
      updates: updates.length,
      updatesPerSecond: round((updates.length / wall) * 1000, 0),
      cpuMsPerUpdate: round(cpu / updates.length, 3),
      p50Ms: round(percentile(latencies, 50), 1),
      p99Ms: round(percentile(latencies, 99), 1),
      peakRssMiB: peakRssMiB(),
    };
  } finally {
    handle?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- wizard steps

/**
 * An operator fills new innovations through the bot (in process): /baru, every profile
 * question, then a level for each indicator; each step is one update with its database writes.
 */
async function wizard() {
  const rounds = SHORT ? 1 : 6;
  const h = new Harness({ env: { LOG_LEVEL: "warn" } });
  try {
    const opd = listOpds(h.db)[0]!;
    registerPerson(h.db, { telegramId: 501, role: "operator", opdId: opd.id, fullName: "Operator", jabatan: "Staf", phone: null }, h.now());
    const op = h.user(501);
    const times: number[] = [];
    const timed = async (step: () => Promise<unknown>) => {
      const t = performance.now();
      await step();
      times.push(performance.now() - t);
    };
    const cpu0 = cpuMs();
    // Every send and press of the profile wizard is timed through a wrapped user.
    const timedUser = new Proxy(op, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver);
        if (prop === "send" || prop === "press") return (arg: never) => timed(() => (v as (a: never) => Promise<unknown>).call(target, arg));
        return v;
      },
    });
    for (let r = 0; r < rounds; r++) {
      await timed(() => op.send("/inovasi_baru"));
      await fillProfile(timedUser, `Inovasi Bench ${r}`);
      // Indicator levels: "Belum ada" (0, no evidence asked) for each question, until they end.
      for (let i = 0; i < 40 && op.buttons().includes("Belum ada"); i++) await timed(() => op.press("Belum ada"));
      await op.send("/batal");
    }
    const cpu = cpuMs() - cpu0;
    return {
      steps: times.length,
      p50Ms: round(percentile(times, 50)),
      p99Ms: round(percentile(times, 99)),
      maxMs: round(Math.max(...times)),
      cpuMsPerStep: round(cpu / times.length, 2),
      stepsPerSecond: round(times.length / (times.reduce((a, b) => a + b, 0) / 1000), 0),
    };
  } finally {
    h.close();
  }
}

// ---------------------------------------------------------------- /skor and /rekap

/** /skor and /rekap as an admin sends them, at `count` innovations: cold (after a write) and warm. */
async function scores(count: number) {
  const runs = SHORT ? 5 : 25;
  const h = new Harness({ env: { LOG_LEVEL: "warn", ADMIN_IDS: "7001" } });
  try {
    const admin = h.user(7001);
    await admin.send("/start");
    const adminId = (h.database.sqlite.prepare("select id from people where telegram_id = 7001").get() as { id: number }).id;
    seedScored(h.database, count, adminId);
    const period = getActivePeriod(h.db);
    const someId = (h.database.sqlite.prepare("select id from innovations where period_year = ? limit 1").get(period.year) as { id: number }).id;
    const time = async (text: string, afterWrite: boolean) => {
      const out: number[] = [];
      for (let i = 0; i <= runs; i++) {
        if (afterWrite) setClaimedLevel(h.db, someId, period.sid[0]!.code, (i % 4) as Level, h.now());
        const t = performance.now();
        await admin.send(text);
        if (i > 0) out.push(performance.now() - t);
      }
      return { p50Ms: round(percentile(out, 50), 1), p99Ms: round(percentile(out, 99), 1) };
    };
    return {
      innovations: count,
      skor: await time("/skor", false),
      skorAfterWrite: await time("/skor", true),
      rekap: await time("/rekap", false),
      rekapAfterWrite: await time("/rekap", true),
      peakRssMiB: peakRssMiB(),
    };
  } finally {
    h.close();
  }
}

// ---------------------------------------------------------------- export and import

/**
 * While `work` runs, another registered person sends /start every 20 ms; returns how long the
 * longest and the 99th-percentile of those replies took (the delay others see meanwhile).
 */
async function othersDelay<T>(h: Harness, work: () => Promise<T>): Promise<{ result: T; ms: number; othersMaxMs: number; othersP99Ms: number; pings: number }> {
  const other = h.user(8001);
  await other.send("/start");
  const delays: number[] = [];
  let done = false;
  const pinger = (async () => {
    while (!done) {
      const t = performance.now();
      await other.send("/start");
      delays.push(performance.now() - t);
      await sleep(20);
    }
  })();
  const t0 = performance.now();
  const result = await work();
  const ms = performance.now() - t0;
  done = true;
  await pinger;
  return { result, ms: round(ms, 0), othersMaxMs: round(Math.max(0, ...delays), 1), othersP99Ms: round(percentile(delays, 99), 1), pings: delays.length };
}

async function exportImport() {
  const count = SHORT ? 300 : 5000;
  const source = new Harness({ env: { LOG_LEVEL: "warn", ADMIN_IDS: "7001" } });
  const target = new Harness({ env: { LOG_LEVEL: "warn", ADMIN_IDS: "7001" } });
  try {
    const admin = source.user(7001);
    await admin.send("/start");
    const adminId = (source.database.sqlite.prepare("select id from people where telegram_id = 7001").get() as { id: number }).id;
    seedInnovations(source.db, adminId, count);
    refreshPeriodScoreColumns(source.db, getActivePeriod(source.db).year);
    const rssBefore = peakRssMiB();
    const exp = await othersDelay(source, () => admin.send("/ekspor"));
    const doc = source.fake.callsOf("sendDocument").at(-1)?.payload.document as { bytes: Buffer } | undefined;
    if (!doc) throw new Error("/ekspor sent no file");
    const exportPeak = peakRssMiB();

    const importer = target.user(7001);
    await importer.send("/start");
    await importer.send("/impor");
    const imp = await othersDelay(target, () => importer.sendDocument(Buffer.from(doc.bytes), "inovasi.xlsx"));
    const imported = (target.database.sqlite.prepare("select count(*) as n from innovations").get() as { n: number }).n;
    if (imported !== count) throw new Error(`import stored ${imported} of ${count} innovations`);
    return {
      innovations: count,
      export: {
        ms: exp.ms,
        bytes: doc.bytes.length,
        othersMaxMs: exp.othersMaxMs,
        othersP99Ms: exp.othersP99Ms,
        pings: exp.pings,
        peakRssMiB: exportPeak,
        rssBeforeMiB: rssBefore,
      },
      import: { ms: imp.ms, othersMaxMs: imp.othersMaxMs, othersP99Ms: imp.othersP99Ms, pings: imp.pings, peakRssMiB: peakRssMiB() },
    };
  } finally {
    source.close();
    target.close();
  }
}

// ---------------------------------------------------------------- reminder fan-out

/**
 * One reminder tick to `n` operators through the real outbound queue on a virtual clock,
 * against a Bot API that answers 429 above 30 messages/s overall or 1/s per chat.
 */
async function fanout() {
  const n = SHORT ? 300 : 10_000;
  const h = new Harness({ env: { LOG_LEVEL: "warn" }, now: wib(2026, 5, 4, 8, 0) });
  try {
    seedOperator(h, 1, "Dinas Kesehatan", "draft");
    const opdId = (h.database.sqlite.prepare("select opd_id from people where telegram_id = 1").get() as { opd_id: number }).opd_id;
    const insert = h.database.sqlite.prepare(
      "insert into people (telegram_id, role, opd_id, full_name, status, created_at, updated_at) values (?, 'operator', ?, ?, 'active', ?, ?)",
    );
    const now = h.now().getTime();
    h.database.sqlite.transaction(() => {
      for (let i = 2; i <= n; i++) insert.run(100_000 + i, opdId, `Operator ${i}`, now, now);
    })();
    seedDeadline(h, wib(2026, 5, 6, 23, 59));
    const clock = new FakeClock(0);
    const sentAt: number[] = [];
    const lastByChat = new Map<number, number>();
    const perChat = new Map<number, number>();
    let tooMany = 0;
    // The limits Telegram states for bots: 30 messages/s overall, 1/s in one chat.
    const limited = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof URL ? input.href : typeof input === "string" ? input : input.url);
      if (url.endsWith("/sendMessage")) {
        const body = JSON.parse(String(init?.body ?? "{}")) as { chat_id: number };
        const t = clock.now();
        while (sentAt.length > 0 && sentAt[0]! <= t - 1000) sentAt.shift();
        const last = lastByChat.get(body.chat_id);
        if (sentAt.length >= 30 || (last !== undefined && t - last < 1000)) {
          tooMany += 1;
          return new Response(JSON.stringify({ ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } }), {
            status: 429,
            headers: { "content-type": "application/json" },
          });
        }
        sentAt.push(t);
        lastByChat.set(body.chat_id, t);
        perChat.set(body.chat_id, (perChat.get(body.chat_id) ?? 0) + 1);
      }
      return h.fake.fetch(input, init);
    }) as typeof fetch;
    const outbox = createTelegramOutbox({ config: h.config, db: h.db, logger: h.logger, clock: () => h.now(), apiFetch: limited }, clock);
    const t0 = performance.now();
    const report = await runReminderTick({ config: h.config, db: h.db, logger: h.logger, clock: () => h.now() }, outbox);
    const wall = performance.now() - t0;
    outbox.close();
    const duplicates = [...perChat.values()].reduce((a, c) => a + Math.max(0, c - 1), 0);
    return {
      recipients: n,
      sent: report.sent,
      perSecond: round(report.sent / (clock.now() / 1000), 1),
      virtualSeconds: round(clock.now() / 1000, 0),
      tooMany,
      duplicates,
      wallMs: round(wall, 0),
    };
  } finally {
    h.close();
  }
}

const PHASES: Record<string, () => Promise<unknown>> = {
  "throughput-bot-inprocess": () => throughput("bot", "inprocess"),
  "throughput-bare-inprocess": () => throughput("bare", "inprocess"),
  "throughput-bot-loopback": () => throughput("bot", "loopback"),
  "throughput-bare-loopback": () => throughput("bare", "loopback"),
  wizard,
  "scores-200": () => scores(200),
  "scores-40000": () => scores(SHORT ? 2000 : 40_000),
  "export-import": exportImport,
  fanout,
};

export const PHASE_NAMES = Object.keys(PHASES);

if (process.argv[1]?.endsWith("phases.ts")) {
  const name = process.argv[2] ?? "";
  const phase = PHASES[name];
  if (!phase) {
    process.stderr.write(`unknown phase ${name}; one of ${PHASE_NAMES.join(", ")}\n`);
    process.exit(2);
  }
  const result = await phase();
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

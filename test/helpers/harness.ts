import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Bot } from "grammy";
import { Writable } from "node:stream";
import { loadConfig, type Config } from "../../src/config.js";
import { openDatabase, type DatabaseHandle } from "../../src/db/client.js";
import { seedReferenceData } from "../../src/db/seed.js";
import { createBot } from "../../src/bot/create-bot.js";
import type { BotContext } from "../../src/bot/context.js";
import { createLogger, type Logger } from "../../src/logger.js";
import { FakeTelegram } from "./fake-telegram.js";
import type { RateLimitOptions } from "../../src/bot/middleware/rate-limit.js";
import { createStatus } from "../../src/bot/status.js";
import { TestUser, type UserOptions } from "./test-user.js";
import { FakeClock } from "./fake-clock.js";
import { ManualTimer } from "./manual-timer.js";
import { resumeAdminNotices } from "../../src/bot/admin-notices.js";
import type { Db } from "../../src/db/client.js";
import type { Outbox } from "../../src/outbound/outbox.js";
import { createTelegramOutbox, installOutbox } from "../../src/outbound/telegram.js";
import { runReminderTick, type TickReport } from "../../src/scheduler/tick.js";

export interface HarnessOptions {
  env?: Record<string, string>;
  /** Starting time of the injected clock; tests move it with `harness.advance`. */
  now?: Date;
  /** The flood guard; tests that drive many updates at one instant get a wide one by default. */
  rateLimit?: RateLimitOptions;
}

/** A bot wired to a fake Bot API and a fresh database file, driven by real update objects. */
export class Harness {
  readonly fake = new FakeTelegram();
  readonly dir = mkdtempSync(join(tmpdir(), "inovasi-test-"));
  readonly logLines: string[] = [];
  config: Config;
  database!: DatabaseHandle;
  bot!: Bot<BotContext>;
  logger: Logger;
  private time: number;
  private readonly rateLimit: RateLimitOptions;
  readonly status = createStatus();
  private nextUpdateId = 1;
  private readonly timer = new ManualTimer(() => this.time);

  constructor(options: HarnessOptions = {}) {
    this.time = (options.now ?? new Date("2026-05-04T02:00:00Z")).getTime();
    this.rateLimit = options.rateLimit ?? { limit: 10_000, windowMs: 1000 };
    this.config = loadConfig({
      BOT_TOKEN: this.fake.token,
      TELEGRAM_API_ROOT: "http://fake.telegram.invalid",
      DATABASE_PATH: join(this.dir, "inovasi.db"),
      LOG_LEVEL: "debug",
      // Files the bot keeps stay inside the test's folder (and show in snapshots).
      EVIDENCE_DIR: join(this.dir, "bukti"),
      BACKUP_DIR: join(this.dir, "cadangan"),
      ...options.env,
    });
    const sink = new Writable({
      write: (chunk, _enc, cb) => {
        this.logLines.push(String(chunk));
        cb();
      },
    });
    this.logger = createLogger(this.config.LOG_LEVEL, [this.config.BOT_TOKEN, this.config.WEBHOOK_SECRET], sink);
    this.open();
  }

  private open() {
    this.timer.clear();
    this.database = openDatabase(this.config.DATABASE_PATH);
    seedReferenceData(this.database.db, this.config.PEMDA_NAME, this.now());
    this.bot = createBot(
      {
        config: this.config,
        db: this.database.db,
        sqlite: this.database.sqlite,
        logger: this.logger,
        clock: () => new Date(this.time),
        fetch: this.fake.fetch,
        apiFetch: this.fake.fetch,
        timer: this.timer,
      },
      {
        botInfo: this.fake.botInfo,
        autoRetry: { maxRetryAttempts: 0, rethrowInternalServerErrors: true, rethrowHttpErrors: true },
        rateLimit: this.rateLimit,
        status: this.status,
      },
    );
    // As main.ts does: messages go through the outbound queue (here on a virtual clock), and
    // admin notices a stopped process was still gathering are armed again.
    this.outbound();
    resumeAdminNotices(this.noticeDeps());
  }

  private noticeDeps() {
    return { config: this.config, db: this.db, logger: this.logger, clock: () => this.now(), apiFetch: this.fake.fetch, timer: this.timer };
  }

  /** Resolves once background sends (announcements, admin notices) are settled. */
  idle(): Promise<void> {
    return this.outbound().outbox.idle();
  }

  get db() {
    return this.database.db;
  }

  now(): Date {
    return new Date(this.time);
  }

  /** Moves the clock; timers due by then (e.g. a batch of admin notices) fire. */
  advance(ms: number) {
    this.time += ms;
    this.timer.fireDue();
  }

  /** Simulates a process restart on the same database file. */
  restart() {
    this.database.close();
    this.open();
  }

  updateId(): number {
    return this.nextUpdateId++;
  }

  user(id: number, options: UserOptions = {}): TestUser {
    return new TestUser(this, id, options);
  }

  close() {
    this.database.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  // ---- outbound queue and reminders (issue 6) ----

  private outboundState: { db: Db; clock: FakeClock; outbox: Outbox } | undefined;

  /**
   * The outbound queue (announcements, reminders) of the current database, on a virtual clock
   * and sending through the fake API. Call it before anything sends; after `restart()` a new
   * one is made, as a new process would.
   */
  outbound(): { clock: FakeClock; outbox: Outbox } {
    if (this.outboundState?.db !== this.db) {
      const clock = new FakeClock(this.time);
      const deps = { config: this.config, db: this.db, logger: this.logger, clock: () => this.now(), apiFetch: this.fake.fetch };
      const outbox = createTelegramOutbox(deps, clock);
      installOutbox(this.db, outbox);
      this.outboundState = { db: this.db, clock, outbox };
    }
    return this.outboundState;
  }

  /** One reminder tick at the harness time; resolves when its messages are settled. */
  reminderTick(): Promise<TickReport> {
    return runReminderTick({ config: this.config, db: this.db, logger: this.logger, clock: () => this.now() }, this.outbound().outbox);
  }
}

/** A harness whose ADMIN_IDS admin (7001) has already said /start: most admin tests begin here. */
export async function withAdmin(options: HarnessOptions = {}): Promise<{ h: Harness; admin: TestUser }> {
  const h = new Harness({ ...options, env: { ADMIN_IDS: "7001", ...options.env } });
  const admin = h.user(7001);
  await admin.send("/start");
  return { h, admin };
}

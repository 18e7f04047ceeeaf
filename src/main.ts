import { existsSync } from "node:fs";
import { run } from "@grammyjs/runner";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { createLogger } from "./logger.js";
import { openDatabase } from "./db/client.js";
import { seedReferenceData } from "./db/seed.js";
import { createBot } from "./bot/create-bot.js";
import { keepDefaultMenus } from "./bot/menus.js";
import { translatorFor } from "./bot/i18n.js";
import { outboxFor } from "./outbound/telegram.js";
import { startScheduler } from "./scheduler/index.js";
import { startDigestScheduler } from "./scheduler/digest.js";
import { resumeAnnouncements } from "./bot/features/deadlines/broadcast-send.js";
import { resumeAdminNotices } from "./bot/admin-notices.js";
import { createStatus } from "./bot/status.js";
import { createHttpServer } from "./server/http.js";
import { scheduleBackups } from "./backup/schedule.js";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"] as const;

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

function readConfig(): Config {
  // Variables already in the environment win over .env, as in every dotenv tool.
  if (existsSync(".env")) process.loadEnvFile(".env");
  try {
    return loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

async function main() {
  const config = readConfig();
  const logger = createLogger(config.LOG_LEVEL, [config.BOT_TOKEN, config.WEBHOOK_SECRET]);
  const database = openDatabase(config.DATABASE_PATH);
  const clock = () => new Date();
  seedReferenceData(database.db, config.PEMDA_NAME, clock());
  const deps = { config, db: database.db, sqlite: database.sqlite, logger, clock, fetch: globalThis.fetch };
  const status = createStatus();
  const bot = createBot(deps, { status });
  const webhook = config.WEBHOOK_URL ? { path: new URL(config.WEBHOOK_URL).pathname, secret: config.WEBHOOK_SECRET! } : undefined;
  const http = createHttpServer({ bot, db: database.db, status, logger, webhook });

  const unreachable = (err: unknown): never => {
    logger.fatal({ err }, "cannot reach the Telegram Bot API");
    database.close();
    process.exit(1);
  };
  await bot.init().catch(unreachable);
  // Only getMe and the webhook calls decide whether the bot can run: the menu is not awaited
  // (a 5xx would hold the start through auto-retry) and is retried later when it fails.
  const menus = keepDefaultMenus(bot.api, (locale, key) => translatorFor(locale)(key), logger);

  const port = await listen(http, config.PORT, config.HOST).catch((err: unknown) => {
    logger.fatal({ err, port: config.PORT }, "cannot listen for HTTP (PORT in use?)");
    database.close();
    process.exit(1);
  });
  logger.info({ port, host: config.HOST }, "http server listening (GET /healthz)");

  let runner: ReturnType<typeof run> | undefined;
  if (webhook) {
    await bot.api.setWebhook(config.WEBHOOK_URL!, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] }).catch(unreachable);
    logger.info({ username: bot.botInfo.username, pemda: config.PEMDA_NAME, path: webhook.path }, "bot started (webhook)");
  } else {
    // A webhook left from an earlier deployment would make getUpdates fail.
    await bot.api.deleteWebhook().catch(unreachable);
    runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
    logger.info({ username: bot.botInfo.username, pemda: config.PEMDA_NAME }, "bot started (long polling)");
  }
  const stopBackups = scheduleBackups({
    sqlite: database.sqlite,
    dir: config.BACKUP_DIR,
    keep: config.BACKUP_KEEP,
    cronExpression: config.BACKUP_CRON,
    timezone: config.TIMEZONE,
    logger,
    clock,
  });
  // Reminders and announcements share one outbound queue (and its rate limits).
  const outbox = outboxFor(deps);
  // Announcements a previous process left unfinished (crash or shutdown) are sent on.
  resumeAnnouncements({ ...deps, api: bot.api }, outbox);
  // Submission notices a previous process was still gathering (see admin-notices.ts).
  resumeAdminNotices(deps);
  const scheduler = startScheduler(deps, outbox);
  // The pimpinan's weekly digest is off unless DIGEST_CRON is set.
  const digest = config.DIGEST_CRON ? startDigestScheduler(deps, outbox, config.DIGEST_CRON) : undefined;

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping: finishing in-flight updates");
    // No tick may start against a closing database; queued messages are dropped unclaimed:
    // reminders among them are planned again and announcement deliveries stay pending, so the
    // next start sends them.
    menus.stop();
    await scheduler.stop();
    await digest?.stop();
    outbox.close();
    await stopBackups();
    // runner.stop() ends polling and resolves once every update already fetched is handled;
    // in webhook mode, closing the server waits for the requests (updates) in flight.
    await runner?.stop();
    await new Promise<void>((resolve) => {
      http.close(() => resolve());
      http.closeIdleConnections();
    });
    database.close();
    logger.info("stopped");
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

void main();

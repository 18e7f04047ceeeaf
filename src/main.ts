import { existsSync } from "node:fs";
import { run } from "@grammyjs/runner";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { createLogger } from "./logger.js";
import { openDatabase } from "./db/client.js";
import { seedReferenceData } from "./db/seed.js";
import { createBot } from "./bot/create-bot.js";
import { setDefaultMenus } from "./bot/menus.js";
import { createI18n } from "./bot/i18n.js";
import { outboxFor } from "./outbound/telegram.js";
import { startScheduler } from "./scheduler/index.js";

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
  const logger = createLogger(config.LOG_LEVEL, config.BOT_TOKEN);
  const database = openDatabase(config.DATABASE_PATH);
  const clock = () => new Date();
  seedReferenceData(database.db, config.PEMDA_NAME, clock());
  const deps = { config, db: database.db, sqlite: database.sqlite, logger, clock, fetch: globalThis.fetch };
  const bot = createBot(deps);

  try {
    await bot.init();
    const i18n = createI18n();
    await setDefaultMenus(bot.api, (locale, key) => i18n.t(locale, key));
  } catch (err) {
    logger.fatal({ err }, "cannot reach the Telegram Bot API");
    database.close();
    process.exit(1);
  }

  const runner = run(bot, {
    runner: { fetch: { allowed_updates: ["message", "edited_message", "callback_query", "my_chat_member"] } },
  });
  logger.info({ username: bot.botInfo.username, pemda: config.PEMDA_NAME }, "bot started (long polling)");
  // Reminders and announcements share one outbound queue (and its rate limits).
  const outbox = outboxFor(deps);
  const scheduler = startScheduler(deps, outbox);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping: finishing in-flight updates");
    // No tick may start against a closing database; queued messages are dropped, and
    // reminders among them come back at the next start because they were never claimed.
    await scheduler.stop();
    outbox.close();
    // runner.stop() ends polling and resolves once every update already fetched is handled.
    await runner.stop();
    database.close();
    logger.info("stopped");
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
}

void main();

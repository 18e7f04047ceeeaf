import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { BotCommand } from "grammy/types";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../db/client.js";
import { TELEGRAM_RATE_LIMITS } from "../local-bot-api/limits.js";
import { LocalBotApi } from "../local-bot-api/server.js";
import { DEMO_ADMIN_ID, personasOf, seedDemo } from "./seed.js";
import { createDemoServer } from "./web.js";

/**
 * `npm run demo`: the real bot, unchanged, on a seeded demo database, talking to the local Bot
 * API, and a web page that plays its people, all on loopback, with no token and no network.
 * Prints one URL. DEMO_DIR keeps the database between runs; DEMO_PORT picks the port (0: any).
 */
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DEMO_TOKEN = "100000:DEMO-local-token-not-a-telegram-one";

async function main() {
  const kept = Boolean(process.env.DEMO_DIR);
  const dir = process.env.DEMO_DIR || mkdtempSync(join(tmpdir(), "inovasi-demo-"));
  mkdirSync(dir, { recursive: true });
  const paths = { db: join(dir, "inovasi.db"), evidence: join(dir, "bukti"), backups: join(dir, "cadangan"), log: join(dir, "bot.log") };

  const database = openDatabase(paths.db);
  seedDemo(database.db, paths.evidence, new Date());

  const api = new LocalBotApi({
    token: DEMO_TOKEN,
    username: "InovasiDaerahDemoBot",
    rateLimits: TELEGRAM_RATE_LIMITS,
    maxPollSeconds: 25,
    strictMessages: true,
  });
  keepMenus(api, join(dir, "menus.json"));
  const server = createDemoServer(api, () => personasOf(database.db));
  const wanted = Number(process.env.DEMO_PORT ?? 8090);
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(wanted, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  }).catch((err: NodeJS.ErrnoException) => {
    process.stderr.write(err.code === "EADDRINUSE" ? `Port ${wanted} sedang dipakai; coba DEMO_PORT=0 (port bebas).\n` : `${err.message}\n`);
    process.exit(1);
  });
  const url = `http://127.0.0.1:${port}/`;

  // The bot's own log goes to a file: the terminal shows only the URL.
  const log = createWriteStream(paths.log, { flags: "a" });
  const bot = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      BOT_TOKEN: DEMO_TOKEN,
      TELEGRAM_API_ROOT: url.slice(0, -1),
      DATABASE_PATH: paths.db,
      EVIDENCE_DIR: paths.evidence,
      BACKUP_DIR: paths.backups,
      ADMIN_IDS: String(DEMO_ADMIN_ID),
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "info",
      // Set but empty, so a .env in the checkout cannot turn the demo to a webhook or a digest.
      WEBHOOK_URL: "",
      WEBHOOK_SECRET: "",
      DIGEST_CRON: "",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  bot.stdout.pipe(log);
  bot.stderr.pipe(log);
  process.stdout.write(`${url}\n`);

  let stopping = false;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    bot.kill("SIGTERM");
    const force = setTimeout(() => bot.kill("SIGKILL"), 5000);
    bot.once("exit", () => {
      clearTimeout(force);
      server.close();
      server.closeAllConnections();
      database.close();
      if (!kept) rmSync(dir, { recursive: true, force: true });
      process.exit(code);
    });
  };
  bot.once("exit", (code) => {
    if (stopping) return;
    process.stderr.write(`Bot berhenti (kode ${code}); lihat ${paths.log}\n`);
    stopping = true;
    server.close();
    server.closeAllConnections();
    process.exit(1);
  });
  process.once("SIGINT", () => stop(0));
  process.once("SIGTERM", () => stop(0));
}

/**
 * Telegram keeps each person's command menu; the bot remembers (in its session) which one it set
 * and does not set it again. So a kept DEMO_DIR keeps the menus too, or they would fall back to
 * the guest menu after a restart.
 */
function keepMenus(api: LocalBotApi, file: string) {
  if (existsSync(file)) {
    for (const [key, commands] of Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, BotCommand[]>)) api.menus.set(key, commands);
  }
  api.subscribe((event) => {
    if (event.type === "menu") writeFileSync(file, JSON.stringify(Object.fromEntries(api.menus)));
  });
}

void main();

import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { webhookCallback, type Bot } from "grammy";
import type { BotContext } from "../bot/context.js";
import type { BotStatus } from "../bot/status.js";
import type { Db } from "../db/client.js";
import { sql } from "drizzle-orm";
import type { Logger } from "../logger.js";

export interface HttpServerOptions {
  bot: Bot<BotContext>;
  db: Db;
  status: BotStatus;
  logger: Logger;
  /** When set, Telegram posts updates to this path with this secret header. */
  webhook?: { path: string; secret: string };
}

function databaseReachable(db: Db): boolean {
  try {
    db.get(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

/**
 * GET /healthz in both modes; POST <webhook path> in webhook mode. grammY's callback answers
 * 401 to a wrong or missing X-Telegram-Bot-Api-Secret-Token before any update is handled.
 */
export function createHttpServer(options: HttpServerOptions): Server {
  const handleWebhook = options.webhook
    ? webhookCallback(options.bot, "http", { secretToken: options.webhook.secret, onTimeout: "return", timeoutMilliseconds: 55_000 })
    : null;
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method === "GET" && path === "/healthz") {
      const database = databaseReachable(options.db);
      send(res, database ? 200 : 503, {
        ok: database,
        database: database ? "ok" : "unreachable",
        lastUpdateAt: options.status.lastUpdateAt?.toISOString() ?? null,
      });
      return;
    }
    if (handleWebhook && options.webhook && req.method === "POST" && path === options.webhook.path) {
      handleWebhook(req, res).catch((err: unknown) => {
        options.logger.error({ err }, "webhook update failed");
        if (!res.headersSent) send(res, 500, { ok: false });
      });
      return;
    }
    send(res, 404, { ok: false });
  });
}

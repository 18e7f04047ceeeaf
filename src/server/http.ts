import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { timingSafeEqual } from "node:crypto";
import { BotError, webhookCallback, type Bot } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "../bot/context.js";
import type { BotStatus } from "../bot/status.js";
import type { Db } from "../db/client.js";
import { sql } from "../db/orm.js";
import type { Logger } from "../logger.js";
import { refusalLog, type Refusal } from "./refusal-log.js";

export interface HttpLimits {
  /** An update is a few kB; anything past this is refused with 413 without being buffered. */
  maxBodyBytes: number;
  headersTimeoutMs: number;
  /** Time to receive a whole request (headers and body); handling it afterwards is not counted. */
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  maxConnections: number;
  /** How often Node looks for requests past their time (tests make it small). */
  connectionsCheckingIntervalMs: number;
  /** grammY's budget for handling one update; Telegram gives up on a webhook after about 60 s. */
  handlerTimeoutMs: number;
  /** At most one log line per refusal reason in this window. */
  refusalLogWindowMs: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  maxBodyBytes: 1024 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 256,
  connectionsCheckingIntervalMs: 5_000,
  handlerTimeoutMs: 55_000,
  refusalLogWindowMs: 10_000,
};

export interface HttpServerOptions {
  bot: Bot<BotContext>;
  db: Db;
  status: BotStatus;
  logger: Logger;
  /** When set, Telegram posts updates to this path with this secret header. */
  webhook?: { path: string; secret: string };
  limits?: Partial<HttpLimits>;
  /** For the refusal log's rate limit. */
  clock?: () => Date;
}

const SECRET_HEADER = "x-telegram-bot-api-secret-token";

function databaseReachable(db: Db): boolean {
  try {
    db.get(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

function send(res: ServerResponse, status: number, body: unknown, close = false) {
  res.writeHead(status, { "content-type": "application/json", ...(close ? { connection: "close" } : {}) });
  res.end(JSON.stringify(body));
}

function secretMatches(header: string | string[] | undefined, secret: string): boolean {
  const given = Buffer.from(Array.isArray(header) ? (header[0] ?? "") : (header ?? ""));
  const wanted = Buffer.from(secret);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

type Body = { ok: true; bytes: Buffer } | { ok: false; why: "too-large" | "aborted" };

/** Reads at most `max` bytes; past that it stops reading at once instead of buffering more. */
function readBody(req: IncomingMessage, max: number): Promise<Body> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > max) return Promise.resolve({ ok: false, why: "too-large" });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (body: Body) => {
      req.off("data", onData).off("end", onEnd).off("close", onClose).off("error", onClose);
      resolve(body);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.pause();
        finish({ ok: false, why: "too-large" });
      } else chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, bytes: Buffer.concat(chunks) });
    const onClose = () => finish({ ok: false, why: "aborted" });
    req.on("data", onData).once("end", onEnd).once("close", onClose).once("error", onClose);
  });
}

/** Hands grammY an update already read (within limits) and checked; grammY re-checks the secret. */
const preparsed = (req: IncomingMessage, res: ServerResponse, update: Update) => ({
  update,
  header: req.headers[SECRET_HEADER] as string | undefined,
  end: () => res.end(),
  respond: (json: string) => res.writeHead(200, { "content-type": "application/json" }).end(json),
  unauthorized: () => res.writeHead(401).end(),
});

/**
 * GET /healthz in both modes; POST <webhook path> in webhook mode. The secret header is checked
 * before the body is read; the body is limited in size and time; refusals are logged, sparingly.
 */
export function createHttpServer(options: HttpServerOptions): Server {
  const limits = { ...DEFAULT_HTTP_LIMITS, ...options.limits };
  const refused = refusalLog(options.logger, options.clock ?? (() => new Date()), limits.refusalLogWindowMs);
  const handleUpdate = options.webhook
    ? webhookCallback(options.bot, preparsed, { secretToken: options.webhook.secret, onTimeout: "return", timeoutMilliseconds: limits.handlerTimeoutMs })
    : null;
  // The request a socket is receiving, so a timeout reported on the socket can name it.
  const receiving = new WeakMap<Socket, { req: IncomingMessage; res: ServerResponse }>();

  const describe = (req: IncomingMessage, path: string): Omit<Refusal, "reason"> => ({ method: req.method, path, remote: req.socket.remoteAddress });

  async function webhook(req: IncomingMessage, res: ServerResponse, path: string) {
    const { secret } = options.webhook!;
    if (!secretMatches(req.headers[SECRET_HEADER], secret)) {
      refused({ reason: "secret", status: 401, ...describe(req, path) });
      return send(res, 401, { ok: false }, true);
    }
    receiving.set(req.socket, { req, res });
    const body = await readBody(req, limits.maxBodyBytes);
    receiving.delete(req.socket);
    if (!body.ok) {
      if (body.why === "aborted" || res.headersSent) return;
      refused({ reason: "too-large", status: 413, ...describe(req, path) });
      return send(res, 413, { ok: false }, true);
    }
    let update: Update;
    try {
      update = JSON.parse(body.bytes.toString("utf8")) as Update;
    } catch {
      refused({ reason: "bad-request", status: 400, ...describe(req, path) });
      return send(res, 400, { ok: false });
    }
    try {
      await handleUpdate!(req, res, update);
    } catch (err) {
      // Log the failure, never the context grammY wraps around it (config, token, the update).
      const cause = err instanceof BotError ? err.error : err;
      options.logger.error({ err: cause, update_id: update.update_id }, "webhook update failed");
      if (!res.headersSent) send(res, 500, { ok: false });
    }
  }

  const server = createServer(
    {
      requestTimeout: limits.requestTimeoutMs,
      // Node refuses a headers timeout longer than the request timeout.
      headersTimeout: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      connectionsCheckingInterval: limits.connectionsCheckingIntervalMs,
    },
    (req: IncomingMessage, res: ServerResponse) => {
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
      if (options.webhook && req.method === "POST" && path === options.webhook.path) {
        void webhook(req, res, path);
        return;
      }
      if (req.method !== "GET" && req.method !== "HEAD") refused({ reason: "not-found", status: 404, ...describe(req, path) });
      send(res, 404, { ok: false });
    },
  );
  server.maxConnections = limits.maxConnections;
  server.on("drop", (data?: { remoteAddress?: string }) => refused({ reason: "connection-cap", remote: data?.remoteAddress }));
  server.on("clientError", (err: NodeJS.ErrnoException, socket: Socket) => {
    const current = receiving.get(socket);
    const timedOut = err.code === "ERR_HTTP_REQUEST_TIMEOUT";
    if (timedOut && current) {
      const path = new URL(current.req.url ?? "/", "http://localhost").pathname;
      refused({ reason: "timeout", status: 408, ...describe(current.req, path) });
    } else if (timedOut) refused({ reason: "timeout", status: 408, remote: socket.remoteAddress });
    if (socket.writable && !current?.res.headersSent) {
      const status = timedOut ? "408 Request Timeout" : "400 Bad Request";
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () => socket.destroy());
    } else socket.destroy();
  });
  return server;
}

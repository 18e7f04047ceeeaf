import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { BotCommand, Message, Update, UserFromGetMe } from "grammy/types";

export const TEST_TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz";

export interface ApiCall {
  method: string;
  payload: Record<string, any>;
  /** What the fake answered (e.g. the sent message, with its message_id). */
  result?: unknown;
}

type ApiResult = { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number } };
type Override = (payload: Record<string, any>) => ApiResult | undefined;

/**
 * A fake Telegram Bot API at grammY's HTTP seam: it records every call and answers like
 * Telegram does. Used in-process through `fetch`, or over loopback HTTP for process tests.
 */
export class FakeTelegram {
  readonly token: string;
  readonly botInfo: UserFromGetMe = {
    id: 999000,
    is_bot: true,
    first_name: "Bot Inovasi",
    username: "inovasi_test_bot",
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
  } as UserFromGetMe;
  readonly calls: ApiCall[] = [];
  /** setMyCommands results by scope key ("default", "default:en", "chat:<id>"). */
  readonly menus = new Map<string, BotCommand[]>();
  private readonly overrides = new Map<string, Override>();
  private nextMessageId = 1;
  private pendingUpdates: Update[] = [];
  private updateWaiters: Array<() => void> = [];
  private lastConfirmedOffset = 0;
  private readonly files = new Map<string, { path: string; bytes: Buffer }>();
  private nextFileId = 1;
  /** Calls that get no answer over loopback, so a test can kill the bot while one is in flight. */
  private readonly holds: Array<(method: string, payload: Record<string, any>) => boolean> = [];

  /** Over loopback, leaves every call matching `when` unanswered (recorded all the same). */
  hold(when: (method: string, payload: Record<string, any>) => boolean) {
    this.holds.push(when);
  }

  clearHolds() {
    this.holds.length = 0;
  }

  /** The offset the bot has confirmed with getUpdates: updates below it are never delivered again. */
  get confirmedOffset(): number {
    return this.lastConfirmedOffset;
  }

  /** Registers bytes the "user" uploads; returns the ids a message carrying them would have. */
  addFile(bytes: Buffer | string, fileName = "file.bin"): { file_id: string; file_unique_id: string; file_size: number } {
    const n = this.nextFileId++;
    const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, "utf8");
    this.files.set(`F${n}`, { path: `documents/${n}-${fileName}`, bytes: data });
    return { file_id: `F${n}`, file_unique_id: `U${n}`, file_size: data.length };
  }

  constructor(token = TEST_TOKEN) {
    this.token = token;
  }

  /** Makes `method` answer with `override(payload)` whenever it returns a result. */
  override(method: string, override: Override) {
    this.overrides.set(method, override);
  }

  clearOverrides() {
    this.overrides.clear();
  }

  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  handle(method: string, payload: Record<string, any>): ApiResult {
    const call: ApiCall = { method, payload };
    this.calls.push(call);
    const result = this.answer(method, payload);
    if (result.ok) call.result = result.result;
    return result;
  }

  /** Text and keyboard of every message the bot has in each chat, as Telegram keeps them. */
  private readonly shown = new Map<string, string>();

  private answer(method: string, payload: Record<string, any>): ApiResult {
    const overridden = this.overrides.get(method)?.(payload);
    if (overridden) return overridden;
    const limit = violatesLimits(payload);
    if (limit) return { ok: false, error_code: 400, description: `Bad Request: ${limit}` };
    switch (method) {
      case "getMe":
        return ok(this.botInfo);
      case "sendMessage": {
        const message = this.message(payload, { text: payload.text });
        this.shown.set(`${payload.chat_id}:${message.message_id}`, JSON.stringify([payload.text, payload.reply_markup ?? null]));
        return ok(message);
      }
      case "editMessageText": {
        // Telegram refuses an edit that changes neither the text nor the keyboard.
        const key = `${payload.chat_id}:${payload.message_id}`;
        const next = JSON.stringify([payload.text, payload.reply_markup ?? null]);
        if (this.shown.get(key) === next) {
          return {
            ok: false,
            error_code: 400,
            description:
              "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
          };
        }
        this.shown.set(key, next);
        return ok(this.message(payload, { text: payload.text, message_id: payload.message_id }));
      }
      case "setMyCommands": {
        const scope = payload.scope as { type: string; chat_id?: number } | undefined;
        const key = scope?.type === "chat" ? `chat:${scope.chat_id}` : `${scope?.type ?? "default"}${payload.language_code ? `:${payload.language_code}` : ""}`;
        this.menus.set(key, payload.commands as BotCommand[]);
        return ok(true);
      }
      case "getFile": {
        const file = this.files.get(String(payload.file_id));
        if (!file) return { ok: false, error_code: 400, description: "Bad Request: invalid file_id" };
        return ok({ file_id: payload.file_id, file_unique_id: `U${payload.file_id}`, file_size: file.bytes.length, file_path: file.path });
      }
      case "getUpdates":
        return ok(this.takeUpdates(Number(payload.offset ?? 0)));
      default:
        return ok(true);
    }
  }

  private message(payload: Record<string, any>, extra: Partial<Message> & Record<string, unknown>): Message {
    return {
      message_id: (extra.message_id as number | undefined) ?? this.nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: Number(payload.chat_id), type: Number(payload.chat_id) > 0 ? "private" : "group" } as Message["chat"],
      from: this.botInfo,
      ...extra,
      ...(payload.reply_markup ? { reply_markup: payload.reply_markup } : {}),
    } as Message;
  }

  /** In-process transport for grammY's `client.fetch`. */
  readonly fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    const download = this.download(url.pathname);
    if (download) return download;
    const method = this.methodFromPath(url.pathname);
    const payload = init?.body ? await parseBody(init.body, init.headers) : {};
    const result = method === null ? notFound() : this.handle(method, payload);
    return new Response(JSON.stringify(result), { status: result.ok ? 200 : result.error_code, headers: { "content-type": "application/json" } });
  }) as unknown as typeof fetch;

  private download(path: string): Response | null {
    const prefix = `/file/bot${this.token}/`;
    if (!path.startsWith(prefix)) return null;
    const wanted = decodeURIComponent(path.slice(prefix.length));
    const file = [...this.files.values()].find((f) => f.path === wanted);
    return file ? new Response(new Uint8Array(file.bytes)) : new Response("Not Found", { status: 404 });
  }

  private methodFromPath(path: string): string | null {
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(path);
    return m && m[1] === this.token ? m[2]! : null;
  }

  // ---- long polling, for process-level tests ----

  pushUpdate(update: Update) {
    this.pendingUpdates.push(update);
    for (const wake of this.updateWaiters.splice(0)) wake();
  }

  private takeUpdates(offset: number): Update[] {
    if (offset > this.lastConfirmedOffset) this.lastConfirmedOffset = offset;
    this.pendingUpdates = this.pendingUpdates.filter((u) => u.update_id >= this.lastConfirmedOffset);
    return this.pendingUpdates.slice();
  }

  /** Serves the Bot API on a loopback port; getUpdates long-polls like Telegram does. */
  async listen(): Promise<{ apiRoot: string; close: () => Promise<void> }> {
    const server: Server = createServer(async (req, res) => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const method = this.methodFromPath(url.pathname);
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const raw = Buffer.concat(chunks);
      const type = String(req.headers["content-type"] ?? "");
      // Uploads stay bytes (parsed as multipart); everything else is text.
      const body = type.startsWith("multipart/") ? [raw] : raw.toString("utf8");
      const payload = raw.length > 0 ? await parseBody(body, { "content-type": type }) : {};
      if (method === "getUpdates") await this.waitForUpdates(Number(payload.offset ?? 0), Number(payload.timeout ?? 0), req);
      if (method !== null && this.holds.some((h) => h(method, payload))) {
        this.calls.push({ method, payload });
        return;
      }
      const result = method === null ? notFound() : this.handle(method, payload);
      if (res.destroyed) return;
      res.writeHead(result.ok ? 200 : result.error_code, { "content-type": "application/json" });
      res.end(JSON.stringify(result));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return {
      apiRoot: `http://127.0.0.1:${port}`,
      close: () =>
        new Promise<void>((resolve) => {
          for (const wake of this.updateWaiters.splice(0)) wake();
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    };
  }

  private waitForUpdates(offset: number, timeoutSeconds: number, req: NodeJS.EventEmitter): Promise<void> {
    if (this.takeUpdates(offset).length > 0 || timeoutSeconds <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      // A bounded long poll: the client's timeout, and never longer than 2 s in tests.
      const timer = setTimeout(done, Math.min(timeoutSeconds, 2) * 1000);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.updateWaiters.push(done);
      req.once("close", done);
    });
  }
}

/** Telegram refuses what breaks its limits; so does the fake, so every test checks them. */
function violatesLimits(payload: Record<string, any>): string | null {
  if (typeof payload.text === "string" && [...payload.text].length > 4096) return "message is too long";
  if (typeof payload.caption === "string" && [...payload.caption].length > 1024) return "message caption is too long";
  if (typeof payload.text === "string" && payload.text.trim() === "") return "message text is empty";
  const rows = payload.reply_markup?.inline_keyboard as { text: string; callback_data?: string }[][] | undefined;
  for (const button of rows?.flat() ?? []) {
    if (button.callback_data !== undefined && Buffer.byteLength(button.callback_data, "utf8") > 64) return "BUTTON_DATA_INVALID";
    if (!button.text) return "text buttons are unallowed in the inline keyboard";
  }
  return null;
}

function ok(result: unknown): ApiResult {
  return { ok: true, result };
}

function notFound(): ApiResult {
  return { ok: false, error_code: 404, description: "Not Found" };
}

async function parseBody(body: unknown, headers: HeadersInit | Record<string, string> | undefined): Promise<Record<string, any>> {
  const type = new Headers(headers as HeadersInit).get("content-type") ?? "";
  if (typeof body === "string") {
    if (type.includes("json") || body.startsWith("{")) return JSON.parse(body) as Record<string, any>;
    return Object.fromEntries(new URLSearchParams(body));
  }
  // Multipart uploads (InputFile): grammY streams the body as chunks; fields become values,
  // file parts become { file_name, size, bytes } under the field that attached them.
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  return parseMultipart(Buffer.concat(chunks), /boundary=(.+)$/.exec(type)?.[1] ?? "");
}

function parseMultipart(raw: Buffer, boundary: string): Record<string, any> {
  const fields: Record<string, any> = {};
  const files: Record<string, { file_name: string; size: number; bytes: Buffer }> = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let pos = raw.indexOf(delimiter);
  while (pos !== -1) {
    const next = raw.indexOf(delimiter, pos + delimiter.length);
    if (next === -1) break;
    const part = raw.subarray(pos + delimiter.length + 2, next - 2);
    const split = part.indexOf("\r\n\r\n");
    const head = part.subarray(0, split).toString("utf8");
    const content = part.subarray(split + 4);
    const name = /name="([^"]+)"/.exec(head)?.[1] ?? "";
    const fileName = /filename="?([^";\r\n]*)"?/.exec(head)?.[1];
    if (fileName !== undefined) files[name] = { file_name: fileName, size: content.length, bytes: Buffer.from(content) };
    else {
      const text = content.toString("utf8");
      try {
        fields[name] = JSON.parse(text);
      } catch {
        fields[name] = text;
      }
    }
    pos = next;
  }
  for (const [key, value] of Object.entries(fields)) {
    const attached = typeof value === "string" && value.startsWith("attach://") ? files[value.slice(9)] : undefined;
    if (attached) fields[key] = attached;
  }
  return fields;
}

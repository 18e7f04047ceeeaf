import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { BotCommand, Message, Update, User, UserFromGetMe } from "grammy/types";
import { DOWNLOAD_LIMIT_BYTES, ERRORS, RateWindows, type RateLimits, UPLOAD_LIMIT_BYTES, violatesLimits } from "./limits.js";
import { isUploadedPart, parseBody, type Payload } from "./multipart.js";

export const LOCAL_BOT_TOKEN = "123456:TEST-token-abcdefghijklmnopqrstuvwxyz";

export interface ApiCall {
  method: string;
  payload: Payload;
  /** What the server answered (e.g. the sent message, with its message_id). */
  result?: unknown;
}

export type ApiResult = { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number } };
type Override = (payload: Payload) => ApiResult | undefined;

/** What happens in a chat, for a client that shows it (the demo's web page). */
export type ChatEvent =
  | { type: "message" | "edit"; chatId: number; message: Message }
  | { type: "delete"; chatId: number; messageId: number }
  | { type: "toast"; chatId: number; text: string; alert: boolean }
  | { type: "typing"; chatId: number; action: string }
  | { type: "menu"; chatId: number | null };

export interface StoredFile {
  path: string;
  bytes: Buffer;
  name: string;
  mime: string;
}

export interface LocalBotApiOptions {
  token?: string;
  /** Telegram's flood limits (429 with retry_after); off unless given, so tests run at full speed. */
  rateLimits?: RateLimits;
  /** The longest a getUpdates long poll is held, whatever the client asks (tests keep it short). */
  maxPollSeconds?: number;
  /**
   * Edits and deletes of messages this server never sent, and file ids it never issued, are
   * refused as Telegram does (off for unit tests, which make up message and file ids).
   */
  strictMessages?: boolean;
  now?: () => number;
  /** The bot's @username (its t.me links use it). */
  username?: string;
}

/** Methods whose success puts a new message in a chat (the ones Telegram's flood limits count). */
const SENDING = new Set(["sendMessage", "sendDocument", "sendPhoto", "sendVideo"]);
const MEDIA = { sendDocument: "document", sendPhoto: "photo", sendVideo: "video" } as const;
const KNOWN = new Set([
  "getMe",
  "getUpdates",
  "setWebhook",
  "deleteWebhook",
  "getWebhookInfo",
  "sendMessage",
  "editMessageText",
  "editMessageReplyMarkup",
  "deleteMessage",
  "answerCallbackQuery",
  "sendChatAction",
  "setMyCommands",
  "getMyCommands",
  "deleteMyCommands",
  "sendDocument",
  "sendPhoto",
  "sendVideo",
  "getFile",
]);

/**
 * A local Telegram Bot API: the methods this bot uses, with Telegram's answers, error texts and
 * limits, over loopback HTTP (for the real entry point: process tests and `npm run demo`) or
 * in-process through `fetch` (the test harness). It records every call; people are played
 * through `userMessage`, `userPress` and `userFile` (or raw `pushUpdate`).
 */
export class LocalBotApi {
  readonly token: string;
  readonly botInfo: UserFromGetMe;
  readonly calls: ApiCall[] = [];
  /** setMyCommands results by scope key ("default", "default:en", "chat:<id>", "all_private_chats"). */
  readonly menus = new Map<string, BotCommand[]>();
  private readonly overrides = new Map<string, Override>();
  private readonly listeners = new Set<(event: ChatEvent) => void>();
  private readonly chats = new Map<number, Map<number, Message>>();
  private readonly callbackChats = new Map<string, number>();
  private readonly files = new Map<string, StoredFile>();
  private readonly rate: RateWindows | undefined;
  private readonly maxPollSeconds: number;
  private readonly strict: boolean;
  private readonly now: () => number;
  private nextMessageId = 1;
  private nextFileId = 1;
  private lastUpdateId = 0;
  private pendingUpdates: Update[] = [];
  private updateWaiters: Array<() => void> = [];
  private lastConfirmedOffset = 0;
  private webhookUrl = "";
  /** Calls that get no answer over loopback, so a test can kill the bot while one is in flight. */
  private readonly holds: Array<(method: string, payload: Payload) => boolean> = [];

  constructor(options: LocalBotApiOptions | string = {}) {
    const o = typeof options === "string" ? { token: options } : options;
    this.token = o.token ?? LOCAL_BOT_TOKEN;
    this.botInfo = {
      id: 999000,
      is_bot: true,
      first_name: "Bot Inovasi",
      username: o.username ?? "inovasi_test_bot",
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
    } as UserFromGetMe;
    this.now = o.now ?? Date.now;
    this.rate = o.rateLimits ? new RateWindows(o.rateLimits, this.now) : undefined;
    this.maxPollSeconds = o.maxPollSeconds ?? 2;
    this.strict = o.strictMessages ?? false;
  }

  /** Over loopback, leaves every call matching `when` unanswered (recorded all the same). */
  hold(when: (method: string, payload: Payload) => boolean) {
    this.holds.push(when);
  }

  clearHolds() {
    this.holds.length = 0;
  }

  /** The offset the bot has confirmed with getUpdates: updates below it are never delivered again. */
  get confirmedOffset(): number {
    return this.lastConfirmedOffset;
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

  /** Follows every chat's messages, edits, toasts and menus; returns the unsubscribe. */
  subscribe(listener: (event: ChatEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: ChatEvent) {
    for (const listener of this.listeners) listener(event);
  }

  /** The messages a chat shows now, oldest first (both sides). */
  history(chatId: number): Message[] {
    return [...(this.chats.get(chatId)?.values() ?? [])];
  }

  /** The "/" menu a person sees: their chat's own, else the default for their language. */
  menuOf(chatId: number, languageCode?: string): BotCommand[] {
    return (
      this.menus.get(`chat:${chatId}`) ??
      this.menus.get("all_private_chats") ??
      (languageCode ? this.menus.get(`default:${languageCode}`) : undefined) ??
      this.menus.get("default") ??
      []
    );
  }

  file(fileId: string): StoredFile | undefined {
    return this.files.get(fileId);
  }

  /** Registers bytes a person uploads; returns the ids a message carrying them would have. */
  addFile(bytes: Buffer | string, fileName = "file.bin", folder = "documents"): { file_id: string; file_unique_id: string; file_size: number } {
    const n = this.nextFileId++;
    const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, "utf8");
    this.files.set(`F${n}`, { path: `${folder}/${n}-${fileName}`, bytes: data, name: fileName, mime: mimeOf(fileName) });
    return { file_id: `F${n}`, file_unique_id: `U${n}`, file_size: data.length };
  }

  handle(method: string, payload: Payload): ApiResult {
    const call: ApiCall = { method, payload };
    this.calls.push(call);
    const result = this.answer(method, payload);
    if (result.ok) call.result = result.result;
    return result;
  }

  private answer(method: string, payload: Payload): ApiResult {
    const overridden = this.overrides.get(method)?.(payload);
    if (overridden) return overridden;
    if (!KNOWN.has(method)) return fail(404, ERRORS.notFound);
    const limit = violatesLimits(payload);
    if (limit) return fail(400, `Bad Request: ${limit}`);
    if (SENDING.has(method) && this.rate) {
      const retryAfter = this.rate.take(Number(payload.chat_id));
      if (retryAfter > 0)
        return { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } };
    }
    switch (method) {
      case "getMe":
        return ok(this.botInfo);
      case "setWebhook":
        this.webhookUrl = String(payload.url ?? "");
        return ok(true);
      case "deleteWebhook":
        this.webhookUrl = "";
        return ok(true);
      case "getWebhookInfo":
        return ok({ url: this.webhookUrl, has_custom_certificate: false, pending_update_count: this.pendingUpdates.length });
      case "getUpdates":
        if (this.webhookUrl) return fail(409, ERRORS.webhookActive);
        return ok(this.takeUpdates(Number(payload.offset ?? 0)).slice(0, Number(payload.limit ?? 100)));
      case "sendMessage":
        return ok(this.store(this.botMessage(payload, { text: payload.text })));
      case "sendDocument":
      case "sendPhoto":
      case "sendVideo":
        return this.sendMedia(method, payload);
      case "editMessageText":
      case "editMessageReplyMarkup":
        return this.edit(method, payload);
      case "deleteMessage": {
        const chat = this.chats.get(Number(payload.chat_id));
        if (!chat?.delete(Number(payload.message_id))) {
          if (this.strict) return fail(400, ERRORS.toDeleteNotFound);
          return ok(true);
        }
        this.emit({ type: "delete", chatId: Number(payload.chat_id), messageId: Number(payload.message_id) });
        return ok(true);
      }
      case "answerCallbackQuery": {
        const chatId = this.callbackChats.get(String(payload.callback_query_id));
        if (chatId !== undefined && payload.text) this.emit({ type: "toast", chatId, text: String(payload.text), alert: Boolean(payload.show_alert) });
        return ok(true);
      }
      case "sendChatAction":
        this.emit({ type: "typing", chatId: Number(payload.chat_id), action: String(payload.action) });
        return ok(true);
      case "setMyCommands": {
        const key = scopeKey(payload);
        this.menus.set(key, payload.commands as BotCommand[]);
        this.emit({ type: "menu", chatId: key.startsWith("chat:") ? Number(key.slice(5)) : null });
        return ok(true);
      }
      case "getMyCommands":
        return ok(this.menus.get(scopeKey(payload)) ?? []);
      case "deleteMyCommands":
        this.menus.delete(scopeKey(payload));
        return ok(true);
      case "getFile": {
        const file = this.files.get(String(payload.file_id));
        if (!file) return fail(400, ERRORS.invalidFileId);
        if (file.bytes.length > DOWNLOAD_LIMIT_BYTES) return fail(400, ERRORS.fileTooBig);
        return ok({ file_id: payload.file_id, file_unique_id: `U${String(payload.file_id).slice(1)}`, file_size: file.bytes.length, file_path: file.path });
      }
      default:
        return ok(true);
    }
  }

  private sendMedia(method: keyof typeof MEDIA, payload: Payload): ApiResult {
    const field = MEDIA[method];
    const value = payload[field];
    let ids: { file_id: string; file_unique_id: string; file_size: number };
    let name: string;
    if (isUploadedPart(value)) {
      if (value.bytes.length > UPLOAD_LIMIT_BYTES) return fail(413, ERRORS.tooLarge);
      name = value.file_name || (field === "photo" ? "photo.png" : "file.bin");
      ids = this.addFile(value.bytes, name, `${field}s`);
    } else {
      const known = this.files.get(String(value));
      if (!known && this.strict) return fail(400, ERRORS.wrongFileId);
      name = known?.name ?? "file.bin";
      ids = { file_id: String(value), file_unique_id: `U${String(value).slice(1)}`, file_size: known?.bytes.length ?? 0 };
    }
    const mime = mimeOf(name);
    const caption = payload.caption === undefined ? {} : { caption: String(payload.caption) };
    const media =
      field === "photo"
        ? { photo: [{ ...ids, ...pngSize(this.files.get(ids.file_id)?.bytes ?? Buffer.alloc(0)) }] }
        : field === "video"
          ? { video: { ...ids, width: 0, height: 0, duration: 0, file_name: name, mime_type: mime } }
          : { document: { ...ids, file_name: name, mime_type: mime } };
    return ok(this.store(this.botMessage(payload, { ...media, ...caption })));
  }

  private edit(method: string, payload: Payload): ApiResult {
    const chatId = Number(payload.chat_id);
    const messageId = Number(payload.message_id);
    const chat = this.chats.get(chatId) ?? new Map<number, Message>();
    const current = chat.get(messageId);
    if (!current && this.strict) return fail(400, ERRORS.toEditNotFound);
    // An edit of text without a keyboard removes the inline keyboard, as in Telegram.
    const next: Message = {
      ...(current ?? this.botMessage(payload, { message_id: messageId })),
      ...(method === "editMessageText" ? { text: payload.text } : {}),
      edit_date: Math.floor(this.now() / 1000),
    } as Message;
    if (payload.reply_markup) next.reply_markup = payload.reply_markup;
    else delete next.reply_markup;
    if (current && sameContent(current, next)) return fail(400, ERRORS.notModified);
    chat.set(messageId, next);
    this.chats.set(chatId, chat);
    if (current) this.emit({ type: "edit", chatId, message: next });
    return ok(next);
  }

  private botMessage(payload: Payload, extra: Record<string, unknown>): Message {
    const chatId = Number(payload.chat_id);
    return {
      message_id: (extra.message_id as number | undefined) ?? this.nextMessageId++,
      date: Math.floor(this.now() / 1000),
      chat: { id: chatId, type: chatId > 0 ? "private" : "group" } as Message["chat"],
      from: this.botInfo,
      ...extra,
      ...(payload.reply_markup ? { reply_markup: payload.reply_markup } : {}),
    } as Message;
  }

  private store(message: Message): Message {
    const chat = this.chats.get(message.chat.id) ?? new Map<number, Message>();
    chat.set(message.message_id, message);
    this.chats.set(message.chat.id, chat);
    this.emit({ type: "message", chatId: message.chat.id, message });
    return message;
  }

  // ---- people, as Telegram would deliver them to the bot ----

  /** A person writes in their private chat with the bot (text, or any other message content). */
  userMessage(from: User, content: Partial<Message>): Message {
    const message = {
      message_id: this.nextMessageId++,
      date: Math.floor(this.now() / 1000),
      chat: { id: from.id, type: "private", first_name: from.first_name, ...(from.last_name ? { last_name: from.last_name } : {}) },
      from,
      ...content,
    } as Message;
    if (typeof message.text === "string" && !message.entities) {
      const command = /^\/[A-Za-z0-9_]+(@\w+)?/.exec(message.text);
      if (command) message.entities = [{ type: "bot_command", offset: 0, length: command[0].length }];
    }
    this.store(message);
    this.pushUpdate({ update_id: this.lastUpdateId + 1, message } as Update);
    return message;
  }

  /** A person sends a file; `asPhoto` sends an image as a compressed photo rather than a document. */
  userFile(from: User, bytes: Buffer, fileName: string, options: { asPhoto?: boolean; caption?: string } = {}): Message {
    const caption = options.caption ? { caption: options.caption } : {};
    if (options.asPhoto) {
      const ids = this.addFile(bytes, fileName, "photos");
      return this.userMessage(from, { photo: [{ ...ids, ...pngSize(bytes) }], ...caption });
    }
    const ids = this.addFile(bytes, fileName);
    return this.userMessage(from, { document: { ...ids, file_name: fileName, mime_type: mimeOf(fileName) }, ...caption });
  }

  /** A person presses an inline button of a message in their chat; null when there is no such button. */
  userPress(from: User, messageId: number, data: string): string | null {
    const message = this.chats.get(from.id)?.get(messageId);
    const rows = (message?.reply_markup as { inline_keyboard?: { callback_data?: string }[][] } | undefined)?.inline_keyboard;
    if (!message || !rows?.flat().some((b) => b.callback_data === data)) return null;
    const id = `cb${this.lastUpdateId + 1}`;
    this.callbackChats.set(id, from.id);
    this.pushUpdate({ update_id: this.lastUpdateId + 1, callback_query: { id, from, chat_instance: `ci${from.id}`, data, message } } as Update);
    return id;
  }

  // ---- long polling ----

  pushUpdate(update: Update) {
    this.lastUpdateId = Math.max(this.lastUpdateId, update.update_id);
    this.pendingUpdates.push(update);
    for (const wake of this.updateWaiters.splice(0)) wake();
  }

  private takeUpdates(offset: number): Update[] {
    if (offset > this.lastConfirmedOffset) this.lastConfirmedOffset = offset;
    this.pendingUpdates = this.pendingUpdates.filter((u) => u.update_id >= this.lastConfirmedOffset);
    return this.pendingUpdates.slice();
  }

  private waitForUpdates(offset: number, timeoutSeconds: number, req: NodeJS.EventEmitter): Promise<void> {
    if (this.takeUpdates(offset).length > 0 || timeoutSeconds <= 0 || this.webhookUrl) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, Math.min(timeoutSeconds, this.maxPollSeconds) * 1000);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.updateWaiters.push(done);
      req.once("close", done);
    });
  }

  // ---- transports ----

  /** In-process transport for grammY's `client.fetch`. */
  readonly fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    const download = this.download(url.pathname);
    if (download) return new Response(download.ok ? new Uint8Array(download.bytes) : ERRORS.notFound, { status: download.ok ? 200 : 404 });
    const method = this.methodFromPath(url.pathname);
    const payload = init?.body ? await parseBody(init.body, init.headers) : {};
    const result = method === null ? fail(404, ERRORS.notFound) : this.handle(method, payload);
    return new Response(JSON.stringify(result), { status: result.ok ? 200 : result.error_code, headers: { "content-type": "application/json" } });
  }) as unknown as typeof fetch;

  private download(path: string): { ok: true; bytes: Buffer; file: StoredFile } | { ok: false } | null {
    const prefix = `/file/bot${this.token}/`;
    if (!path.startsWith(prefix)) return null;
    const wanted = decodeURIComponent(path.slice(prefix.length));
    const file = [...this.files.values()].find((f) => f.path === wanted);
    return file ? { ok: true, bytes: file.bytes, file } : { ok: false };
  }

  private methodFromPath(path: string): string | null {
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(path);
    return m && m[1] === this.token ? m[2]! : null;
  }

  /**
   * Answers a loopback HTTP request if it is for the Bot API (`/bot<token>/<method>` or a file
   * download); returns false for any other path, so one server can also serve a page.
   */
  async serve(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const download = this.download(url.pathname);
    if (download) {
      res.writeHead(download.ok ? 200 : 404, { "content-type": download.ok ? download.file.mime : "text/plain" });
      res.end(download.ok ? download.bytes : ERRORS.notFound);
      return true;
    }
    if (!url.pathname.startsWith("/bot")) return false;
    const method = this.methodFromPath(url.pathname);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const type = String(req.headers["content-type"] ?? "");
    // Uploads stay bytes (parsed as multipart); everything else is text.
    const body = type.startsWith("multipart/") ? [raw] : raw.toString("utf8");
    const query = Object.fromEntries(url.searchParams);
    const payload = raw.length > 0 ? await parseBody(body, { "content-type": type }) : query;
    if (method === "getUpdates") await this.waitForUpdates(Number(payload.offset ?? 0), Number(payload.timeout ?? 0), req);
    if (method !== null && this.holds.some((h) => h(method, payload))) {
      this.calls.push({ method, payload });
      return true;
    }
    const result = method === null ? fail(404, ERRORS.notFound) : this.handle(method, payload);
    if (res.destroyed) return true;
    res.writeHead(result.ok ? 200 : result.error_code, { "content-type": "application/json" });
    res.end(JSON.stringify(result));
    return true;
  }

  /** Wakes every held long poll (before closing a server that serves this API). */
  wakePolls() {
    for (const wake of this.updateWaiters.splice(0)) wake();
  }

  /** Serves the Bot API alone on a loopback port; getUpdates long-polls like Telegram does. */
  async listen(): Promise<{ apiRoot: string; close: () => Promise<void> }> {
    const server: Server = createServer((req, res) => {
      void this.serve(req, res).then((served) => {
        if (!served) {
          res.writeHead(404, { "content-type": "application/json" });
          res.end(JSON.stringify(fail(404, ERRORS.notFound)));
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return {
      apiRoot: `http://127.0.0.1:${port}`,
      close: () =>
        new Promise<void>((resolve) => {
          this.wakePolls();
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    };
  }
}

function ok(result: unknown): ApiResult {
  return { ok: true, result };
}

function fail(code: number, description: string): ApiResult {
  return { ok: false, error_code: code, description };
}

function scopeKey(payload: Payload): string {
  const scope = payload.scope as { type: string; chat_id?: number } | undefined;
  if (scope?.type === "chat") return `chat:${scope.chat_id}`;
  return `${scope?.type ?? "default"}${payload.language_code ? `:${payload.language_code}` : ""}`;
}

function sameContent(a: Message, b: Message): boolean {
  const key = (m: Message) => JSON.stringify([(m as { text?: string }).text ?? null, m.reply_markup ?? null]);
  return key(a) === key(b);
}

const MIME: Record<string, string> = {
  pdf: "application/pdf",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  mp4: "video/mp4",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  zip: "application/zip",
  csv: "text/csv",
  txt: "text/plain",
  json: "application/json",
  db: "application/vnd.sqlite3",
};

export function mimeOf(fileName: string): string {
  return MIME[/\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? ""] ?? "application/octet-stream";
}

/** Width and height from a PNG's header (0 × 0 for anything else). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const isPng = bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47;
  return isPng ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : { width: 0, height: 0 };
}

import { Api, GrammyError, InputFile } from "grammy";
import { describe, expect, it } from "vitest";
import { LocalBotApi } from "../../src/local-bot-api/server.js";
import { TELEGRAM_RATE_LIMITS } from "../../src/local-bot-api/limits.js";

const PERSON = { id: 4242, is_bot: false, first_name: "Sari" };

function apiOn(server: LocalBotApi, apiRoot = "http://local.invalid") {
  return new Api(server.token, { apiRoot, fetch: server.fetch });
}

async function refusal(promise: Promise<unknown>): Promise<{ code: number; description: string; retryAfter?: number }> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof GrammyError)) throw new Error(`expected a refusal, got ${String(err)}`);
  return { code: err.error_code, description: err.description, retryAfter: err.parameters.retry_after };
}

describe("the local Bot API", () => {
  it("takes a multipart document upload and serves it back through getFile and the file URL", async () => {
    const server = new LocalBotApi({ strictMessages: true });
    const api = apiOn(server);
    const pdf = Buffer.from("%PDF-1.4\n% contoh\n");
    const sent = await api.sendDocument(PERSON.id, new InputFile(pdf, "sk.pdf"), { caption: "SK" });
    expect(sent.document).toMatchObject({ file_name: "sk.pdf", mime_type: "application/pdf", file_size: pdf.length });
    const file = await api.getFile(sent.document!.file_id);
    const response = await server.fetch(`http://local.invalid/file/bot${server.token}/${file.file_path}`);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(pdf);
    expect(server.history(PERSON.id).map((m) => m.caption)).toEqual(["SK"]);
  });

  it("refuses what breaks Telegram's limits with Telegram's texts", async () => {
    const server = new LocalBotApi({ strictMessages: true });
    const api = apiOn(server);
    expect(await refusal(api.sendMessage(PERSON.id, "x".repeat(4097)))).toMatchObject({ code: 400, description: "Bad Request: message is too long" });
    const button = { text: "a", callback_data: "d".repeat(65) };
    expect(await refusal(api.sendMessage(PERSON.id, "ok", { reply_markup: { inline_keyboard: [[button]] } }))).toMatchObject({
      description: "Bad Request: BUTTON_DATA_INVALID",
    });
    expect(await refusal(api.editMessageText(PERSON.id, 77, "baru"))).toMatchObject({ description: "Bad Request: message to edit not found" });
    const big = server.addFile(Buffer.alloc(20 * 1024 * 1024 + 1), "besar.pdf");
    expect(await refusal(api.getFile(big.file_id))).toMatchObject({ description: "Bad Request: file is too big" });
    const sent = await api.sendMessage(PERSON.id, "sama");
    expect((await refusal(api.editMessageText(PERSON.id, sent.message_id, "sama"))).description).toMatch(/^Bad Request: message is not modified/);
    expect(await refusal(api.raw.getChat({ chat_id: 1 } as never))).toMatchObject({ code: 404, description: "Not Found" });
  });

  it("answers 429 with retry_after past one message a second in a chat, and 30 a second overall", async () => {
    let now = 1_000_000;
    const server = new LocalBotApi({ rateLimits: TELEGRAM_RATE_LIMITS, now: () => now });
    const api = apiOn(server);
    await api.sendMessage(1, "pertama");
    expect(await refusal(api.sendMessage(1, "kedua"))).toEqual({ code: 429, description: "Too Many Requests: retry after 1", retryAfter: 1 });
    now += 1000;
    await api.sendMessage(1, "kedua");
    for (let chat = 100; chat < 129; chat++) await api.sendMessage(chat, "halo");
    expect((await refusal(api.sendMessage(200, "ke-31"))).code).toBe(429);
  });

  it("keeps a menu per scope, and a person sees their chat's menu before the default of their language", async () => {
    const server = new LocalBotApi();
    const api = apiOn(server);
    await api.setMyCommands([{ command: "start", description: "Mulai" }]);
    await api.setMyCommands([{ command: "start", description: "Start" }], { language_code: "en" });
    await api.setMyCommands([{ command: "skor", description: "Skor" }], { scope: { type: "chat", chat_id: 5 } });
    expect(server.menuOf(9, "en").map((c) => c.description)).toEqual(["Start"]);
    expect(server.menuOf(9, "id").map((c) => c.description)).toEqual(["Mulai"]);
    expect(server.menuOf(5, "en").map((c) => c.command)).toEqual(["skor"]);
  });

  it("long-polls getUpdates over loopback: a poll waits for a person's message, and an offset confirms it", async () => {
    const server = new LocalBotApi();
    const { apiRoot, close } = await server.listen();
    try {
      const api = new Api(server.token, { apiRoot });
      const poll = api.getUpdates({ offset: 0, timeout: 2 });
      await new Promise((r) => setTimeout(r, 50));
      server.userMessage(PERSON, { text: "/start ABC" });
      const [update] = await poll;
      expect(update!.message).toMatchObject({ text: "/start ABC", entities: [{ type: "bot_command", offset: 0, length: 6 }] });
      expect(await api.getUpdates({ offset: update!.update_id + 1, timeout: 0 })).toEqual([]);
      expect(server.confirmedOffset).toBe(update!.update_id + 1);
    } finally {
      await close();
    }
  });

  it("delivers a press only of a button the message really has, with that message", async () => {
    const server = new LocalBotApi();
    const api = apiOn(server);
    const sent = await api.sendMessage(PERSON.id, "Pilih", { reply_markup: { inline_keyboard: [[{ text: "Ya", callback_data: "y" }]] } });
    expect(server.userPress(PERSON, sent.message_id, "n")).toBeNull();
    const id = server.userPress(PERSON, sent.message_id, "y");
    const [update] = await api.getUpdates({ offset: 0 });
    expect(update!.callback_query).toMatchObject({ id, data: "y", message: { message_id: sent.message_id, text: "Pilih" } });
  });
});

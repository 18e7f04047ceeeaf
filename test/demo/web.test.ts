import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LocalBotApi } from "../../src/local-bot-api/server.js";
import { createDemoServer } from "../../src/demo/web.js";
import { samplePdf } from "../../src/demo/sample-files.js";

let api: LocalBotApi;
let server: Server;
let base = "";

beforeEach(async () => {
  api = new LocalBotApi({ strictMessages: true });
  server = createDemoServer(api, () => [{ id: 700001, name: "Rina Bappeda", role: "admin", opd: null }]);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const post = (path: string, body: unknown) =>
  fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("the demo's web server", () => {
  it("serves the page's own files, which load nothing from outside", async () => {
    for (const path of ["/", "/app.js", "/style.css"]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).not.toMatch(/(src|href)=["']https?:|@import|url\(|fonts\.googleapis|cdn/i);
    }
  });

  it("serves the Bot API on the same port, so the bot and the page share one URL", async () => {
    const response = await fetch(`${base}/bot${api.token}/getMe`);
    expect(await response.json()).toMatchObject({ ok: true, result: { is_bot: true } });
  });

  it("turns a persona's upload into a document message the bot can fetch, and serves it back for download", async () => {
    const pdf = samplePdf("SK");
    const sent = await fetch(`${base}/api/upload?id=700001&nama=sk.pdf`, {
      method: "POST",
      headers: { "content-type": "application/pdf" },
      body: new Uint8Array(pdf),
    });
    const message = await sent.json();
    expect(message.document).toMatchObject({ file_name: "sk.pdf", mime_type: "application/pdf", file_size: pdf.length });
    const [update] = (api.handle("getUpdates", {}) as { result: any[] }).result;
    expect(update.message.document.file_id).toBe(message.document.file_id);
    const download = await fetch(`${base}/api/file/${message.document.file_id}?unduh=1`);
    expect(download.headers.get("content-disposition")).toBe('attachment; filename="sk.pdf"');
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);
  });

  it("refuses an empty message, an unknown persona and a button the message does not have, delivering nothing", async () => {
    expect((await post("/api/send", { id: 700001, text: "   " })).status).toBe(400);
    expect((await post("/api/send", { id: 1, text: "halo" })).status).toBe(400);
    expect((await post("/api/press", { id: 700001, messageId: 1, data: "x" })).status).toBe(400);
    expect((api.handle("getUpdates", {}) as { result: unknown[] }).result).toEqual([]);
  });

  it("makes a new persona with its own chat, which starts empty", async () => {
    const persona = await (await post("/api/personas", { name: "Dewi" })).json();
    expect(persona).toMatchObject({ name: "Dewi", role: "tamu" });
    const chat = await (await fetch(`${base}/api/chat?id=${persona.id}`)).json();
    expect(chat.messages).toEqual([]);
  });
});

import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { User } from "grammy/types";
import type { LocalBotApi } from "../local-bot-api/server.js";
import type { Persona } from "./seed.js";

/** The page's own files, served by the demo itself: nothing is fetched from outside. */
const ASSETS: Record<string, { file: string; type: string }> = {
  "/": { file: "index.html", type: "text/html; charset=utf-8" },
  "/app.js": { file: "app.js", type: "text/javascript; charset=utf-8" },
  "/style.css": { file: "style.css", type: "text/css; charset=utf-8" },
};

/** Uploads from the page are refused past Telegram's own upload ceiling for people (2 GB is far too much here). */
const MAX_UPLOAD_BYTES = 60 * 1024 * 1024;

/**
 * One loopback server for the whole demo: the Bot API the real bot talks to, and the web page
 * that plays the people of the chat (personas) against it.
 */
export function createDemoServer(api: LocalBotApi, registered: () => Persona[]): Server {
  const personas = registered();
  /** Tabs in the order they were first shown; a guest who registers keeps their tab, with the new role. */
  const refresh = () => {
    for (const person of registered()) {
      const known = personas.findIndex((p) => p.id === person.id);
      if (known === -1) personas.push(person);
      else personas[known] = person;
    }
  };
  let nextPersonaId = 800001;
  const sseClients = new Set<ServerResponse>();
  api.subscribe((event) => {
    for (const client of sseClients) client.write(`data: ${JSON.stringify(event)}\n\n`);
  });
  const asUser = (persona: Persona): User => {
    const [first, ...rest] = persona.name.split(" ");
    return { id: persona.id, is_bot: false, first_name: first ?? persona.name, ...(rest.length ? { last_name: rest.join(" ") } : {}), language_code: "id" };
  };
  const personaOf = (id: unknown): Persona | undefined => personas.find((p) => p.id === Number(id));

  const routes = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const asset = req.method === "GET" ? ASSETS[url.pathname] : undefined;
    if (asset) {
      res.writeHead(200, { "content-type": asset.type, "cache-control": "no-store" });
      res.end(readFileSync(new URL(`./page/${asset.file}`, import.meta.url)));
      return;
    }
    if (req.method === "GET" && url.pathname === "/api/state") {
      refresh();
      return json(res, 200, { bot: { username: api.botInfo.username, name: api.botInfo.first_name }, personas });
    }
    if (req.method === "GET" && url.pathname === "/api/chat") {
      const persona = personaOf(url.searchParams.get("id"));
      if (!persona) return json(res, 404, { error: "persona tidak dikenal" });
      return json(res, 200, { messages: api.history(persona.id), menu: api.menuOf(persona.id, "id") });
    }
    if (req.method === "GET" && url.pathname === "/api/events") {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      res.write(": terhubung\n\n");
      sseClients.add(res);
      req.once("close", () => sseClients.delete(res));
      return;
    }
    if (req.method === "GET" && url.pathname.startsWith("/api/file/")) {
      const file = api.file(decodeURIComponent(url.pathname.slice("/api/file/".length)));
      if (!file) return json(res, 404, { error: "berkas tidak ada" });
      const disposition = url.searchParams.has("unduh") ? `attachment; filename="${file.name.replace(/"/g, "")}"` : "inline";
      res.writeHead(200, { "content-type": file.mime, "content-disposition": disposition });
      res.end(file.bytes);
      return;
    }
    if (req.method === "POST" && url.pathname === "/api/personas") {
      const body = await readJson(req);
      const name =
        String(body.name ?? "")
          .trim()
          .slice(0, 60) || `Tamu ${nextPersonaId - 800000}`;
      const persona: Persona = { id: nextPersonaId++, name, role: "tamu", opd: null };
      personas.push(persona);
      return json(res, 200, persona);
    }
    if (req.method === "POST" && url.pathname === "/api/send") {
      const body = await readJson(req);
      const persona = personaOf(body.id);
      const text = String(body.text ?? "");
      if (persona && body.contact === true) {
        // A reply-keyboard button that shares the person's own phone number (request_contact).
        const contact = { phone_number: `+62812${String(persona.id).padStart(7, "0")}`, first_name: asUser(persona).first_name, user_id: persona.id };
        return json(res, 200, api.userMessage(asUser(persona), { contact }));
      }
      if (!persona || text.trim() === "") return json(res, 400, { error: "pesan kosong atau persona tidak dikenal" });
      return json(res, 200, api.userMessage(asUser(persona), { text }));
    }
    if (req.method === "POST" && url.pathname === "/api/press") {
      const body = await readJson(req);
      const persona = personaOf(body.id);
      const pressed = persona ? api.userPress(asUser(persona), Number(body.messageId), String(body.data ?? "")) : null;
      return json(res, pressed ? 200 : 400, pressed ? { id: pressed } : { error: "tombol tidak ada" });
    }
    if (req.method === "POST" && url.pathname === "/api/upload") {
      const persona = personaOf(url.searchParams.get("id"));
      const name = (url.searchParams.get("nama") ?? "berkas.bin").replace(/[/\\]/g, "_");
      const bytes = await readBytes(req, MAX_UPLOAD_BYTES);
      if (!persona || !bytes) return json(res, 400, { error: "berkas terlalu besar atau persona tidak dikenal" });
      const asPhoto = /^image\/(png|jpe?g)$/.test(String(req.headers["content-type"] ?? "")) && url.searchParams.get("foto") === "1";
      const caption = url.searchParams.get("keterangan") ?? undefined;
      return json(res, 200, api.userFile(asUser(persona), bytes, name, { asPhoto, ...(caption ? { caption } : {}) }));
    }
    json(res, 404, { error: "tidak ditemukan" });
  };

  const server = createServer((req, res) => {
    void (async () => {
      try {
        if (await api.serve(req, res)) return;
        await routes(req, res, new URL(req.url ?? "/", "http://127.0.0.1"));
      } catch (err) {
        if (!res.headersSent) json(res, 500, { error: String((err as Error)?.message ?? err) });
      }
    })();
  });
  server.on("close", () => {
    api.wakePolls();
    for (const client of sseClients) client.end();
  });
  return server;
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

async function readBytes(req: IncomingMessage, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const bytes = await readBytes(req, 64 * 1024);
  try {
    return bytes ? (JSON.parse(bytes.toString("utf8")) as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

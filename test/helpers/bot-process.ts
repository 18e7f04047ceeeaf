import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach } from "vitest";
import { commandEntities } from "./entities.js";
import { FakeTelegram } from "./fake-telegram.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface BotProcess {
  child: ChildProcess;
  output(): string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Bot processes not yet exited: a failed test must not leave one running. */
const running = new Set<ChildProcess>();

/** What every process test stands on: a loopback fake Bot API and a temporary folder. */
export interface ProcessBed {
  readonly fake: FakeTelegram;
  readonly apiRoot: string;
  readonly dir: string;
}

/**
 * Gives each test of the file a fresh fake Bot API listening on loopback and a fresh folder,
 * and afterwards kills any bot process still running, closes the API and removes the folder.
 */
export function processBed(folderPrefix: string): ProcessBed {
  const bed = {} as { fake: FakeTelegram; apiRoot: string; dir: string; close: () => Promise<void> };
  beforeEach(async () => {
    bed.fake = new FakeTelegram();
    const server = await bed.fake.listen();
    bed.apiRoot = server.apiRoot;
    bed.close = server.close;
    bed.dir = mkdtempSync(join(tmpdir(), folderPrefix));
  });
  afterEach(async () => {
    for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    running.clear();
    await bed.close();
    rmSync(bed.dir, { recursive: true, force: true });
  });
  return bed;
}

/** Starts the real entry point, as `npm start` does, with exactly the given environment. */
export function startBotProcess(env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    // Port 0 and loopback: parallel test processes never collide and nothing listens outside.
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", PORT: "0", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  child.once("exit", () => running.delete(child));
  let out = "";
  let err = "";
  child.stdout!.on("data", (d) => (out += String(d)));
  child.stderr!.on("data", (d) => (err += String(d)));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => out, stderr: () => err, exited };
}

/** Polls a condition on the event loop (the fake API answers on it), up to a bound. */
export async function waitFor<T>(probe: () => T | undefined | null | false, timeoutMs = 10_000, what = "condition"): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Plays people against a bot process through the fake API's getUpdates queue. */
export class PollingChats {
  private updateId = 1;

  constructor(private readonly fake: FakeTelegram) {}

  say(userId: number, text: string) {
    const entities = commandEntities(text);
    const chat = { id: userId, type: "private", first_name: "Uji" };
    const from = { id: userId, is_bot: false, first_name: "Uji" };
    const id = this.updateId++;
    this.fake.pushUpdate({ update_id: id, message: { message_id: id, date: Math.floor(Date.now() / 1000), chat, from, text, entities } } as never);
  }

  press(userId: number, data: string) {
    const chat = { id: userId, type: "private", first_name: "Uji" };
    const id = this.updateId++;
    this.fake.pushUpdate({
      update_id: id,
      callback_query: {
        id: `cb${id}`,
        chat_instance: "x",
        data,
        from: { id: userId, is_bot: false, first_name: "Uji" },
        message: { message_id: 1, date: 0, chat, text: "…" },
      },
    } as never);
  }

  /** Every sendMessage text to this chat, oldest first. */
  textsTo(chatId: number): string[] {
    return this.fake
      .callsOf("sendMessage")
      .filter((c) => c.payload.chat_id === chatId)
      .map((c) => String(c.payload.text));
  }
}

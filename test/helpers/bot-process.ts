import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { commandEntities } from "./entities.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface BotProcess {
  child: ChildProcess;
  output(): string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the real entry point, as `npm start` does, with exactly the given environment. */
export function startBotProcess(env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    // Port 0 and loopback: parallel test processes never collide and nothing listens outside.
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", PORT: "0", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
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

  constructor(private readonly fake: import("./fake-telegram.js").FakeTelegram) {}

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

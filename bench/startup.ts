// Start-up time (spawn to the first getUpdates) and idle RSS of a bot process, the real entry
// point or the bare grammY bot, against the loopback fake Bot API.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { FakeTelegram } from "../test/helpers/fake-telegram.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Resident set size of a process in bytes, read from /proc (Linux). */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb * 1024;
}

export interface StartupResult {
  startMs: number;
  idleRssBytes: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Spawns `entry`, waits for its first getUpdates, lets it idle `idleMs`, reads RSS, stops it. */
export async function measureStartup(entry: "bot" | "bare", idleMs = 1500): Promise<StartupResult> {
  const fake = new FakeTelegram();
  const server = await fake.listen();
  const dir = mkdtempSync(join(tmpdir(), "inovasi-bench-start-"));
  const script = entry === "bot" ? "src/main.ts" : "bench/bare-bot.ts";
  // The fake answers a getUpdates only when it has updates (or after its long-poll wait), and
  // records it then: one waiting update makes the first poll visible the moment it arrives.
  fake.pushUpdate({
    update_id: 1,
    message: { message_id: 1, date: 0, chat: { id: 1, type: "private", first_name: "B" }, from: { id: 1, is_bot: false, first_name: "B" }, text: "halo" },
  } as never);
  const t0 = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      PORT: "0",
      HOST: "127.0.0.1",
      BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: server.apiRoot,
      DATABASE_PATH: join(dir, "inovasi.db"),
      EVIDENCE_DIR: join(dir, "bukti"),
      BACKUP_DIR: join(dir, "cadangan"),
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    let startMs = Number.NaN;
    for (let waited = 0; waited < 30_000; waited += 5) {
      if (fake.callsOf("getUpdates").length > 0) {
        startMs = performance.now() - t0;
        break;
      }
      if (child.exitCode !== null) throw new Error(`${script} exited with ${child.exitCode}`);
      await sleep(5);
    }
    await sleep(idleMs);
    return { startMs, idleRssBytes: rssOf(child.pid!) };
  } finally {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGTERM");
    await Promise.race([exited, sleep(5000)]);
    if (child.exitCode === null) child.kill("SIGKILL");
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("startup.ts")) {
  for (const entry of ["bare", "bot", "bare", "bot"] as const) {
    const r = await measureStartup(entry);
    console.log(entry, r.startMs.toFixed(0), "ms", (r.idleRssBytes / 1048576).toFixed(1), "MiB");
  }
}

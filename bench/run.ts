// `npm run bench`: every measure of issue 17 in one run, the full bot beside a bare grammY echo
// bot, printed as one table and written to bench/results.json. Each measure runs in its own
// child process (bench/phases.ts) so peak RSS is that measure's own.
//   npm run bench               the full run (several minutes on 2 cores)
//   npm run bench -- --short    small sizes, to check that it runs (CI); BENCH_SHORT=1 too
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { measureStartup } from "./startup.js";

const SHORT = process.argv.includes("--short") || process.env.BENCH_SHORT === "1";
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = process.env.BENCH_OUT ?? fileURLToPath(new URL("results.json", import.meta.url));

// biome-ignore lint/suspicious/noExplicitAny: each phase reports its own JSON shape
type Json = any;

function phase(name: string): Json {
  process.stderr.write(`bench: ${name}…\n`);
  const child = spawnSync(process.execPath, ["--import", "tsx", "bench/phases.ts", name, ...(SHORT ? ["--short"] : [])], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, BENCH_SHORT: SHORT ? "1" : "" },
  });
  if (child.status !== 0) throw new Error(`bench phase ${name} failed (${child.status}):\n${child.stderr}`);
  const last = child.stdout.trim().split("\n").at(-1)!;
  return JSON.parse(last);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function startup(entry: "bot" | "bare") {
  const runs = SHORT ? 1 : 3;
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await measureStartup(entry, SHORT ? 500 : 1500));
  return { startMs: Math.round(median(results.map((r) => r.startMs))), idleRssMiB: Math.round(median(results.map((r) => r.idleRssBytes)) / 1048576) };
}

const results: Json = {
  short: SHORT,
  at: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 1024 ** 3), node: process.version },
  startup: { bot: await startup("bot"), bare: await startup("bare") },
  throughput: {
    inprocess: { bot: phase("throughput-bot-inprocess"), bare: phase("throughput-bare-inprocess") },
    loopback: { bot: phase("throughput-bot-loopback"), bare: phase("throughput-bare-loopback") },
  },
  wizard: phase("wizard"),
  scores: { small: phase("scores-200"), large: phase("scores-40000") },
  transfer: phase("export-import"),
  fanout: phase("fanout"),
};

const r = results;
const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);
const tpIn = ratio(r.throughput.inprocess.bot.updatesPerSecond, r.throughput.inprocess.bare.updatesPerSecond);
const tpLoop = ratio(r.throughput.loopback.bot.updatesPerSecond, r.throughput.loopback.bare.updatesPerSecond);
const large = r.scores.large.innovations;
const n = r.transfer.innovations;

/** measure, full bot, bare grammY, target, met? */
const rows: [string, string, string, string, boolean | null][] = [
  ["start to first poll", `${r.startup.bot.startMs} ms`, `${r.startup.bare.startMs} ms`, "≤ 1000 ms", r.startup.bot.startMs <= 1000],
  ["idle RSS", `${r.startup.bot.idleRssMiB} MiB`, `${r.startup.bare.idleRssMiB} MiB`, "≤ 110 MB", r.startup.bot.idleRssMiB * 1.048576 <= 110],
  [
    `updates/s, in-process fake (${r.throughput.inprocess.bot.updates} at once)`,
    `${r.throughput.inprocess.bot.updatesPerSecond}`,
    `${r.throughput.inprocess.bare.updatesPerSecond}`,
    "≥ 0.7× bare",
    tpIn >= 0.7,
  ],
  ["updates/s, loopback Bot API", `${r.throughput.loopback.bot.updatesPerSecond}`, `${r.throughput.loopback.bare.updatesPerSecond}`, "—", null],
  ["bot/bare throughput ratio (in-process / loopback)", `${tpIn.toFixed(2)} / ${tpLoop.toFixed(2)}`, "1", "≥ 0.7", tpIn >= 0.7],
  ["CPU per update, in-process", `${r.throughput.inprocess.bot.cpuMsPerUpdate} ms`, `${r.throughput.inprocess.bare.cpuMsPerUpdate} ms`, "—", null],
  ["CPU per update, loopback", `${r.throughput.loopback.bot.cpuMsPerUpdate} ms`, `${r.throughput.loopback.bare.cpuMsPerUpdate} ms`, "—", null],
  [
    "p50 / p99 of a burst, in-process",
    `${r.throughput.inprocess.bot.p50Ms} / ${r.throughput.inprocess.bot.p99Ms} ms`,
    `${r.throughput.inprocess.bare.p50Ms} / ${r.throughput.inprocess.bare.p99Ms} ms`,
    "—",
    null,
  ],
  [
    "p50 / p99 of a burst, loopback",
    `${r.throughput.loopback.bot.p50Ms} / ${r.throughput.loopback.bot.p99Ms} ms`,
    `${r.throughput.loopback.bare.p50Ms} / ${r.throughput.loopback.bare.p99Ms} ms`,
    "—",
    null,
  ],
  ["peak RSS over the burst, in-process", `${r.throughput.inprocess.bot.peakRssMiB} MiB`, `${r.throughput.inprocess.bare.peakRssMiB} MiB`, "—", null],
  ["wizard step p50 / p99 (in-process)", `${r.wizard.p50Ms} / ${r.wizard.p99Ms} ms`, "—", "p99 ≤ 10 ms", r.wizard.p99Ms <= 10],
  ["wizard steps/s, CPU per step", `${r.wizard.stepsPerSecond}/s, ${r.wizard.cpuMsPerStep} ms`, "—", "—", null],
  ["/skor p50 / p99 at 200", `${r.scores.small.skor.p50Ms} / ${r.scores.small.skor.p99Ms} ms`, "—", "p99 ≤ 20 ms", r.scores.small.skor.p99Ms <= 20],
  [
    "/skor after a write, p50 / p99 at 200",
    `${r.scores.small.skorAfterWrite.p50Ms} / ${r.scores.small.skorAfterWrite.p99Ms} ms`,
    "—",
    "p99 ≤ 20 ms",
    r.scores.small.skorAfterWrite.p99Ms <= 20,
  ],
  [`/skor p50 / p99 at ${large}`, `${r.scores.large.skor.p50Ms} / ${r.scores.large.skor.p99Ms} ms`, "—", "p99 ≤ 200 ms", r.scores.large.skor.p99Ms <= 200],
  [
    `/skor after a write, p50 / p99 at ${large}`,
    `${r.scores.large.skorAfterWrite.p50Ms} / ${r.scores.large.skorAfterWrite.p99Ms} ms`,
    "—",
    "p99 ≤ 200 ms",
    r.scores.large.skorAfterWrite.p99Ms <= 200,
  ],
  ["/rekap p50 / p99 at 200", `${r.scores.small.rekap.p50Ms} / ${r.scores.small.rekap.p99Ms} ms`, "—", "—", null],
  [`/rekap p50 / p99 at ${large}`, `${r.scores.large.rekap.p50Ms} / ${r.scores.large.rekap.p99Ms} ms`, "—", "—", null],
  [`/ekspor of ${n}: time`, `${r.transfer.export.ms} ms`, "—", "< 15 s", r.transfer.export.ms < 15_000],
  [`/ekspor of ${n}: peak RSS`, `${r.transfer.export.peakRssMiB} MiB`, "—", "< 300 MB", r.transfer.export.peakRssMiB * 1.048576 < 300],
  [
    `/ekspor of ${n}: others' reply, max`,
    `${r.transfer.export.othersMaxMs} ms (${r.transfer.export.pings} replies)`,
    "—",
    "≤ 100 ms",
    r.transfer.export.othersMaxMs <= 100,
  ],
  [`/impor of ${n}: time`, `${r.transfer.import.ms} ms`, "—", "—", null],
  [`/impor of ${n}: peak RSS`, `${r.transfer.import.peakRssMiB} MiB`, "—", "—", null],
  [`/impor of ${n}: others' reply, max`, `${r.transfer.import.othersMaxMs} ms (${r.transfer.import.pings} replies)`, "—", "—", null],
  [
    `fan-out of ${r.fanout.recipients} reminders (30/s, 1/s per chat)`,
    `${r.fanout.perSecond} msg/s, ${r.fanout.tooMany} × 429, ${r.fanout.duplicates} dup`,
    "—",
    "≥ 25/s, 0 × 429, 0 dup",
    r.fanout.perSecond >= 25 && r.fanout.tooMany === 0 && r.fanout.duplicates === 0,
  ],
];

results.table = rows.map(([measure, bot, bare, target, met]) => ({ measure, bot, bare, target, met }));
writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);

const header = ["measure", "full bot", "bare grammY", "target", "met"];
const cells = rows.map(([m, b, g, t, ok]) => [m, b, g, t, ok === null ? "" : ok ? "yes" : "NO"]);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(" | ")} |`;
console.log(
  `\nbench${SHORT ? " (short: small sizes, numbers not comparable)" : ""} on ${results.machine.cpus} × ${results.machine.cpuModel}, node ${results.machine.node}`,
);
console.log(line(header));
console.log(line(widths.map((w) => "-".repeat(w))));
for (const c of cells) console.log(line(c));
console.log(`\nwritten to ${OUT}`);

// Benchmark of what /skor does: load the active period, its SPD levels and the score columns
// of its innovations, then computeIndex for the three views and suggestActions. Runs on a temp
// SQLite file seeded in bulk with 200 and with 40,000 innovations. Not a test: it prints
// numbers (and the query plans of the SQL it ran) and exits.  Usage: npm run bench
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { openDatabase, type DatabaseHandle } from "../src/db/client.js";
import { seedReferenceData } from "../src/db/seed.js";
import { listOpds } from "../src/db/repo/opds.js";
import { registerPerson } from "../src/db/repo/people.js";
import { getActivePeriod } from "../src/db/repo/periods.js";
import { setSpdLevel } from "../src/db/repo/spd.js";
import { URUSAN, type Level } from "../src/core/period/index.js";
import { computeIndex, suggestActions } from "../src/core/score/index.js";
import { loadScoreData } from "../src/bot/features/score/load.js";
import { buildWorkbook } from "../src/export/workbook.js";
import { loadExportData } from "../src/export/data.js";

const SIZES = [200, 40_000];
const RUNS = 7;
const STATUSES = [
  ["draf", 0.1],
  ["diajukan", 0.5],
  ["dikembalikan", 0.05],
  ["terverifikasi", 0.3],
  ["ditarik", 0.05],
] as const;

/** Deterministic PRNG (mulberry32) so every run benchmarks the same data. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seed(handle: DatabaseHandle, count: number): void {
  const { db, sqlite } = handle;
  const now = new Date("2026-05-04T02:00:00Z");
  seedReferenceData(db, "Kota Serang", now);
  const person = registerPerson(db, { telegramId: 1, role: "admin", opdId: null, fullName: "Bench", jabatan: null, phone: null }, now);
  const period = getActivePeriod(db);
  const opds = listOpds(db);
  const rand = prng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const status = (): string => {
    let r = rand();
    for (const [s, share] of STATUSES) {
      r -= share;
      if (r < 0) return s;
    }
    return "diajukan";
  };
  const levels = () => Object.fromEntries(period.sid.map((i) => [i.code, Math.floor(rand() * 4) as Level]));
  const insert = sqlite.prepare(
    `insert into innovations (opd_id, period_year, created_by, status, nama, nama_key, urusan_utama, urusan_lain,
       claimed_levels, verified_levels, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const s = status();
      const claimed = levels();
      insert.run(
        pick(opds).id,
        period.year,
        person.id,
        s,
        `Inovasi ${i}`,
        `inovasi ${i}`,
        pick(URUSAN).id,
        JSON.stringify(rand() < 0.3 ? [pick(URUSAN).id] : []),
        JSON.stringify(claimed),
        JSON.stringify(s === "terverifikasi" ? levels() : {}),
        now.getTime(),
        now.getTime(),
      );
    }
    // A previous year's innovations too, so the period filter has something to skip.
    for (let i = 0; i < Math.min(count, 5000); i++) {
      insert.run(pick(opds).id, 2023, person.id, "diajukan", `Lama ${i}`, `lama ${i}`, "pendidikan", "[]", "{}", "{}", now.getTime(), now.getTime());
    }
  })();
  for (const ind of period.spd) setSpdLevel(db, { periodYear: period.year, code: ind.code, level: 2, updatedBy: person.id }, now);
}

/** Records every statement drizzle prepares while `fn` runs, with the parameters it ran with. */
function captureSql(handle: DatabaseHandle, fn: () => void): { sql: string; params: unknown[] }[] {
  const seen: { sql: string; params: unknown[] }[] = [];
  const sqlite = handle.sqlite;
  const original = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const stmt = original(source);
    const record = (method: "all" | "get" | "run") => {
      const inner = (stmt[method] as (...a: unknown[]) => unknown).bind(stmt);
      (stmt as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
        seen.push({ sql: source, params });
        return inner(...params);
      };
    };
    record("all");
    record("get");
    record("run");
    return stmt;
  }) as typeof sqlite.prepare;
  try {
    fn();
  } finally {
    sqlite.prepare = original as typeof sqlite.prepare;
  }
  return seen;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function bench(count: number): void {
  const dir = mkdtempSync(join(tmpdir(), "inovasi-bench-"));
  const handle = openDatabase(join(dir, "bench.db"));
  try {
    const t0 = performance.now();
    seed(handle, count);
    console.log(`\n== ${count.toLocaleString("id-ID")} innovations (seeded in ${(performance.now() - t0).toFixed(0)} ms)`);

    const statements = captureSql(handle, () => loadScoreData(handle.db));
    console.log("SQL run by /skor's data loading, with its query plan:");
    for (const { sql, params } of statements) {
      console.log(`  ${sql.replace(/\s+/g, " ")}`);
      const plan = handle.sqlite.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[];
      for (const row of plan) console.log(`    plan: ${row.detail}`);
    }

    const times = { load: [] as number[], compute: [] as number[], suggest: [] as number[], total: [] as number[] };
    let heapPeak = 0;
    const heapBefore = process.memoryUsage().heapUsed;
    for (let run = 0; run <= RUNS; run++) {
      const a = performance.now();
      const data = loadScoreData(handle.db);
      const b = performance.now();
      for (const view of ["klaim", "terverifikasi", "proyeksi"] as const) computeIndex(data.period, data.input, view);
      const c = performance.now();
      const actions = suggestActions(data.period, data.input, "klaim", 3);
      const d = performance.now();
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed - heapBefore);
      if (run === 0) {
        const klaim = computeIndex(data.period, data.input, "klaim");
        console.log(`  loaded ${data.input.innovations.length} rows; klaim IID ${klaim.iid} (${klaim.category}); ${actions.length} actions`);
        continue; // warm-up
      }
      times.load.push(b - a);
      times.compute.push(c - b);
      times.suggest.push(d - c);
      times.total.push(d - a);
    }
    const fmt = (xs: number[]) => `${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)})`;
    console.log(`  load (period + SPD + scoreInputs): ${fmt(times.load)}`);
    console.log(`  computeIndex × 3 views:            ${fmt(times.compute)}`);
    console.log(`  suggestActions (klaim, 3):         ${fmt(times.suggest)}`);
    console.log(`  total per /skor:                   ${fmt(times.total)}   (median of ${RUNS} runs)`);
    const mem = process.memoryUsage();
    console.log(`  memory: heap used ${mb(mem.heapUsed)}, peak growth during runs ${mb(heapPeak)}, rss ${mb(mem.rss)}`);
  } finally {
    handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** /ekspor's work: read everything, then build the four-sheet workbook. */
async function benchExport(count: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "inovasi-bench-export-"));
  const handle = openDatabase(join(dir, "bench.db"));
  try {
    seed(handle, count);
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const xlsx = await buildWorkbook(loadExportData(handle.db, "Kota Serang"), (key) => key, new Date());
      times.push(performance.now() - t0);
      bytes = xlsx.length;
    }
    times.sort((a, b) => a - b);
    console.log(`\n== /ekspor of ${count.toLocaleString("id-ID")} innovations: ${times[1]!.toFixed(0)} ms (median of 3), ${(bytes / 1024).toFixed(0)} KB xlsx`);
  } finally {
    handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

for (const n of SIZES) bench(n);
await benchExport(1000);

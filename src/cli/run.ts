import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { and, asc, eq } from "../db/orm.js";
import { ConfigError } from "../config.js";
import { openDatabase, type DatabaseHandle } from "../db/client.js";
import { seedReferenceData } from "../db/seed.js";
import { people } from "../db/schema.js";
import { findActivePerson } from "../db/repo/people.js";
import { DEFAULT_LOCALE, translatorFor, type Translate } from "../bot/i18n.js";
import { loadExportData } from "../export/data.js";
import { buildWorkbook } from "../export/workbook.js";
import { buildEvidenceZip } from "../export/evidence-zip.js";
import { formatOf, ImportReadError, type ReadFile, readImportFile } from "../import/stream-reader.js";
import { importFile } from "../import/apply.js";
import { importReport, readProblemReport } from "../import/report.js";
import { loadCliConfig, type CliConfig } from "./config.js";

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  now(): Date;
}

interface Parsed {
  command: string | undefined;
  positional: string[];
  flags: Map<string, string>;
}

function parseArgs(argv: readonly string[]): Parsed {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith("--")) {
      const [name, inline] = a.slice(2).split("=", 2) as [string, string | undefined];
      flags.set(name, inline ?? argv[++i] ?? "");
    } else positional.push(a);
  }
  return { command: positional.shift(), positional, flags };
}

class UsageError extends Error {}

function translator(): Translate {
  return translatorFor(DEFAULT_LOCALE);
}

function withDatabase<T>(config: CliConfig, now: Date, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = openDatabase(config.DATABASE_PATH);
  seedReferenceData(handle.db, config.PEMDA_NAME, now);
  return work(handle).finally(() => handle.close());
}

function outPath(p: Parsed, flag: string, ext: RegExp): string {
  const out = p.flags.get(flag);
  if (!out) throw new UsageError(`--${flag} wajib diisi`);
  if (!ext.test(out)) throw new UsageError(`--${flag} harus berakhiran ${ext.source.replace(/\\|\$|\/i/g, "")}`);
  mkdirSync(dirname(resolve(out)), { recursive: true });
  return out;
}

async function exportCmd(p: Parsed, config: CliConfig, io: CliIo): Promise<number> {
  const out = outPath(p, "out", /\.xlsx$/i);
  const zipOut = p.flags.has("bukti") ? outPath(p, "bukti", /\.zip$/i) : null;
  const t = translator();
  return withDatabase(config, io.now(), async ({ db }) => {
    const data = loadExportData(db, config.PEMDA_NAME);
    writeFileSync(out, await buildWorkbook(data, t, io.now()));
    io.out(`${out}: ${data.innovations.length} inovasi, periode ${data.period.year}`);
    if (zipOut) {
      const zip = buildEvidenceZip(data, config.EVIDENCE_DIR);
      writeFileSync(zipOut, zip.bytes);
      io.out(`${zipOut}: ${zip.files} berkas data dukung${zip.missing ? `, ${zip.missing} tidak ditemukan` : ""}`);
    }
    return 0;
  });
}

async function importCmd(p: Parsed, config: CliConfig, io: CliIo): Promise<number> {
  const path = p.positional[0];
  if (!path) throw new UsageError("nama berkas .xlsx atau .csv wajib diisi");
  const format = formatOf(path);
  if (!format) throw new UsageError("berkas harus berformat .xlsx atau .csv");
  if (!existsSync(path)) throw new UsageError(`berkas ${path} tidak ada`);
  const t = translator();
  return withDatabase(config, io.now(), async ({ db }) => {
    const as = p.flags.get("sebagai");
    // Imported innovations need a creator; by default the longest-serving active admin.
    const admin = as
      ? findActivePerson(db, Number(as))
      : db
          .select()
          .from(people)
          .where(and(eq(people.role, "admin"), eq(people.status, "active")))
          .orderBy(asc(people.id))
          .get();
    if (admin?.role !== "admin") {
      io.err(t("transfer-import-no-admin"));
      return 1;
    }
    let file: ReadFile;
    try {
      file = readImportFile(readFileSync(path), format);
    } catch (err) {
      if (!(err instanceof ImportReadError)) throw err;
      io.err(readProblemReport(t, err.problem));
      return 1;
    }
    const outcome = importFile(db, file, { personId: admin.id, via: "cli" }, io.now());
    (outcome.ok ? io.out : io.err)(importReport(t, outcome));
    return outcome.ok ? 0 : 1;
  });
}

async function backupCmd(p: Parsed, config: CliConfig, io: CliIo): Promise<number> {
  const out = outPath(p, "out", /\.db$/i);
  if (existsSync(out)) throw new UsageError(`${out} sudah ada; pilih nama lain`);
  return withDatabase(config, io.now(), async ({ sqlite }) => {
    // SQLite's online backup: a consistent copy even while the bot keeps writing.
    await sqlite.backup(out);
    io.out(`${out}: cadangan basis data ${config.DATABASE_PATH}`);
    return 0;
  });
}

export const USAGE = [
  "Pemakaian:",
  "  npm run cli -- export --out data.xlsx [--bukti bukti.zip]",
  "  npm run cli -- import data.xlsx|data.csv [--sebagai <id Telegram admin>]",
  "  npm run cli -- backup --out cadangan.db",
].join("\n");

/** Runs one command; returns the process exit code (0 ok, 1 refused or failed, 2 wrong usage). */
export async function runCli(argv: readonly string[], env: Record<string, string | undefined>, io: CliIo): Promise<number> {
  const p = parseArgs(argv);
  const commands: Record<string, (p: Parsed, c: CliConfig, io: CliIo) => Promise<number>> = { export: exportCmd, import: importCmd, backup: backupCmd };
  const run = p.command ? commands[p.command] : undefined;
  if (!run) {
    io.err(USAGE);
    return 2;
  }
  try {
    return await run(p, loadCliConfig(env), io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}\n${USAGE}`);
      return 2;
    }
    if (err instanceof ConfigError) {
      io.err(err.message);
      return 1;
    }
    throw err;
  }
}

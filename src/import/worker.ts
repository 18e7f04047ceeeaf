import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { openDatabase } from "../db/client.js";
import { type ImportActor, importFile, type ImportOutcome } from "./apply.js";
import { ImportReadError, type ImportFormat, readImportFile } from "./stream-reader.js";
import type { ReadProblem } from "./capped-zip.js";

// /impor reads, checks and applies a file of up to 10 MB: seconds of CPU for thousands of rows.
// On the bot's thread that would hold every other person's reply meanwhile, so it runs in a
// worker thread with its own connection to the same database file (WAL lets the bot go on
// reading and writing; the bot's read cache sees the worker's commit through data_version).

interface Job {
  readonly databasePath: string;
  readonly bytes: Uint8Array;
  readonly format: ImportFormat;
  readonly actor: ImportActor;
  readonly now: number;
}

export type WorkerResult = { readonly ok: true; readonly outcome: ImportOutcome } | { readonly ok: false; readonly problem: ReadProblem };

function run(job: Job): WorkerResult {
  const handle = openDatabase(job.databasePath);
  try {
    const file = readImportFile(job.bytes, job.format);
    return { ok: true, outcome: importFile(handle.db, file, job.actor, new Date(job.now)) };
  } catch (err) {
    if (err instanceof ImportReadError) return { ok: false, problem: err.problem };
    throw err;
  } finally {
    handle.close();
  }
}

/** Reads and applies an import file off the bot's thread; a bad file resolves with its problem. */
export function importInWorker(job: Job): Promise<WorkerResult> {
  const self = import.meta.url;
  // Under tsx (npm start, tests) the worker must register tsx's loader itself before it can
  // load this TypeScript file (Node 20 does not pass --import hooks on to workers).
  const worker = self.endsWith(".ts")
    ? new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(self)}); });`, { eval: true, workerData: job })
    : new Worker(new URL(self), { workerData: job });
  return new Promise((resolve, reject) => {
    let settled = false;
    worker.once("message", (result: WorkerResult) => {
      settled = true;
      resolve(result);
    });
    worker.once("error", (err) => {
      settled = true;
      reject(err);
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`import worker exited with code ${code}`));
    });
  });
}

if (!isMainThread && parentPort && (workerData as Job | undefined)?.databasePath) {
  parentPort.postMessage(run(workerData as Job));
}

import { join } from "node:path";
import Database from "better-sqlite3";
import { beforeEach, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { startBotProcess, waitFor, type BotProcess, processBed } from "../helpers/bot-process.js";
import { words } from "../helpers/innovation.js";
import { openDatabase } from "../../src/db/client.js";
import { seedReferenceData } from "../../src/db/seed.js";
import { registerPerson } from "../../src/db/repo/people.js";
import { findOpdByName } from "../../src/db/repo/opds.js";
import { commandEntities } from "../helpers/entities.js";

const OP = 9001;
const bed = processBed("inovasi-kill-");
let proc: BotProcess | undefined;
let updateId = 1;

beforeEach(async () => {
  // The operator exists before the bot starts, as if registered through an invitation.
  const database = openDatabase(dbPath());
  seedReferenceData(database.db, "Kota Serang", new Date());
  const opd = findOpdByName(database.db, "Inspektorat")!;
  registerPerson(database.db, { telegramId: OP, role: "operator", opdId: opd.id, fullName: "Operator Uji", jabatan: "Staf", phone: null }, new Date());
  database.close();
});

function dbPath() {
  return join(bed.dir, "inovasi.db");
}

function start() {
  proc = startBotProcess({
    BOT_TOKEN: bed.fake.token,
    TELEGRAM_API_ROOT: bed.apiRoot,
    DATABASE_PATH: dbPath(),
    EVIDENCE_DIR: join(bed.dir, "bukti"),
    LOG_LEVEL: "warn",
  });
}

async function kill() {
  proc!.child.kill("SIGKILL");
  expect((await proc!.exited).signal).toBe("SIGKILL");
}

const chat = { id: OP, type: "private", first_name: "Uji" };
const from = { id: OP, is_bot: false, first_name: "Uji" };

function say(text: string) {
  const entities = commandEntities(text);
  bed.fake.pushUpdate({ update_id: updateId++, message: { message_id: updateId, date: Math.floor(Date.now() / 1000), chat, from, text, entities } } as Update);
}

/** Indicator 16 takes a PDF only (issue 16): the SK as a document. */
function sendSk() {
  const ids = bed.fake.addFile("%PDF-1.4\n% sk 16\n", "sk-16.pdf");
  bed.fake.pushUpdate({
    update_id: updateId++,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat,
      from,
      document: { ...ids, file_name: "sk-16.pdf", mime_type: "application/pdf" },
    },
  } as Update);
}

function press(data: string) {
  bed.fake.pushUpdate({
    update_id: updateId++,
    callback_query: { id: `cb${updateId}`, chat_instance: "x", data, from, message: { message_id: 1, date: 0, chat, text: "…" } },
  } as Update);
}

const texts = () =>
  bed.fake
    .callsOf("sendMessage")
    .filter((c) => c.payload.chat_id === OP)
    .map((c) => String(c.payload.text));

/** Does something, then waits for a new reply containing `expected`. */
async function step(act: () => void, expected: string) {
  const seen = texts().length;
  act();
  return waitFor(
    () =>
      texts()
        .slice(seen)
        .find((t) => t.includes(expected)),
    15_000,
    `reply containing "${expected}"`,
  );
}

function read<T>(sql: string): T[] {
  const sqlite = new Database(dbPath(), { readonly: true });
  try {
    return sqlite.prepare(sql).all() as T[];
  } finally {
    sqlite.close();
  }
}

type Row = {
  id: number;
  nama: string;
  tahapan: string | null;
  inisiator: string | null;
  nama_inisiator: string | null;
  hasil: string | null;
  claimed_levels: string;
};

describe("SIGKILL in the middle of an innovation", () => {
  it("resumes after each kill with every earlier answer present and no duplicate innovation", async () => {
    start();
    await step(() => say("/inovasi_baru"), "Apa nama inovasinya?");
    await step(() => say("Layanan Kilat"), "Pada tahapan apa");
    const id = read<Row>("select * from innovations")[0]!.id;
    await step(() => press(`inn:c:${id}:tahapan:ujicoba`), "Siapa inisiator");
    await step(() => press(`inn:c:${id}:inisiator:asn`), "Siapa nama inisiatornya?");

    await kill(); // mid-profile, with a text question open
    start();
    await step(() => say("Budi Hartono"), "Apa jenis inovasinya?");
    let rows = read<Row>("select * from innovations");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ nama: "Layanan Kilat", tahapan: "ujicoba", inisiator: "asn", nama_inisiator: "Budi Hartono" });

    await step(() => press(`inn:c:${id}:jenis:digital`), "Apa bentuk");
    await step(() => press(`inn:c:${id}:bentuk:pelayanan`), "Apa tematik");
    await step(() => press(`inn:c:${id}:tematik:asta-cita-7`), "Apa urusan utama");
    await step(() => press(`inn:c:${id}:urusanUtama:kesehatan`), "Urusan lain");
    await step(() => press(`inn:d:${id}`), "Kapan uji coba");
    await step(() => say("01-03-2024"), "Kapan inovasi mulai diterapkan");
    await step(() => say("1 Juli 2024"), "Tulis rancang bangun");
    await step(() => say(words(300)), "sudah cukup");
    await step(() => press(`inn:rb:${id}`), "Apa tujuan");
    await step(() => say("Tujuan yang cukup panjang untuk diterima."), "Apa manfaat");
    await step(() => say("Manfaat yang cukup panjang untuk diterima."), "Apa hasil");
    await step(() => say("Hasil yang cukup panjang untuk diterima."), "Indikator 1 dari 20");
    await step(() => press(`inn:l:${id}:16:1`), "Kirim data dukung untuk indikator 16");
    await step(() => sendSk(), "Indikator 2 dari 20");
    await step(() => press(`inn:l:${id}:17:0`), "Indikator 3 dari 20");

    await kill(); // mid-indicators
    start();
    await step(() => press(`inn:l:${id}:18:2`), "Kirim data dukung untuk indikator 18");
    rows = read<Row>("select * from innovations");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ nama_inisiator: "Budi Hartono", hasil: "Hasil yang cukup panjang untuk diterima." });
    expect(JSON.parse(rows[0]!.claimed_levels)).toEqual({ "16": 1, "17": 0, "18": 2 });
    expect(read<{ file_name: string }>("select file_name from evidence")).toEqual([{ file_name: "sk-16.pdf" }]);
    proc!.child.kill("SIGTERM");
    await proc!.exited;
  }, 90_000);
});

/**
 * Does something and kills the bot while the question it sends is in flight: the bed.fake API
 * holds that sendMessage unanswered, and the update was already confirmed (never redelivered).
 */
async function killWhileAsking(act: () => void, question: string) {
  bed.fake.hold((method, payload) => method === "sendMessage" && String(payload.text).includes(question));
  act();
  const sent = updateId;
  await waitFor(() => bed.fake.callsOf("sendMessage").some((c) => String(c.payload.text).includes(question)), 15_000, `question "${question}"`);
  await waitFor(() => bed.fake.confirmedOffset >= sent, 15_000, "confirmed offset");
  await kill();
  bed.fake.clearHolds();
  start();
}

describe("a kill right after a question is sent", () => {
  it("the restarted bot takes the next expected input, at each kind of question", async () => {
    start();
    await step(() => say("/inovasi_baru"), "Apa nama inovasinya?");
    await killWhileAsking(() => say("Layanan Kilat"), "Pada tahapan apa"); // a choice
    const id = read<{ id: number }>("select id from innovations")[0]!.id;
    await step(() => press(`inn:c:${id}:tahapan:ujicoba`), "Siapa inisiator");
    await killWhileAsking(() => press(`inn:c:${id}:inisiator:asn`), "Siapa nama inisiatornya?"); // text
    await step(() => say("Budi Hartono"), "Apa jenis inovasinya?");
    await step(() => press(`inn:c:${id}:jenis:digital`), "Apa bentuk");
    await step(() => press(`inn:c:${id}:bentuk:pelayanan`), "Apa tematik");
    await step(() => press(`inn:c:${id}:tematik:asta-cita-7`), "Apa urusan utama");
    await step(() => press(`inn:c:${id}:urusanUtama:kesehatan`), "Urusan lain");
    await killWhileAsking(() => press(`inn:d:${id}`), "Kapan uji coba"); // a date
    await step(() => say("01-03-2024"), "Kapan inovasi mulai diterapkan");
    await killWhileAsking(() => say("1 Juli 2024"), "Tulis rancang bangun"); // words
    await step(() => say(words(300)), "sudah cukup");
    expect(read<{ rancang_bangun: string }>("select rancang_bangun from innovations")[0]!.rancang_bangun).toContain("kata300");
    await step(() => press(`inn:rb:${id}`), "Apa tujuan");
    await step(() => say("Tujuan yang cukup panjang untuk diterima."), "Apa manfaat");
    await step(() => say("Manfaat yang cukup panjang untuk diterima."), "Apa hasil");
    await killWhileAsking(() => say("Hasil yang cukup panjang untuk diterima."), "Indikator 1 dari 20"); // a level
    await killWhileAsking(() => press(`inn:l:${id}:16:1`), "Kirim data dukung untuk indikator 16"); // evidence
    await step(() => sendSk(), "Data dukung 16 diterima");
    expect(read<{ indicator_code: string; file_name: string }>("select indicator_code, file_name from evidence")).toEqual([
      { indicator_code: "16", file_name: "sk-16.pdf" },
    ]);
    expect(read<{ nama_inisiator: string; waktu_uji_coba: string }>("select nama_inisiator, waktu_uji_coba from innovations")[0]).toEqual({
      nama_inisiator: "Budi Hartono",
      waktu_uji_coba: "2024-03-01",
    });
    proc!.child.kill("SIGTERM");
    await proc!.exited;
  }, 120_000);
});

import { rmSync } from "node:fs";
import { afterEach, beforeEach, expect, it } from "vitest";
import type { Message } from "grammy/types";
import type { Harness } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import { seedPerson } from "../helpers/seed-people.js";
import { innovationHarness, rows, words } from "../helpers/innovation.js";

let h: Harness;
let evidenceDir: string;
let op: TestUser;

const STICKER = {
  sticker: { file_id: "s1", file_unique_id: "s1", type: "regular", width: 512, height: 512, is_animated: false, is_video: false },
} as Partial<Message>;
const LOCATION = { location: { latitude: -6.12, longitude: 106.15 } } as Partial<Message>;
const VOICE = { voice: { file_id: "v1", file_unique_id: "v1", duration: 3 } } as Partial<Message>;

beforeEach(() => {
  ({ h, evidenceDir } = innovationHarness());
  seedPerson(h, 8001, "operator", "Dinas Kesehatan");
  op = h.user(8001);
});
afterEach(() => {
  h.close();
  rmSync(evidenceDir, { recursive: true, force: true });
});

const records = () => JSON.stringify([rows(h, "select * from innovations"), rows(h, "select * from evidence")]);

/** The same bad inputs at one open question: each gets its hint plus the question, and changes nothing. */
async function battery(question: string, hints: { empty: string; long: string; notText?: string; oneLine?: boolean }) {
  const cases: [() => Promise<unknown>, string][] = [
    [() => op.send("  \n "), hints.empty],
    [() => op.send("x".repeat(5000)), hints.long],
    [() => op.sendRaw(STICKER), hints.notText ?? "tidak bisa berupa stiker"],
    [() => op.sendRaw(LOCATION), hints.notText ?? "tidak bisa berupa lokasi"],
    [() => op.sendRaw(VOICE), hints.notText ?? "tidak bisa berupa pesan suara"],
  ];
  for (const [send, hint] of cases) {
    const before = records();
    await send();
    const reply = op.lastText();
    expect(reply, question).toContain(hint);
    // Evidence refusals are one line under the prompt still shown.
    if (hints.oneLine) expect(reply, question).not.toContain("\n");
    else expect(reply, question).toContain(question);
    expect([...reply].length).toBeLessThanOrEqual(4096);
    expect(records(), question).toBe(before);
  }
}

const EMPTY = "tidak boleh kosong";
const TOO_LONG = "terlalu panjang: 5.000 karakter";

it("every text question of the walk refuses empty, 5,000 characters, sticker, location and voice", async () => {
  await op.send("/inovasi_baru");
  await battery("Apa nama inovasinya?", { empty: EMPTY, long: TOO_LONG });
  await op.send("Si Cantik Sehat");
  await op.press("Uji coba");
  await op.press("ASN");
  await battery("Siapa nama inisiatornya?", { empty: EMPTY, long: TOO_LONG });
  await op.send("dr. Rina");
  await op.press("Digital");
  await op.press("Inovasi pelayanan publik");
  await op.press(/^SDM, sains/);
  await battery("Apa urusan utama", { empty: EMPTY, long: "Tidak ada urusan yang cocok" });
  await op.press("Kesehatan");
  await op.press(/^Lewati/);
  await battery("Kapan uji coba inovasi dimulai?", { empty: EMPTY, long: "Tanggal tidak terbaca" });
  await op.send("17-08-2024");
  await battery("Kapan inovasi mulai diterapkan?", { empty: EMPTY, long: "Tanggal tidak terbaca" });
  await op.send("02-01-2025");
  await battery("Tulis rancang bangun", { empty: EMPTY, long: TOO_LONG });
  await op.send(words(300));
  await op.press(/^Selesai/);
  for (const q of ["Apa tujuan", "Apa manfaat", "Apa hasil"]) {
    await battery(q, { empty: EMPTY, long: TOO_LONG });
    await op.send(`${q} inovasi ini cukup panjang untuk diterima.`);
  }
  await battery("16. Regulasi inovasi daerah", { empty: "Pilih level dengan tombol", long: "Pilih level dengan tombol", notText: "Pilih level dengan tombol" });
  await op.press(/^1 · /);
  expect(op.lastText()).toContain("Kirim data dukung untuk indikator 16");
  await battery("Kirim data dukung untuk indikator 16", {
    empty: "Pesan kosong",
    long: "Pesan itu bukan data dukung. Kirim PDF.",
    notText: "Pesan itu bukan data dukung",
    oneLine: true,
  });
});

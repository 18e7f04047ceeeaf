import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Update } from "grammy/types";
import { Harness } from "../helpers/harness.js";
import { seedPerson, seedRevoked } from "../helpers/seed-people.js";
import { COMMANDS, CALLBACKS } from "../../src/bot/access.js";
import { commandEntities } from "../helpers/entities.js";

/** Deterministic randomness, so a failure can be replayed with the same seed. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

const HOSTILE_TEXTS = [
  "",
  " ",
  "\n\n",
  "<b>tebal</b><script>alert(1)</script>",
  "'; DROP TABLE people; --",
  "\u202Egnp.exe",
  "\u200B\u200B",
  "😀".repeat(1000),
  "ا".repeat(300),
  "x".repeat(4096),
  "/",
  "//",
  "/start@other_bot",
  "@inovasi_test_bot",
  "null",
  "undefined",
  "NaN",
  "31-02-2026",
  "2026-13-45",
  "17 Agustus 2024",
  "https://example.invalid/bukti.pdf",
  "javascript:alert(1)",
  "0",
  "-1",
  "99999999999999999999",
];

function randomText(r: ReturnType<typeof rng>): string {
  switch (r.int(5)) {
    case 0:
      return r.pick(HOSTILE_TEXTS);
    case 1:
      return `/${r.pick(COMMANDS).name}${r.int(2) ? ` ${r.pick(HOSTILE_TEXTS).slice(0, 50)}` : ""}`;
    case 2:
      return `/${r.pick(["hapus", "admin", "sudo", "start_", "SKOR", "a".repeat(40)])}`;
    case 3:
      return Array.from({ length: r.int(200) }, () => String.fromCodePoint(32 + r.int(0x2fff))).join("");
    default:
      return r.pick(["Ya", "Tidak", "Lewati", "Belum ada", "Dinas Kesehatan", "1", "2", "3", "Budi Santoso", "Kepala Seksi"]);
  }
}

function randomCallback(r: ReturnType<typeof rng>): string {
  const prefix = r.pick([...Object.keys(CALLBACKS), "zz", "", "lang"]);
  const parts = Array.from({ length: r.int(4) }, () =>
    r.pick(["1", "2", "0", "-1", "999999", "x", "p", "v", "rn", "tg", "ry", "admin", "operator", "99999999999999"]),
  );
  return [prefix, ...parts].join(":").slice(0, 64);
}

const ROLES = ["guest", "revoked", "operator", "pimpinan", "admin"] as const;
type Who = (typeof ROLES)[number];
const IDS: Record<Who, number> = { guest: 9101, revoked: 9102, operator: 9103, pimpinan: 9104, admin: 9105 };
/** People whose random input may never change a record. */
const UNPRIVILEGED: readonly Who[] = ["guest", "revoked", "pimpinan"];
const PER_ROLE = 520;

let h: Harness;
let updateId = 100_000;

beforeAll(() => {
  h = new Harness();
  seedPerson(h, IDS.operator, "operator", "Dinas Kesehatan");
  seedPerson(h, IDS.pimpinan, "pimpinan");
  seedPerson(h, IDS.admin, "admin");
  seedRevoked(h, IDS.revoked);
});
afterAll(() => h.close());

/** Business records; sessions, de-duplication ids and wrong-code counters are bookkeeping. */
function records(): string {
  const tables = [
    "people",
    "opds",
    "invitations",
    "audit_log",
    "pemda",
    "innovations",
    "evidence",
    "spd_levels",
    "periods",
    "official_results",
    "deadlines",
    "reminder_log",
  ];
  return JSON.stringify(tables.map((t) => h.database.sqlite.prepare(`select * from ${t} order by rowid`).all()));
}

function buildUpdate(r: ReturnType<typeof rng>, userId: number): { update: Update; privateChat: boolean; kind: string } {
  const from = { id: userId, is_bot: false, first_name: "Fuzz", language_code: r.pick(["id", "en", "de"]) };
  const inGroup = r.int(10) === 0;
  const chat = inGroup ? { id: -100777, type: "supergroup" as const, title: "Grup" } : { id: userId, type: "private" as const, first_name: "Fuzz" };
  const base = { message_id: 1 + r.int(1000), date: Math.floor(h.now().getTime() / 1000), chat, from };
  const id = updateId++;
  const kind = r.pick([
    "text",
    "text",
    "text",
    "callback",
    "callback",
    "document",
    "photo",
    "sticker",
    "location",
    "voice",
    "contact",
    "video",
    "edited",
    "channel",
  ]);
  const text = randomText(r);
  const entities = commandEntities(text);
  const file = () => {
    const real = r.int(2) === 0;
    const ids = real
      ? h.fake.addFile(r.pick(["nama,kode\nDinas Uji,UJI\n", "%PDF-1.4 palsu", "MZ\u0090\u0000"]), "f.bin")
      : { file_id: `nope${id}`, file_unique_id: `u${id}`, file_size: 10 };
    return { ...ids, file_size: r.pick([ids.file_size, 0, 25 * 1024 * 1024, 2 ** 31]) };
  };
  let update: Record<string, unknown>;
  switch (kind) {
    case "callback":
      update = { callback_query: { id: `cb${id}`, from, chat_instance: "ci", data: randomCallback(r), message: { ...base, text: "…" } } };
      break;
    case "document":
      update = {
        message: {
          ...base,
          document: {
            ...file(),
            file_name: r.pick(["opd.csv", "bukti.pdf", "virus.exe", "foto.jpg", "video.mp4", "", "a".repeat(300)]),
            mime_type: r.pick(["text/csv", "application/pdf", "application/x-msdownload", "image/jpeg", "video/mp4", ""]),
          },
        },
      };
      break;
    case "photo":
      update = { message: { ...base, photo: [{ ...file(), width: 10, height: 10 }] } };
      break;
    case "video":
      update = { message: { ...base, video: { ...file(), width: 10, height: 10, duration: 400, mime_type: "video/mp4" } } };
      break;
    case "sticker":
      update = {
        message: { ...base, sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } },
      };
      break;
    case "location":
      update = { message: { ...base, location: { latitude: -6.12, longitude: 106.15 } } };
      break;
    case "voice":
      update = { message: { ...base, voice: { file_id: "v", file_unique_id: "v", duration: 3 } } };
      break;
    case "contact":
      update = { message: { ...base, contact: { phone_number: "+628123", first_name: "X", user_id: r.int(2) ? userId : 1 } } };
      break;
    case "edited":
      update = { edited_message: { ...base, text, edit_date: base.date } };
      break;
    case "channel":
      update = { channel_post: { message_id: 1, date: 0, chat: { id: -100888, type: "channel", title: "Kanal" }, text } };
      break;
    default:
      update = { message: { ...base, text, ...(entities ? { entities } : {}) } };
  }
  const privateChat = !inGroup && kind !== "channel" && kind !== "callback";
  return { update: { update_id: id, ...update } as Update, privateChat, kind };
}

describe("fuzz: random and hostile updates as every role", () => {
  it.each(ROLES)("as %s: nothing crashes, every private message is answered, no unauthorised change", async (who) => {
    const r = rng(0xfeed + IDS[who]);
    const before = records();
    for (let i = 0; i < PER_ROLE; i++) {
      const { update, privateChat, kind } = buildUpdate(r, IDS[who]);
      const callsBefore = h.fake.calls.length;
      const logBefore = h.logLines.length;
      await h.bot.handleUpdate(update);
      h.advance(1500);
      const calls = h.fake.calls.slice(callsBefore);
      const failures = h.logLines.slice(logBefore).filter((l) => /"level":50/.test(l));
      expect(failures, `update ${i} (${kind}): ${JSON.stringify(update).slice(0, 300)}`).toEqual([]);
      if (privateChat) {
        const answered = calls.some((c) => Number(c.payload.chat_id) === IDS[who]);
        expect(answered, `no answer to update ${i} (${kind}): ${JSON.stringify(update).slice(0, 300)}`).toBe(true);
      }
      // Replies are plain text: hostile input such as "<script>" can never become markup.
      expect(calls.filter((c) => c.payload.parse_mode !== undefined)).toEqual([]);
      if (kind === "callback")
        expect(
          calls.some((c) => c.method === "answerCallbackQuery"),
          `callback ${i} not answered`,
        ).toBe(true);
      // Leave any flow the random input opened, so the next input meets the bot fresh half the time.
      if (r.int(2) === 0)
        await h.bot.handleUpdate({
          update_id: updateId++,
          message: {
            message_id: 1,
            date: 0,
            chat: { id: IDS[who], type: "private", first_name: "F" },
            from: { id: IDS[who], is_bot: false, first_name: "F" },
            text: "/batal",
            entities: [{ type: "bot_command", offset: 0, length: 6 }],
          },
        } as Update);
    }
    if (UNPRIVILEGED.includes(who)) expect(records()).toBe(before);
  });
});

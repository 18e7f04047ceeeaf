import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Message } from "grammy/types";
import { Harness } from "../helpers/harness.js";
import { seedPerson, seedRevoked, snapshot } from "../helpers/seed-people.js";
import { commandEntities } from "../helpers/entities.js";
import type { TestUser } from "../helpers/test-user.js";
import { AUDIENCES, CALLBACKS, COMMANDS } from "../../src/bot/access.js";

type Who = "guest" | "operator" | "pimpinan" | "admin" | "revoked";
const WHO: Who[] = ["guest", "operator", "pimpinan", "admin", "revoked"];
/** A revoked person is treated exactly like an unregistered one. */
const audienceOf = (who: Who) => (who === "revoked" ? "guest" : who);

let h: Harness;
const ids: Record<Who, number> = { guest: 9001, operator: 9002, pimpinan: 9003, admin: 9004, revoked: 9005 };

beforeAll(() => {
  h = new Harness();
  seedPerson(h, ids.operator, "operator", "Dinas Kesehatan");
  seedPerson(h, ids.pimpinan, "pimpinan");
  seedPerson(h, ids.admin, "admin");
  seedRevoked(h, ids.revoked);
});
afterAll(() => h.close());

/**
 * Ways the review got past the old guard, and ways a command may reach the bot. "runs" means
 * Telegram marks it as this bot's command, so it must be checked exactly like the plain one.
 */
type Variant = { name: string; runs: boolean; send: (user: TestUser, command: string) => Promise<unknown> };
const text =
  (suffix: string, shape: (c: string) => string = (c) => c) =>
  (user: TestUser, command: string) =>
    user.send(`/${shape(command)}${suffix}`);
const VARIANTS: Variant[] = [
  { name: "plain", runs: true, send: text("") },
  ...[".", ",", "?", ")", "-x", "…"].map((s) => ({ name: `'${s}' after`, runs: true, send: text(s) })),
  { name: "@bot", runs: true, send: (u, c) => u.send(`/${c}@${h.fake.botInfo.username}`) },
  { name: "@bot.", runs: true, send: (u, c) => u.send(`/${c}@${h.fake.botInfo.username}.`) },
  { name: "upper case", runs: true, send: text("", (c) => c.toUpperCase()) },
  {
    name: "in a caption",
    runs: true,
    send: (u, c) =>
      u.sendRaw({ photo: [{ file_id: "p1", file_unique_id: "u1", width: 10, height: 10 }], caption: `/${c}`, caption_entities: commandEntities(`/${c}`) }),
  },
  { name: "@otherbot", runs: false, send: (u, c) => u.send(`/${c}@other_bot`) },
  {
    name: "in an edited message",
    runs: false,
    send: (u, c) => u.deliver({ edited_message: { ...u.message({ text: `/${c}`, entities: commandEntities(`/${c}`) }), edit_date: 1 } as Message }),
  },
];

describe("every command × every role × every way of writing it", () => {
  const cases = COMMANDS.flatMap((c) => WHO.flatMap((who) => VARIANTS.map((v) => [c.name, who, v.name] as const)));
  it.each(cases)("/%s as %s, %s", async (command, who, variantName) => {
    const variant = VARIANTS.find((v) => v.name === variantName)!;
    const user = h.user(ids[who]);
    const before = snapshot(h);
    const calls = (await variant.send(user, command)) as { method: string }[];
    const reply = user.lastText();
    const allowed = COMMANDS.find((c) => c.name === command)!.audience.includes(audienceOf(who));
    const refused = new RegExp(`^Perintah /${command} hanya untuk: .+\\.$`);
    expect(calls.length).toBeGreaterThan(0);
    if (!variant.runs) {
      expect(reply).toMatch(variantName === "@otherbot" ? new RegExp(`^Perintah /${command} tidak dikenal`) : /^Pesan yang diubah tidak diproses ulang/);
      expect(snapshot(h)).toBe(before);
    } else if (allowed) {
      expect(reply).not.toMatch(refused);
      expect(reply).not.toMatch(/^Perintah \/\S+ tidak dikenal|^Pesan yang diubah/);
    } else {
      expect(reply).toMatch(refused);
      expect(snapshot(h)).toBe(before);
    }
    await user.send("/batal");
  });
});

describe("commands meant for another bot", () => {
  it("are ignored in a group, even from an admin", async () => {
    const member = h.user(ids.admin, { chatId: -100500 });
    const calls = await member.send("/skor@other_bot");
    expect(calls.filter((c) => c.method !== "setMyCommands")).toEqual([]);
  });
});

describe("a command inside a flow is a command, never an answer", () => {
  it("'/inovasi.' while the name is asked opens the list and creates no innovation", async () => {
    const op = h.user(ids.operator);
    await op.send("/inovasi_baru");
    const before = snapshot(h);
    await op.send("/inovasi.");
    expect(op.lastText()).toMatch(/^OPD Anda belum punya inovasi|^Inovasi OPD Anda/);
    expect(snapshot(h)).toBe(before);
    expect(h.database.sqlite.prepare("select count(*) as n from innovations").get()).toEqual({ n: 0 });
    await op.send("/batal");
  });
});

describe("every button prefix × every role", () => {
  const cases = Object.keys(CALLBACKS).flatMap((prefix) => WHO.map((who) => [prefix, who] as const));
  it.each(cases)("%s:… as %s", async (prefix, who) => {
    const user = h.user(ids[who]);
    const before = snapshot(h);
    // Data an attacker might forge: real shapes with ids that point at real rows.
    const calls = await user.pressData(`${prefix}:x:1`);
    const answer = calls.find((c) => c.method === "answerCallbackQuery");
    expect(answer).toBeDefined();
    if (!CALLBACKS[prefix]!.includes(audienceOf(who))) {
      expect(answer!.payload.text).toMatch(/^Tombol ini hanya untuk: /);
      expect(answer!.payload.show_alert).toBe(true);
    }
    // Refused, or allowed but pointing at nothing: either way no row changes.
    expect(snapshot(h)).toBe(before);
  });

  it("covers every audience somewhere", () => {
    for (const a of AUDIENCES) expect(COMMANDS.some((c) => c.audience.includes(a))).toBe(true);
  });
});

describe("a refused admin cannot act through a forged button", () => {
  it("an operator pressing a real revoke button changes nothing", async () => {
    const before = snapshot(h);
    await h.user(ids.operator).pressData(`usr:ry:1`);
    await h.user(ids.operator).pressData(`inv:r:admin`);
    await h.user(ids.pimpinan).pressData(`opd:tg:1`);
    expect(snapshot(h)).toBe(before);
  });
});

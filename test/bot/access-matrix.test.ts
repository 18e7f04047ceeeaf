import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import { seedPerson, seedRevoked, snapshot } from "../helpers/seed-people.js";
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

describe("every command × every role", () => {
  const cases = COMMANDS.flatMap((c) => WHO.map((who) => [c.name, who] as const));
  it.each(cases)("/%s as %s", async (command, who) => {
    const user = h.user(ids[who]);
    const before = snapshot(h);
    await user.send(`/${command}`);
    const reply = user.lastText();
    const allowed = COMMANDS.find((c) => c.name === command)!.audience.includes(audienceOf(who));
    if (allowed) {
      expect(reply).not.toMatch(/hanya untuk/);
    } else {
      expect(reply).toMatch(new RegExp(`^Perintah /${command} hanya untuk: .+\\.$`));
      expect(snapshot(h)).toBe(before);
    }
    await user.send("/batal");
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

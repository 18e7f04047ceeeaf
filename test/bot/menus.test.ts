import { afterEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import { seedPerson } from "../helpers/seed-people.js";
import { menuFor } from "../../src/bot/menus.js";
import { revokePerson } from "../../src/db/repo/people.js";

let h: Harness;
afterEach(() => h?.close());

const commandsOf = (chatId: number) => h.fake.menus.get(`chat:${chatId}`)?.map((c) => c.command);
const menuCalls = () => h.fake.callsOf("setMyCommands").length;

describe("the per-person command menu", () => {
  it("is set once on first contact to the person's role, and not again while nothing changes", async () => {
    h = new Harness();
    seedPerson(h, 300, "pimpinan");
    const u = h.user(300);
    await u.send("/bantuan");
    expect(commandsOf(300)).toEqual(menuFor("pimpinan", (k) => k).map((c) => c.command));
    const after = menuCalls();
    await u.send("/bantuan");
    await u.send("/skor");
    expect(menuCalls()).toBe(after);
  });

  it("follows a role change made outside the chat (revocation) at the next message", async () => {
    h = new Harness();
    const person = seedPerson(h, 301, "operator", "Dinas Sosial");
    const u = h.user(301);
    await u.send("/bantuan");
    expect(commandsOf(301)).toContain("inovasi_baru");
    revokePerson(h.db, person.id, h.now());
    await u.send("/bantuan");
    expect(commandsOf(301)).toEqual(menuFor("guest", (k) => k).map((c) => c.command));
  });

  it("follows the language chosen with /bahasa", async () => {
    h = new Harness();
    seedPerson(h, 302, "admin");
    const u = h.user(302);
    await u.send("/bahasa");
    await u.press("English");
    const menu = h.fake.menus.get("chat:302")!;
    expect(menu.find((c) => c.command === "bantuan")?.description).toBe("List of commands");
  });
});

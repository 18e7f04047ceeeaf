import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import { seedPerson } from "../helpers/seed-people.js";
import { seedInnovations } from "../import/fixtures.js";
import { MENU_RETRY_MS } from "../../src/bot/menus.js";

let h: Harness;
afterEach(() => h?.close());

const failing = (error_code: number) => () => ({
  ok: false as const,
  error_code,
  description: error_code === 404 ? "Not Found" : error_code === 400 ? "Bad Request: chat not found" : "Internal Server Error",
});
const APOLOGY = "Maaf, terjadi kesalahan";

function admin() {
  h = new Harness();
  h.config.BACKUP_DIR = join(h.dir, "cadangan");
  const person = seedPerson(h, 7001, "admin");
  seedInnovations(h.db, person.id, 3);
  return h.user(7001);
}

describe("a failing chat action", () => {
  for (const code of [400, 404, 500]) {
    it(`(${code}) does not stop /cadangan, /ekspor or Grafik from delivering`, async () => {
      const user = admin();
      h.fake.override("sendChatAction", failing(code));
      await user.send("/cadangan");
      await user.send("/ekspor");
      await user.pressData("graf:i");
      const documents = h.fake.callsOf("sendDocument").map((c) => String(c.payload.document.file_name));
      expect(documents).toEqual([expect.stringMatching(/^inovasi-.*\.db$/), expect.stringMatching(/\.xlsx$/)]);
      expect(h.fake.callsOf("sendPhoto")).toHaveLength(1);
      expect(user.texts().join("\n")).not.toContain(APOLOGY);
    });
  }
});

describe("a per-chat menu that Telegram refuses", () => {
  it("is not tried before every reply, but again after ten minutes", async () => {
    const user = admin();
    h.fake.override("setMyCommands", failing(400));
    const menuCalls = () => h.fake.callsOf("setMyCommands").filter((c) => c.payload.scope?.chat_id === 7001).length;
    await user.send("/bantuan");
    await user.send("/bantuan");
    await user.send("/bantuan");
    expect(menuCalls()).toBe(1);
    expect(user.texts()).toHaveLength(3);

    h.advance(MENU_RETRY_MS - 1000);
    await user.send("/bantuan");
    expect(menuCalls()).toBe(1);

    h.fake.clearOverrides();
    h.advance(2000);
    await user.send("/bantuan");
    await user.send("/bantuan");
    expect(menuCalls()).toBe(2);
    expect(h.fake.menus.get("chat:7001")?.map((c) => c.command)).toContain("cadangan");
  });
});

describe("a button whose handler fails after answering it", () => {
  it("is answered once, and the person still gets the apology", async () => {
    const user = admin();
    // Grafik answers the button first; then sending the photo fails.
    h.fake.override("sendPhoto", failing(400));
    await user.pressData("graf:i");
    expect(h.fake.callsOf("answerCallbackQuery")).toHaveLength(1);
    expect(user.lastText()).toContain(APOLOGY);
  });

  it("is answered by the apology when the handler failed before answering", async () => {
    const user = admin();
    h.fake.override(
      "answerCallbackQuery",
      (() => {
        let first = true;
        return () => (first ? ((first = false), failing(400)()) : undefined);
      })(),
    );
    await user.pressData("graf:i");
    expect(h.fake.callsOf("answerCallbackQuery")).toHaveLength(2);
    expect(user.lastText()).toContain(APOLOGY);
  });
});

import { Writable } from "node:stream";
import { Api } from "grammy";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeTelegram } from "../helpers/fake-telegram.js";
import { createLogger } from "../../src/logger.js";
import { keepDefaultMenus } from "../../src/bot/menus.js";
import { translatorFor } from "../../src/bot/i18n.js";

afterEach(() => vi.useRealTimers());

const MINUTE = 60_000;

/** Starts the default-menu keeper against a fake API whose setMyCommands answers `code` until `refuse` turns false. */
function start(code: number, description: string) {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  const fake = new FakeTelegram();
  const state = { refuse: true };
  fake.override("setMyCommands", () => (state.refuse ? { ok: false, error_code: code, description } : undefined));
  const lines: Record<string, any>[] = [];
  const sink = new Writable({ write: (chunk, _e, cb) => (lines.push(JSON.parse(String(chunk))), cb()) });
  const api = new Api(fake.token, { apiRoot: "http://fake.telegram.invalid", fetch: fake.fetch });
  const menus = keepDefaultMenus(api, (locale, key) => translatorFor(locale)(key), createLogger("info", [fake.token], sink), [MINUTE, 5 * MINUTE]);
  const attempts = () => fake.callsOf("setMyCommands").filter((c) => !c.payload.language_code).length;
  return { fake, state, lines, menus, attempts };
}

describe("the default command menu at start", () => {
  it("when refused, is logged as not set with the method and Telegram's reason, and tried again after 1, then every 5 minutes, until set", async () => {
    const { fake, state, lines, menus, attempts } = start(404, "Not Found");
    await menus.first;
    expect(attempts()).toBe(1);
    const warning = lines.find((l) => l.msg === "command menu not set");
    expect(warning).toMatchObject({ method: "setMyCommands", error_code: 404, description: "Not Found", retry_in_ms: MINUTE });
    expect(lines.some((l) => String(l.msg).includes("cannot reach"))).toBe(false);

    await vi.advanceTimersByTimeAsync(MINUTE - 1);
    expect(attempts()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempts()).toBe(2);
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(attempts()).toBe(3);

    state.refuse = false;
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(attempts()).toBe(4);
    expect(fake.menus.get("default")?.map((c) => c.command)).toContain("start");
    expect(fake.menus.get("default:en")?.map((c) => c.command)).toContain("start");
    expect(lines.at(-1)).toMatchObject({ msg: "command menu set" });
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(attempts()).toBe(4);
  });

  it("stops retrying when stopped (shutdown)", async () => {
    const { menus, attempts } = start(400, "Bad Request: BOT_COMMAND_INVALID");
    await menus.first;
    menus.stop();
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(attempts()).toBe(1);
  });
});

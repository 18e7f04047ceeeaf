import { describe, expect, it } from "vitest";
import { commandName } from "../../src/bot/middleware/access-guard.js";

describe("commandName", () => {
  it.each([
    ["/start", "start"],
    ["/start ABCD2345", "start"],
    ["/Bantuan@inovasi_test_bot", "bantuan"],
    ["hello /start", null],
    ["/", null],
    ["", null],
    [undefined, null],
  ])("%j → %j", (text, name) => {
    expect(commandName(text)).toBe(name);
  });
});

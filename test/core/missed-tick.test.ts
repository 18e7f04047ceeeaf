import { createTask } from "node-cron";
import { describe, expect, it } from "vitest";
import { cronHasSeconds, missedTick } from "../../src/core/reminders/missed-tick.js";

const daily = createTask("0 8 * * *", () => undefined, { timezone: "Asia/Jakarta" });
const everyTwoSeconds = createTask("*/2 * * * * *", () => undefined, { timezone: "Asia/Jakarta" });
const wib = (s: string) => new Date(`${s}+07:00`);
const m = (d: Date) => daily.match(d);

describe("missedTick", () => {
  it("owes nothing after a night-time restart that missed no 08:00 WIB tick", () => {
    expect(missedTick(m, wib("2026-07-29T08:00:00"), wib("2026-07-30T01:00:00"), false)).toBe(false);
  });

  it("owes a catch-up when 08:00 WIB passed while the bot was down", () => {
    expect(missedTick(m, wib("2026-07-29T08:00:00"), wib("2026-07-30T09:15:00"), false)).toBe(true);
    expect(missedTick(m, wib("2026-07-29T08:00:00"), wib("2026-07-30T08:00:00"), false)).toBe(true);
  });

  it("owes one when no tick was ever recorded, or the bot was down for months", () => {
    expect(missedTick(m, null, wib("2026-07-30T01:00:00"), false)).toBe(true);
    expect(missedTick(m, wib("2026-01-01T08:00:00"), wib("2026-07-30T01:00:00"), false)).toBe(true);
  });

  it("scans per second for six-field expressions", () => {
    const s = (d: Date) => everyTwoSeconds.match(d);
    expect(missedTick(s, wib("2026-07-30T01:00:02"), wib("2026-07-30T01:00:03"), true)).toBe(false);
    expect(missedTick(s, wib("2026-07-30T01:00:02"), wib("2026-07-30T01:00:04"), true)).toBe(true);
    expect(cronHasSeconds("*/2 * * * * *")).toBe(true);
    expect(cronHasSeconds("0 8 * * *")).toBe(false);
  });
});

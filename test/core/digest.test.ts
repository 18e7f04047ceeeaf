import { describe, expect, it } from "vitest";
import { instantOf } from "../../src/core/reminders/wib-time.js";
import { digestChange, isoWeekOf, previousIsoWeek } from "../../src/core/digest/plan.js";

const TZ = "Asia/Jakarta";
const wib = (year: number, month: number, day: number, hour = 0, minute = 0) => instantOf({ year, month, day, hour, minute }, TZ);

describe("the digest's week", () => {
  it("is the ISO week in the bot's time zone, Monday 00:00 to Sunday 23:59", () => {
    expect(isoWeekOf(wib(2026, 5, 4, 0, 0), TZ)).toEqual({ key: "2026-W19", start: wib(2026, 5, 4) });
    expect(isoWeekOf(wib(2026, 5, 10, 23, 59), TZ).key).toBe("2026-W19");
    // Sunday 23:30 UTC is already Monday in WIB.
    expect(isoWeekOf(Date.UTC(2026, 4, 10, 23, 30), TZ).key).toBe("2026-W20");
    // Around the new year the week belongs to the year of its Thursday.
    expect(isoWeekOf(wib(2027, 1, 1, 12), TZ).key).toBe("2026-W53");
    expect(isoWeekOf(wib(2025, 12, 29, 12), TZ).key).toBe("2026-W01");
    expect(previousIsoWeek(wib(2026, 1, 5, 9), TZ).key).toBe("2026-W01");
  });

  it("reports the change on the rounded index, and none without last week's figure", () => {
    expect(digestChange(41.234, 40.0)).toEqual({ kind: "up", points: 1.23 });
    expect(digestChange(39.5, 40.0)).toEqual({ kind: "down", points: 0.5 });
    expect(digestChange(40.001, 40.0)).toEqual({ kind: "same" });
    expect(digestChange(40, null)).toEqual({ kind: "unknown" });
  });
});

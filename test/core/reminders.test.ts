import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dueReminderDay, parseDeadlineInput, parseReminderDays, planReminders, reminderDueAt, type PlannedReminder } from "../../src/core/reminders/plan.js";
import { instantOf, offsetAt, WIB } from "../../src/core/reminders/wib-time.js";

const DAYS = [7, 3, 1, 0];
/** 31 July 2026 23:59 WIB. */
const DEADLINE = Date.parse("2026-07-31T16:59:00Z");
const DAY_MS = 86_400_000;
/** A WIB wall time as an instant, written the way a reader in Serang would. */
const wib = (iso: string): number => Date.parse(`${iso}+07:00`);

describe("parseReminderDays", () => {
  it("sorts descending and removes duplicates", () => {
    expect(parseReminderDays("7,3,1,0")).toEqual({ ok: true, days: [7, 3, 1, 0] });
    expect(parseReminderDays("0, 1 ,3;7,3")).toEqual({ ok: true, days: [7, 3, 1, 0] });
    expect(parseReminderDays(" H-7 h-3 H-0 ")).toEqual({ ok: true, days: [7, 3, 0] });
    expect(parseReminderDays("60")).toEqual({ ok: true, days: [60] });
  });

  it("rejects empty, negative, non-integer and too-large days", () => {
    expect(parseReminderDays("")).toEqual({ ok: false, reason: "empty" });
    expect(parseReminderDays(" , ")).toEqual({ ok: false, reason: "empty" });
    expect(parseReminderDays("7,-1")).toEqual({ ok: false, reason: "out-of-range", token: "-1" });
    expect(parseReminderDays("7,61")).toEqual({ ok: false, reason: "out-of-range", token: "61" });
    expect(parseReminderDays("1.5")).toEqual({ ok: false, reason: "not-integer", token: "1.5" });
    expect(parseReminderDays("7,tiga")).toEqual({ ok: false, reason: "not-integer", token: "tiga" });
    expect(parseReminderDays("1e1")).toMatchObject({ ok: false, reason: "not-integer" });
  });
});

describe("parseDeadlineInput", () => {
  it("reads day-first and ISO order as WIB", () => {
    const expected = new Date("2026-07-31T16:59:00Z");
    expect(parseDeadlineInput("31-07-2026 23:59")).toEqual({ ok: true, at: expected });
    expect(parseDeadlineInput("31/07/2026 23:59")).toEqual({ ok: true, at: expected });
    expect(parseDeadlineInput("2026-07-31 23:59")).toEqual({ ok: true, at: expected });
    expect(parseDeadlineInput("  1-8-2026   7:05 ", WIB)).toEqual({ ok: true, at: new Date("2026-08-01T00:05:00Z") });
    expect(parseDeadlineInput("2026-07-31T23.59")).toEqual({ ok: true, at: expected });
    expect(parseDeadlineInput("３１-０７-２０２６ ２３：５９")).toEqual({ ok: true, at: expected });
  });

  it("converts from any IANA zone, DST included", () => {
    expect(parseDeadlineInput("31-07-2026 23:59", "UTC")).toEqual({ ok: true, at: new Date("2026-07-31T23:59:00Z") });
    expect(parseDeadlineInput("31-07-2026 23:59", "Asia/Makassar")).toEqual({ ok: true, at: new Date("2026-07-31T15:59:00Z") });
    // Berlin is UTC+1 in winter, UTC+2 in summer.
    expect(parseDeadlineInput("15-01-2026 12:00", "Europe/Berlin")).toEqual({ ok: true, at: new Date("2026-01-15T11:00:00Z") });
    expect(parseDeadlineInput("15-07-2026 12:00", "Europe/Berlin")).toEqual({ ok: true, at: new Date("2026-07-15T10:00:00Z") });
    // 02:30 does not exist on 29 March 2026 in Berlin: pushed forward to 03:30 CEST.
    expect(parseDeadlineInput("29-03-2026 02:30", "Europe/Berlin")).toEqual({ ok: true, at: new Date("2026-03-29T01:30:00Z") });
    // 02:30 happens twice on 25 October 2026: the earlier (CEST) one is taken.
    expect(parseDeadlineInput("25-10-2026 02:30", "Europe/Berlin")).toEqual({ ok: true, at: new Date("2026-10-25T00:30:00Z") });
  });

  it("tells format, date and time errors apart", () => {
    for (const bad of ["", "besok", "31-07-2026", "23:59", "31-07/2026 23:59", "31-07-26 23:59", "2026-07-31 2359"]) {
      expect(parseDeadlineInput(bad), bad).toEqual({ ok: false, reason: "format" });
    }
    for (const bad of ["31-06-2026 12:00", "29-02-2026 12:00", "2026-13-01 12:00", "00-07-2026 12:00", "31-07-1999 12:00"]) {
      expect(parseDeadlineInput(bad), bad).toEqual({ ok: false, reason: "invalid-date" });
    }
    expect(parseDeadlineInput("29-02-2028 12:00")).toMatchObject({ ok: true });
    for (const bad of ["31-07-2026 24:00", "31-07-2026 23:60", "31-07-2026 99:00"]) {
      expect(parseDeadlineInput(bad), bad).toEqual({ ok: false, reason: "invalid-time" });
    }
  });

  it("zone conversion round-trips for arbitrary instants", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse("2000-01-01T00:00:00Z"), max: Date.parse("2100-01-01T00:00:00Z") }),
        fc.constantFrom(WIB, "UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu"),
        (t, zone) => {
          const instant = t - (t % 60_000);
          const wall = new Date(instant + offsetAt(instant, zone));
          const back = instantOf(
            { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes() },
            zone,
          );
          // Equal, except in a fall-back hour, where the earlier of the two instants is chosen.
          const sameWall = back + offsetAt(back, zone) === instant + offsetAt(instant, zone);
          expect(back === instant || (back < instant && sameWall)).toBe(true);
        },
      ),
    );
  });
});

describe("dueReminderDay", () => {
  it("counts calendar days in WIB, not 24-hour periods", () => {
    expect(reminderDueAt(DEADLINE, 3)).toBe(wib("2026-07-28T00:00:00"));
    expect(dueReminderDay(DEADLINE, wib("2026-07-27T23:59:59.999"), DAYS)).toBe(7);
    expect(dueReminderDay(DEADLINE, wib("2026-07-28T00:00:00"), DAYS)).toBe(3);
    expect(dueReminderDay(DEADLINE, wib("2026-07-30T23:59:59"), DAYS)).toBe(1);
    expect(dueReminderDay(DEADLINE, wib("2026-07-31T00:00:00"), DAYS)).toBe(0);
    expect(dueReminderDay(new Date(DEADLINE), new Date(DEADLINE - 1), DAYS)).toBe(0);
  });

  it("is null before the first reminder and from the deadline on", () => {
    expect(dueReminderDay(DEADLINE, wib("2026-07-23T23:59:59"), DAYS)).toBeNull();
    expect(dueReminderDay(DEADLINE, wib("2026-07-24T00:00:00"), DAYS)).toBe(7);
    expect(dueReminderDay(DEADLINE, DEADLINE, DAYS)).toBeNull();
    expect(dueReminderDay(DEADLINE, DEADLINE + DAY_MS, DAYS)).toBeNull();
    expect(dueReminderDay(DEADLINE, wib("2026-07-30T00:00:00"), [])).toBeNull();
  });

  it("accepts days in any order", () => {
    expect(dueReminderDay(DEADLINE, wib("2026-07-29T10:00:00"), [0, 7, 1, 3])).toBe(3);
    expect(dueReminderDay(DEADLINE, wib("2026-07-29T10:00:00"), [1, 3, 0, 7])).toBe(3);
  });

  it("uses the deadline's calendar day in the given zone", () => {
    // 31 July 23:59 WIB is 1 August 01:59 in Sydney, so Sydney's H-0 starts 1 August 00:00.
    const sydney = "Australia/Sydney";
    expect(reminderDueAt(DEADLINE, 0, sydney)).toBe(Date.parse("2026-07-31T14:00:00Z"));
    expect(dueReminderDay(DEADLINE, Date.parse("2026-07-31T13:59:00Z"), DAYS, sydney)).toBe(1);
  });

  it("starts days at local midnight across a DST change", () => {
    // Berlin switches to CEST on 29 March 2026; 28 March starts at 00:00 CET = 27 March 23:00Z.
    const deadline = Date.parse("2026-03-30T10:00:00Z");
    expect(reminderDueAt(deadline, 2, "Europe/Berlin")).toBe(Date.parse("2026-03-27T23:00:00Z"));
    expect(reminderDueAt(deadline, 0, "Europe/Berlin")).toBe(Date.parse("2026-03-29T22:00:00Z"));
  });
});

describe("planReminders", () => {
  const deadlines = [{ id: "dl-1", at: DEADLINE }];
  const recipients = new Map([["dl-1", ["ani", "budi"]]]);
  const plan = (now: number, sentLog: PlannedReminder<string, string>[], who = recipients) =>
    planReminders({ now, deadlines, recipients: who, sentLog, days: DAYS });

  it("sends one H-3 to each recipient two days before, then nothing, then H-1", () => {
    const log: PlannedReminder<string, string>[] = [];
    const first = plan(wib("2026-07-29T09:00:00"), log);
    expect(first).toEqual([
      { deadlineId: "dl-1", recipientId: "ani", day: 3 },
      { deadlineId: "dl-1", recipientId: "budi", day: 3 },
    ]);
    log.push(...first);
    expect(plan(wib("2026-07-29T09:00:00"), log)).toEqual([]);
    expect(plan(wib("2026-07-29T21:00:00"), log)).toEqual([]);

    const next = plan(wib("2026-07-30T06:00:00"), log);
    expect(next.map((r) => [r.recipientId, r.day])).toEqual([
      ["ani", 1],
      ["budi", 1],
    ]);
    log.push(...next);
    expect(plan(wib("2026-07-30T18:00:00"), log)).toEqual([]);
    expect(plan(wib("2026-07-31T00:00:00"), log).map((r) => r.day)).toEqual([0, 0]);
  });

  it("never sends a stale reminder to someone who got nothing yet", () => {
    const log = [
      { deadlineId: "dl-1", recipientId: "ani", day: 7 },
      { deadlineId: "dl-1", recipientId: "ani", day: 3 },
    ];
    const who = new Map([["dl-1", ["ani", "citra"]]]);
    expect(plan(wib("2026-07-30T08:00:00"), log, who)).toEqual([
      { deadlineId: "dl-1", recipientId: "ani", day: 1 },
      { deadlineId: "dl-1", recipientId: "citra", day: 1 },
    ]);
  });

  it("does not resend a larger day once a smaller one went out", () => {
    // e.g. H-1 went out, then someone re-ran planning with an older clock or added day 3.
    const log = [{ deadlineId: "dl-1", recipientId: "ani", day: 1 }];
    expect(plan(wib("2026-07-29T08:00:00"), log).map((r) => [r.recipientId, r.day])).toEqual([["budi", 3]]);
  });

  it("sends nothing once the deadline has passed", () => {
    expect(plan(DEADLINE, [])).toEqual([]);
    expect(plan(wib("2026-08-02T08:00:00"), [])).toEqual([]);
  });

  it("keeps deadlines apart, takes recipients from a function, and dedupes them", () => {
    const result = planReminders({
      now: wib("2026-07-29T09:00:00"),
      deadlines: [
        { id: 1, at: DEADLINE },
        { id: 2, at: wib("2026-08-20T17:00:00") },
        { id: 3, at: wib("2026-08-01T17:00:00"), days: [5] },
      ],
      recipients: (d) => (d.id === 1 ? [10, 11, 10] : [10]),
      sentLog: [
        { deadlineId: 1, recipientId: 11, day: 3 },
        { deadlineId: 3, recipientId: 11, day: 5 },
      ],
      days: DAYS,
    });
    expect(result).toEqual([
      { deadlineId: 1, recipientId: 10, day: 3 },
      { deadlineId: 3, recipientId: 10, day: 5 },
    ]);
  });

  it("over any schedule of runs, each person gets strictly newer reminders, each at most once", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.integer({ min: 0, max: 12 * DAY_MS }), { maxLength: 30 }),
        (days, offsets) => {
          const runs = offsets.map((o) => DEADLINE - 11 * DAY_MS + o).sort((a, b) => a - b);
          const log: PlannedReminder<string, string>[] = [];
          for (const now of runs) {
            const out = planReminders({ now, deadlines, recipients, sentLog: log, days });
            for (const r of out) {
              expect(r.day).toBe(dueReminderDay(DEADLINE, now, days));
              const earlier = log.filter((l) => l.recipientId === r.recipientId).map((l) => l.day);
              expect(earlier.every((d) => d > r.day)).toBe(true);
            }
            log.push(...out);
          }
          // After the last run before the deadline, everyone has the reminder due at that run.
          const last = runs.filter((t) => t < DEADLINE).at(-1);
          const dueAtLast = last === undefined ? null : dueReminderDay(DEADLINE, last, days);
          if (dueAtLast !== null) {
            for (const person of ["ani", "budi"]) {
              expect(Math.min(...log.filter((l) => l.recipientId === person).map((l) => l.day))).toBe(dueAtLast);
            }
          }
        },
      ),
    );
  });
});

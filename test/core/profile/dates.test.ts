import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PERIOD_2026 } from "../../../src/core/period/index.js";
import { checkDates, daysInMonth, formatIndonesianDate, isIsoDate, parseIndonesianDate } from "../../../src/core/profile/dates.js";

const ok = (date: string) => ({ ok: true, date });

describe("parseIndonesianDate", () => {
  it.each([
    ["17-08-2024", "2024-08-17"],
    ["17/08/2024", "2024-08-17"],
    ["17.08.2024", "2024-08-17"],
    ["2024-08-17", "2024-08-17"],
    ["2024/8/17", "2024-08-17"],
    ["1-2-2024", "2024-02-01"],
    ["17 Agustus 2024", "2024-08-17"],
    ["17 agustus 2024", "2024-08-17"],
    ["17 AGUSTUS 2024", "2024-08-17"],
    ["  17   Agustus    2024  ", "2024-08-17"],
    [" 17 - 08 - 2024 ", "2024-08-17"],
    ["17 Agu 2024", "2024-08-17"],
    ["17 Agt 2024", "2024-08-17"],
    ["17 Agt. 2024", "2024-08-17"],
    ["17-Agu-2024", "2024-08-17"],
    ["25 Des 2025", "2025-12-25"],
    ["1 Okt 2024", "2024-10-01"],
    ["5 Mei 2025", "2025-05-05"],
    ["10 Pebruari 2024", "2024-02-10"],
    ["10 Nopember 2024", "2024-11-10"],
    ["29 Februari 2024", "2024-02-29"],
    ["１７-０８-２０２４", "2024-08-17"],
  ])("accepts %j", (text, iso) => {
    expect(parseIndonesianDate(text)).toEqual(ok(iso));
  });

  it.each([["31-02-2024"], ["29-02-2023"], ["31 April 2024"], ["00-08-2024"], ["17-13-2024"], ["08-17-2024"], ["17-08-1999"], ["17-08-2101"], ["29 Feb 2100"]])(
    "refuses the impossible or out-of-range date %j",
    (text) => {
      expect(parseIndonesianDate(text)).toEqual({ ok: false, reason: "invalid-date" });
    },
  );

  it.each([[""], ["   "], ["besok"], ["17-08-24"], ["17-08/2024"], ["17 Agustusan 2024"], ["17 August"], ["2024-08"], ["17082024"], ["17-08-2024 10:00"]])(
    "refuses the unreadable %j as format",
    (text) => {
      expect(parseIndonesianDate(text)).toEqual({ ok: false, reason: "format" });
    },
  );

  it("keeps the years 2000 and 2100 themselves", () => {
    expect(parseIndonesianDate("1-1-2000")).toEqual(ok("2000-01-01"));
    expect(parseIndonesianDate("31-12-2100")).toEqual(ok("2100-12-31"));
  });
});

describe("formatIndonesianDate", () => {
  it("writes day without leading zero and the month name", () => {
    expect(formatIndonesianDate("2024-08-17")).toBe("17 Agustus 2024");
    expect(formatIndonesianDate("2025-01-05")).toBe("5 Januari 2025");
    expect(formatIndonesianDate("2025-12-31")).toBe("31 Desember 2025");
  });

  it("throws on anything that is not a valid ISO date", () => {
    expect(() => formatIndonesianDate("2024-02-30")).toThrow(RangeError);
    expect(() => formatIndonesianDate("17-08-2024")).toThrow(RangeError);
  });
});

const validDate = fc
  .record({ y: fc.integer({ min: 2000, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .filter(({ y, m, d }) => d <= daysInMonth(y, m))
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

describe("date properties", () => {
  it("parse ∘ format is the identity on valid dates", () => {
    fc.assert(
      fc.property(validDate, (iso) => {
        expect(parseIndonesianDate(formatIndonesianDate(iso))).toEqual(ok(iso));
      }),
    );
  });

  it("the three numeric spellings of a date parse to the same ISO date", () => {
    fc.assert(
      fc.property(validDate, (iso) => {
        const [y, m, d] = iso.split("-");
        expect(parseIndonesianDate(`${d}-${m}-${y}`)).toEqual(ok(iso));
        expect(parseIndonesianDate(`${d}/${m}/${y}`)).toEqual(ok(iso));
        expect(parseIndonesianDate(iso)).toEqual(ok(iso));
      }),
    );
  });

  it("whatever is typed, a success is a valid ISO date", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const r = parseIndonesianDate(text);
        if (r.ok) expect(isIsoDate(r.date)).toBe(true);
      }),
    );
  });
});

describe("checkDates", () => {
  const window = PERIOD_2026.penerapanWindow; // 2024-01-01 .. 2025-12-31

  it("is quiet for dates in order inside the window, the same day included", () => {
    expect(checkDates("2024-03-01", "2024-06-01", window)).toEqual([]);
    expect(checkDates("2024-06-01", "2024-06-01", window)).toEqual([]);
    expect(checkDates("2023-06-01", "2024-01-01", window)).toEqual([]);
    expect(checkDates(undefined, "2025-12-31", window)).toEqual([]);
  });

  it("is an error when penerapan comes before uji coba", () => {
    expect(checkDates("2024-06-02", "2024-06-01", window)).toEqual([{ code: "penerapan-before-ujicoba", severity: "error" }]);
  });

  it("warns, without blocking, when penerapan is outside the window", () => {
    const warning = { code: "outside-window", severity: "warning", from: "2024-01-01", to: "2025-12-31" };
    expect(checkDates("2023-01-01", "2023-12-31", window)).toEqual([warning]);
    expect(checkDates("2025-01-01", "2026-01-01", window)).toEqual([warning]);
  });

  it("reports both when both rules fail", () => {
    expect(checkDates("2026-05-01", "2026-02-01", window).map((i) => i.code)).toEqual(["penerapan-before-ujicoba", "outside-window"]);
  });

  it("checks nothing until penerapan is known", () => {
    expect(checkDates("2020-01-01", undefined, window)).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { formatId } from "../../src/core/format/number.js";

describe("formatId", () => {
  it("uses a decimal comma and 2 decimals by default", () => {
    expect(formatId(62.4)).toBe("62,40");
    expect(formatId(51.04)).toBe("51,04");
    expect(formatId(0)).toBe("0,00");
    expect(formatId(100)).toBe("100,00");
  });

  it("groups thousands with a dot", () => {
    expect(formatId(1234.5)).toBe("1.234,50");
    expect(formatId(1234567.891)).toBe("1.234.567,89");
    expect(formatId(999.999)).toBe("1.000,00");
  });

  it("rounds half-up despite binary float noise", () => {
    expect(formatId(1.005)).toBe("1,01");
    expect(formatId(59.995)).toBe("60,00");
    expect(formatId(38.549333)).toBe("38,55");
  });

  it("honours the number of decimals", () => {
    expect(formatId(1234.5, 0)).toBe("1.235");
    expect(formatId(0.38, 1)).toBe("0,4");
    expect(formatId(7.6, 3)).toBe("7,600");
  });

  it("handles negatives without a negative zero", () => {
    expect(formatId(-1234.5)).toBe("-1.234,50");
    expect(formatId(-0.001)).toBe("0,00");
  });
});

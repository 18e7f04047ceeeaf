import { describe, expect, it } from "vitest";
import { buttonLabel, idFrom, pagedKeyboard } from "../../src/bot/ui/paged-keyboard.js";

describe("buttonLabel", () => {
  it("keeps short labels and cuts long ones with an ellipsis", () => {
    expect(buttonLabel("Dinas Sosial")).toBe("Dinas Sosial");
    expect(buttonLabel("x".repeat(60), 10)).toBe(`${"x".repeat(9)}…`);
  });

  it("never splits an emoji", () => {
    const cut = buttonLabel("😀".repeat(60), 10);
    expect(Array.from(cut)).toHaveLength(10);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe("pagedKeyboard", () => {
  it("wraps around at both ends and clamps a forged page", () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const opts = { items, button: (n: number) => ({ label: String(n), data: `x:${n}` }), pageData: (p: number) => `p:${p}`, perPage: 8 };
    const last = pagedKeyboard({ ...opts, page: 99 });
    expect(last.page.page).toBe(3);
    const nav = last.keyboard.inline_keyboard.at(-2)!;
    expect(nav.map((b) => ("callback_data" in b ? b.callback_data : ""))).toEqual(["p:2", "p:3", "p:1"]);
  });

  it("parses only plain ids", () => {
    expect(idFrom("42")).toBe(42);
    expect(idFrom("-1")).toBeNull();
    expect(idFrom("1e3")).toBeNull();
    expect(idFrom(undefined)).toBeNull();
  });
});

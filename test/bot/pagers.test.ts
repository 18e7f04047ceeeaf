import { afterEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import { seedPerson } from "../helpers/seed-people.js";

let h: Harness;
afterEach(() => h?.close());

describe("pressing the page counter of any pager", () => {
  it.each([
    ["/opd", undefined],
    ["/pengguna", undefined],
    ["/undang", "Operator OPD"],
  ])("%s: the current page's own button changes nothing and shows no error", async (command, first) => {
    h = new Harness({ env: { ADMIN_IDS: "7001" } });
    for (let i = 0; i < 12; i++) seedPerson(h, 8000 + i, "operator", "Dinas Sosial");
    const admin = h.user(7001);
    await admin.send("/start");
    await admin.send(command);
    if (first) await admin.press(first);
    const counter = admin.buttons().find((b) => /^\d+\/\d+$/.test(b));
    expect(counter).toBeDefined();
    const calls = await admin.press(counter!);
    expect(calls.some((c) => String(c.payload.text ?? "").includes("Maaf, terjadi kesalahan"))).toBe(false);
    expect(h.logLines.filter((l) => l.includes('"msg":"handler failed"'))).toEqual([]);
  });
});

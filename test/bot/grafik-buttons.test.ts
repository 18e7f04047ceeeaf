import { afterEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import { seedPerson } from "../helpers/seed-people.js";
import { seedInnovation } from "./score-fixtures.js";

let h: Harness;
afterEach(() => h?.close());

describe("the Grafik button under /skor and /rekap", () => {
  it.each([
    ["/skor", "pimpinan"],
    ["/rekap", "admin"],
    ["/skor", "operator"],
    ["/rekap", "operator"],
  ] as const)("%s as %s offers Grafik, and pressing it sends a PNG photo", async (command, role) => {
    h = new Harness();
    const admin = seedPerson(h, 1, "admin");
    seedInnovation(h, {
      opd: "Dinas Kesehatan",
      year: 2026,
      nama: "Layanan Sehat Keliling",
      createdBy: admin.id,
      status: "diajukan",
      claimed: { "16": 2, "17": 1 },
    });
    const user = h.user(70, {});
    seedPerson(h, 70, role, role === "operator" ? "Dinas Kesehatan" : undefined);
    await user.send(command);
    const label = user.buttons().find((b) => /grafik/i.test(b));
    expect(label).toBeDefined();
    const calls = await user.press(label!);
    const photo = calls.find((c) => c.method === "sendPhoto");
    expect(photo?.payload.photo.bytes.subarray(1, 4).toString()).toBe("PNG");
  });

  it("/skor in a group carries no Grafik button, since buttons only work in a private chat", async () => {
    h = new Harness();
    seedPerson(h, 70, "pimpinan");
    const lead = h.user(70, { chatId: -100123 });
    const calls = await lead.send("/skor");
    const reply = calls.find((c) => c.method === "sendMessage");
    expect(String(reply?.payload.text)).toContain("Skor IID");
    expect(reply?.payload.reply_markup).toBeUndefined();
  });
});

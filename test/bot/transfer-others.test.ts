import { afterEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import { seedPerson } from "../helpers/seed-people.js";
import { seedInnovations } from "../import/fixtures.js";

// A large /ekspor or /impor must not hold up other people: their replies come while the
// export or import is still under way. Asserted by order of events, never by time.

let h: Harness;
afterEach(() => h?.close());

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function setup(count: number) {
  h = new Harness();
  const admin = seedPerson(h, 7001, "admin");
  seedPerson(h, 7002, "pimpinan");
  seedInnovations(h.db, admin.id, count);
  return { admin: h.user(7001), other: h.user(7002) };
}

/** Lets the event loop turn until `probe` holds (the bot's work goes on meanwhile). */
async function until(probe: () => boolean) {
  for (let i = 0; i < 100_000 && !probe(); i++) await new Promise((r) => setImmediate(r));
  expect(probe()).toBe(true);
}

const documents = () => h.fake.callsOf("sendDocument").length;

describe("while an admin exports or imports many innovations", () => {
  it("another person's /start is answered again and again before the export's file is sent", async () => {
    const { admin, other } = setup(400);
    const exporting = admin.send("/ekspor");
    await until(() => h.fake.callsOf("sendMessage").some((c) => c.payload.chat_id === 7001));
    let answeredDuringExport = 0;
    while (documents() === 0 && answeredDuringExport < 5) {
      const calls = await other.send("/start");
      expect(calls.some((c) => c.method === "sendMessage" && c.payload.chat_id === 7002)).toBe(true);
      if (documents() === 0) answeredDuringExport += 1;
    }
    await exporting;
    // The workbook is written a few rows at a time: other updates run between the batches.
    expect(answeredDuringExport).toBe(5);
    expect(h.fake.callsOf("sendDocument")[0]!.payload.document.file_name).toMatch(/\.xlsx$/);
  });

  it("another person's /start is answered before the import's report, and the import still applies all rows", async () => {
    const { admin, other } = setup(300);
    await admin.send("/ekspor");
    const xlsx = h.fake.callsOf("sendDocument")[0]!.payload.document.bytes as Buffer;
    h.database.sqlite.prepare("delete from innovations").run();
    await admin.send("/impor");
    const asked = h.fake.calls.length;
    const ids = h.fake.addFile(xlsx, "inovasi.xlsx");
    const importing = admin.sendRaw({ document: { ...ids, file_name: "inovasi.xlsx", mime_type: XLSX_MIME } });
    // The file has been downloaded: reading and applying it is what comes next.
    await until(() => h.fake.calls.slice(asked).some((c) => c.method === "getFile"));
    const reportSent = () => h.fake.calls.slice(asked).some((c) => c.method === "sendMessage" && c.payload.chat_id === 7001);
    await other.send("/start");
    expect(reportSent()).toBe(false);
    await importing;
    expect(reportSent()).toBe(true);
    expect(h.database.sqlite.prepare("select count(*) as n from innovations").get()).toEqual({ n: 300 });
  });
});

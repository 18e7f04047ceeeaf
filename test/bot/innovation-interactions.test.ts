import { rmSync } from "node:fs";
import { afterEach, beforeEach, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import { seedPerson } from "../helpers/seed-people.js";
import { innovationHarness, innovationRows, PDF, rows, words } from "../helpers/innovation.js";
import { PERIOD_2026 } from "../../src/core/period/index.js";

// Issue 13: a complete innovation (every profile field, 20 indicators each with one piece of
// evidence, submission) on the clean path takes at most 60 interactions: messages, button
// presses and uploads, each counted as the operator's phone would.

const MAX_INTERACTIONS = 60;

let h: Harness;
let evidenceDir: string;
let op: TestUser;

beforeEach(() => {
  ({ h, evidenceDir } = innovationHarness());
  seedPerson(h, 8001, "operator", "Dinas Kesehatan");
  op = h.user(8001);
});
afterEach(() => {
  h.close();
  rmSync(evidenceDir, { recursive: true, force: true });
});

type Part = "profile" | "indicators" | "submit";

/** The operator, with every message, press and upload counted under the part it belongs to. */
function counted(user: TestUser) {
  const counts: Record<Part, number> = { profile: 0, indicators: 0, submit: 0 };
  let part: Part = "profile";
  const tick = () => void (counts[part] += 1);
  return {
    counts,
    part: (p: Part) => void (part = p),
    send: async (text: string) => (tick(), user.send(text)),
    press: async (label: string | RegExp) => (tick(), user.press(label)),
    upload: async (name: string) => (tick(), user.sendDocument(PDF, name, "application/pdf")),
    photo: async () => (tick(), user.sendDocument(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]), "foto.jpg", "image/jpeg")),
    /** Presses a button only when the bot's newest message offers it (the walk may need it or not). */
    pressIfOffered: async (label: RegExp) => {
      const last = user
        .callsToMe()
        .filter((c) => c.method === "sendMessage")
        .at(-1);
      const offered = (last?.payload.reply_markup?.inline_keyboard ?? []).flat().some((b: { text: string }) => label.test(b.text));
      if (offered) await (tick(), user.press(label));
    },
  };
}

it(`a complete innovation takes at most ${MAX_INTERACTIONS} interactions on the clean path`, async () => {
  const u = counted(op);
  await u.send("/inovasi_baru");
  await u.send("Si Cantik Sehat");
  await u.press("Uji coba");
  await u.press("ASN");
  await u.send("dr. Rina Marlina");
  await u.press("Digital");
  await u.press("Inovasi pelayanan publik");
  await u.press(/^SDM, sains/);
  await u.press("Kesehatan");
  await u.press("Sosial");
  await u.press(/^Selesai/);
  await u.send("17 Agustus 2024");
  await u.send("02/01/2025");
  await u.send(words(310));
  await u.pressIfOffered(/^Selesai/);
  await u.send("Menurunkan angka stunting di Kota Serang lewat pemantauan gizi daring.");
  await u.send("Ibu dan balita terpantau setiap bulan tanpa antre di puskesmas.");
  await u.send("Cakupan pemantauan gizi naik dari 60% menjadi 92% dalam satu tahun.");

  u.part("indicators");
  for (const ind of PERIOD_2026.sid) {
    expect(op.lastText()).toContain(`${ind.code}. ${ind.name}`);
    // 33 (2026) asks its basis first, with one tap.
    if (ind.bases) await u.press(ind.bases[0]!.name);
    await u.press(/^1 · /);
    if (ind.evidence.includes("pdf")) await u.upload(`bukti-${ind.code}.pdf`);
    else if (ind.evidence.includes("image")) await u.photo();
    else await u.send(`https://youtu.be/bukti-${ind.code}`);
    await u.pressIfOffered(/^Lanjut/);
  }

  u.part("submit");
  await u.press("Ajukan ke Bappeda");

  expect(innovationRows(h)[0].status).toBe("diajukan");
  const codes = rows(h, "select distinct indicator_code from evidence").map((r) => r.indicator_code);
  expect(codes).toHaveLength(20);
  const total = u.counts.profile + u.counts.indicators + u.counts.submit;
  console.log(`interactions: profile ${u.counts.profile}, indicators ${u.counts.indicators}, submit ${u.counts.submit}, total ${total}`);
  expect(total).toBeLessThanOrEqual(MAX_INTERACTIONS);
});

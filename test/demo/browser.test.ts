import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "../helpers/bot-process.js";
import { samplePdf } from "../../src/demo/sample-files.js";

/**
 * `npm run demo` in Debian's Chromium, driven by playwright-core (its own browser download does
 * not work here): an admin invites an operator, a new persona registers through the link,
 * starts an innovation and uploads a PDF by drag and drop, and the pimpinan sees the 📊 Grafik.
 * Screenshots go to test-artifacts/demo/ (DEMO_SCREENSHOT=path also saves the README's picture).
 */
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = join(ROOT, "test-artifacts", "demo");
const present = existsSync(CHROMIUM);
if (!present && !process.env.CI) console.warn(`browser test skipped: ${CHROMIUM} is missing (apt-get install -y chromium); in CI it runs`);

describe.skipIf(!present && !process.env.CI)("npm run demo in a browser", () => {
  let demo: ChildProcess;
  let browser: Browser;
  let page: Page;
  let url = "";
  const dir = mkdtempSync(join(tmpdir(), "inovasi-demo-test-"));

  beforeAll(async () => {
    if (!present) throw new Error(`${CHROMIUM} is missing: .ci/run installs the chromium package with apt-get`);
    mkdirSync(ARTIFACTS, { recursive: true });
    demo = spawn(process.execPath, ["--import", "tsx", "src/demo/main.ts"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DEMO_DIR: dir, DEMO_PORT: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    demo.stdout!.on("data", (d) => (out += String(d)));
    demo.stderr!.on("data", (d) => (out += String(d)));
    url = await waitFor(() => /http:\/\/127\.0\.0\.1:\d+\//.exec(out)?.[0], 15_000, "the demo's URL");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    page = await browser.newPage({ viewport: { width: 1000, height: 860 } });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    if (demo && demo.exitCode === null) {
      const exited = new Promise((resolve) => demo.once("exit", resolve));
      demo.kill("SIGTERM");
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }, 20_000);

  /** A fingerprint of the bot's side of the chat: it changes with each new or edited message. */
  const botSide = () => page.evaluate(() => [...document.querySelectorAll(".msg.in, .inline-keyboard.in")].map((m) => m.textContent).join("|"));

  /** Does `act`, then waits until the bot has answered (a new or edited message). */
  async function andAnswer(act: () => Promise<unknown>, expectText?: string | RegExp) {
    const before = await botSide();
    await act();
    await page
      .waitForFunction((prev) => [...document.querySelectorAll(".msg.in, .inline-keyboard.in")].map((m) => m.textContent).join("|") !== prev, before, {
        timeout: 15_000,
      })
      .catch(async (err: unknown) => {
        await shot("gagal");
        throw err;
      });
    if (expectText) await expect.poll(() => lastBotText(), { timeout: 15_000 }).toMatch(expectText);
  }

  const lastBotText = async () => (await page.locator(".msg.in").last().textContent()) ?? "";

  const say = (text: string, expectText?: string | RegExp) =>
    andAnswer(async () => {
      await page.fill("#text", text);
      await page.press("#text", "Enter");
    }, expectText);

  const press = (label: string | RegExp, expectText?: string | RegExp) =>
    andAnswer(() => page.locator(".inline-keyboard button", { hasText: label }).last().click(), expectText);

  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });

  it("invites, registers through the link, uploads evidence by drag and drop, and shows the pimpinan's chart", async () => {
    await page.goto(url);
    await page.waitForSelector("body[data-ready='1']");
    await expect.poll(() => page.locator(".persona").count()).toBe(4);

    // 2. The admin (first tab) invites an operator of Dinas Kesehatan, through the "/" menu.
    await page.locator(".persona", { hasText: "Rina Bappeda" }).click();
    await andAnswer(() => page.click("#start-button"), /Admin Bappeda/);
    // The bot sets the admin's own menu after that first message.
    await expect
      .poll(async () => {
        if (await page.locator("#menu").isVisible()) await page.click("#menu-button");
        await page.click("#menu-button");
        return page.locator(".menu .cmd-item", { hasText: "/undang" }).count();
      })
      .toBe(1);
    await andAnswer(() => page.locator(".menu .cmd-item", { hasText: "/undang" }).click());
    await press("Operator OPD");
    while ((await page.locator(".inline-keyboard button", { hasText: /^Dinas Kesehatan$/ }).count()) === 0) await press("›");
    await press(/^Dinas Kesehatan$/, /Tautan: https:\/\/t\.me\//);
    await shot("1-undangan");

    // 3. The link opens as a new persona, who registers.
    await page.locator(".msg.in a[href*='?start=']").last().click();
    await page.fill("#link-new-name", "Dewi Operator");
    await andAnswer(() => page.click("#link-new"), /nama lengkap/i);
    await say("Dewi Lestari", /jabatan/i);
    await say("Pengelola Data", /telepon/i);
    await andAnswer(() => page.locator(".reply-btn", { hasText: "Lewati" }).click());
    await press("Ya, daftarkan", /Operator OPD/);
    await expect.poll(() => page.locator(".persona", { hasText: "Dewi Lestari" }).textContent()).toContain("Operator OPD · Dinas Kesehatan");
    await shot("2-pendaftaran");

    // 4. /inovasi_baru: answers, buttons, then a PDF dropped on the chat at the first indicator.
    await say("/inovasi_baru", "Apa nama inovasinya?");
    await say("Klinik Gizi Keliling");
    await press("Uji coba");
    await press("ASN");
    await say("dr. Rina Marlina");
    await press("Digital");
    await press("Inovasi pelayanan publik");
    await press(/^SDM, sains/);
    await press("Kesehatan");
    await press("Sosial");
    await press(/^Selesai/);
    await say("17 Agustus 2024");
    await say("02/01/2025");
    await say(Array.from({ length: 310 }, (_, i) => `kata${i + 1}`).join(" "));
    await press(/^Selesai/);
    await say("Menurunkan angka stunting di Kota Serang lewat pemantauan gizi daring.");
    await say("Ibu dan balita terpantau setiap bulan tanpa antre di puskesmas.");
    await say("Cakupan pemantauan gizi naik dari 60% menjadi 92% dalam satu tahun.", /Indikator 1 dari/);
    await press(/^1 · /, /Kirim data dukung/);
    const pdf = [...samplePdf("SK Klinik Gizi Keliling")];
    await andAnswer(
      () =>
        page.evaluate((bytes) => {
          const data = new DataTransfer();
          data.items.add(new File([new Uint8Array(bytes)], "sk-penetapan.pdf", { type: "application/pdf" }));
          const phone = document.getElementById("phone")!;
          phone.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true }));
          phone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true }));
        }, pdf),
      /Data dukung \d+ diterima: .*\.pdf/,
    );
    await expect.poll(() => page.locator(".msg.out .doc .name", { hasText: "sk-penetapan.pdf" }).count()).toBe(1);
    await shot("3-bukti-pdf");

    // 5. The pimpinan asks /skor and opens the chart.
    await page.locator(".persona", { hasText: "H. Ahmad Walikota" }).click();
    await say("/skor", /Skor/);
    await press("📊 Grafik");
    const photo = page.locator(".msg.in img.photo").last();
    await photo.waitFor({ timeout: 15_000 });
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await photo.scrollIntoViewIfNeeded();
    await page.locator("#toast").waitFor({ state: "hidden" });
    await shot("4-grafik");
    if (process.env.DEMO_SCREENSHOT) await page.screenshot({ path: process.env.DEMO_SCREENSHOT });
  }, 150_000);
});

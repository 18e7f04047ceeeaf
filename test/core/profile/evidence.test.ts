import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PERIOD_2026, SHIPPED_PERIODS } from "../../../src/core/period/index.js";
import { checkEvidenceFile, checkEvidenceFileKinds, checkEvidenceUrl, fileKindOf, MAX_EVIDENCE_BYTES } from "../../../src/core/profile/evidence.js";

const MB = 1024 * 1024;
const check = (code: string, fileName: string | undefined, mimeType: string | undefined, size = MB) =>
  checkEvidenceFile(PERIOD_2026, code, { fileName, mimeType, size });
const refused = (code: string) => ({
  ok: false,
  code: "type-not-allowed",
  allowed: PERIOD_2026.sid.find((i) => i.code === code)?.evidence,
});

describe("checkEvidenceFile", () => {
  it("accepts PDF, JPG and PNG where the catalog lists them", () => {
    expect(check("19", "sk.pdf", "application/pdf")).toEqual({ ok: true, kind: "pdf" });
    expect(check("25", "foto.jpg", "image/jpeg")).toEqual({ ok: true, kind: "image" });
    expect(check("25", "FOTO.JPEG", "image/jpeg")).toEqual({ ok: true, kind: "image" });
    expect(check("25", "layar.png", "image/png")).toEqual({ ok: true, kind: "image" });
    expect(check("16", "Perkada 12 2024.pdf", "application/pdf")).toEqual({ ok: true, kind: "pdf" });
  });

  it("accepts a Telegram photo (no file name) by its mime type", () => {
    expect(check("19", undefined, "image/jpeg")).toEqual({ ok: true, kind: "image" });
  });

  it("falls back to the extension when the mime type is missing or generic", () => {
    expect(check("16", "sk.pdf", undefined)).toEqual({ ok: true, kind: "pdf" });
    expect(check("16", "sk.pdf", "application/octet-stream")).toEqual({ ok: true, kind: "pdf" });
    expect(check("16", "sk.pdf", "Application/PDF; charset=binary")).toEqual({ ok: true, kind: "pdf" });
  });

  it("refuses a file that is neither named nor typed", () => {
    expect(check("16", undefined, undefined)).toEqual(refused("16"));
    expect(check("16", "dokumen", undefined)).toEqual(refused("16"));
  });

  it("refuses an .exe even when it claims to be a PDF", () => {
    expect(check("16", "setup.exe", "application/pdf")).toEqual(refused("16"));
    expect(check("16", "sk.pdf.exe", "application/pdf")).toEqual(refused("16"));
    expect(check("16", "setup.exe", undefined)).toEqual(refused("16"));
    expect(check("16", "sk.pdf", "application/x-msdownload")).toEqual(refused("16"));
  });

  it("refuses a name and mime type that disagree", () => {
    expect(check("25", "foto.jpg", "application/pdf")).toEqual(refused("25"));
  });

  it("refuses names that only look like keys of an object", () => {
    expect(check("16", "x.constructor", undefined)).toEqual(refused("16"));
    expect(check("16", "x.__proto__", "application/pdf")).toEqual(refused("16"));
    expect(fileKindOf({ fileName: "x.constructor" })).toBeUndefined();
    expect(fileKindOf({ fileName: "x.pdf", mimeType: "toString" })).toBeUndefined();
  });

  it("accepts MP4 and MOV only for the video indicator 35", () => {
    expect(check("35", "video.mp4", "video/mp4")).toEqual({ ok: true, kind: "video" });
    expect(check("35", "IMG_0042.MOV", "video/quicktime")).toEqual({ ok: true, kind: "video" });
    expect(check("35", "IMG_0042.mov", undefined)).toEqual({ ok: true, kind: "video" });
    for (const code of PERIOD_2026.sid.map((i) => i.code).filter((c) => c !== "35")) {
      expect(check(code, "video.mp4", "video/mp4")).toEqual(refused(code));
    }
  });

  it("follows the catalog's kinds: 16 takes a PDF only, 25 a photo only, 35 no PDF", () => {
    expect(check("16", "foto.jpg", "image/jpeg")).toEqual(refused("16"));
    expect(check("16", "scan.png", "image/png")).toEqual(refused("16"));
    expect(check("25", "sk.pdf", "application/pdf")).toEqual(refused("25"));
    expect(check("35", "naskah.pdf", "application/pdf")).toEqual(refused("35"));
  });

  it("refuses a video Telegram reports as longer than the period's limit (5 minutes)", () => {
    const video = (durationSeconds: number | undefined) =>
      checkEvidenceFile(PERIOD_2026, "35", { fileName: "v.mp4", mimeType: "video/mp4", size: MB, durationSeconds });
    expect(video(300)).toEqual({ ok: true, kind: "video" });
    expect(video(301)).toEqual({ ok: false, code: "too-long", maxSeconds: 300 });
    expect(video(undefined)).toEqual({ ok: true, kind: "video" });
    const shorter = { ...PERIOD_2026, portal: { maxFileBytes: 2_000_000, videoMaxSeconds: 120, assumed: true } };
    expect(checkEvidenceFile(shorter, "35", { fileName: "v.mp4", mimeType: "video/mp4", size: MB, durationSeconds: 121 })).toMatchObject({
      code: "too-long",
      maxSeconds: 120,
    });
  });

  it("refuses files above 20 MB, such as 25 MB", () => {
    expect(check("35", "video.mp4", "video/mp4", 25 * MB)).toEqual({
      ok: false,
      code: "too-large",
      max: 20 * MB,
    });
    expect(check("16", "sk.pdf", "application/pdf", MAX_EVIDENCE_BYTES)).toMatchObject({ ok: true });
    expect(check("16", "sk.pdf", "application/pdf", MAX_EVIDENCE_BYTES + 1)).toMatchObject({ code: "too-large" });
    expect(check("16", "sk.pdf", "application/pdf", Number.NaN)).toMatchObject({ code: "too-large" });
  });

  it("reports a type problem before a size problem", () => {
    expect(check("16", "setup.exe", "application/pdf", 25 * MB)).toMatchObject({ code: "type-not-allowed" });
  });

  it("in every shipped period: the 2023 guideline's kinds per indicator", () => {
    const files = {
      pdf: ["sk.pdf", "application/pdf"],
      jpg: ["foto.jpg", "image/jpeg"],
      png: ["layar.png", "image/png"],
      mp4: ["video.mp4", "video/mp4"],
      mov: ["video.mov", "video/quicktime"],
    } as const;
    const pdfOnly = ["16", "17", "18", "20", "21", "22", "23", "24", "28", "31", "32"];
    const imageOnly = ["25", "30"];
    const expected = (code: string) => {
      if (code === "35") return { accepted: ["mp4", "mov"], link: true };
      if (pdfOnly.includes(code)) return { accepted: ["pdf"], link: false };
      if (imageOnly.includes(code)) return { accepted: ["jpg", "png"], link: false };
      return { accepted: ["pdf", "jpg", "png"], link: true };
    };
    for (const period of SHIPPED_PERIODS) {
      expect(period.sid).toHaveLength(20);
      for (const ind of period.sid) {
        const accepted = Object.entries(files)
          .filter(([, [name, mime]]) => checkEvidenceFile(period, ind.code, { fileName: name, mimeType: mime, size: MB }).ok)
          .map(([ext]) => ext);
        expect({ year: period.year, code: ind.code, accepted, link: ind.evidence.includes("link") }).toEqual({
          year: period.year,
          code: ind.code,
          ...expected(ind.code),
        });
      }
    }
  });

  it("does not know indicators outside the period's SID catalog", () => {
    expect(check("99", "sk.pdf", "application/pdf")).toEqual({ ok: false, code: "unknown-indicator" });
  });
});

describe("checkEvidenceUrl", () => {
  it.each([
    "https://youtu.be/abc123",
    "http://serangkota.go.id/inovasi?id=12#video",
    "  https://drive.google.com/file/d/xyz/view  ",
    "HTTPS://Example.COM/path",
  ])("accepts %j", (text) => {
    expect(checkEvidenceUrl(text)).toEqual({ ok: true, url: text.trim() });
  });

  it.each([
    "",
    "youtube.com/watch?v=1",
    "ftp://example.com/file.pdf",
    "javascript:alert(1)",
    "https://localhost/video",
    "https//example.com",
    "https://example.com/a b",
    "https://user:pass@example.com/",
    "https://.example.com/",
    "https://example./",
    `https://example.com/${"a".repeat(2000)}`,
  ])("refuses %j", (text) => {
    expect(checkEvidenceUrl(text)).toEqual({ ok: false, code: "bad-url" });
  });

  it("never accepts a non-http(s) url, whatever the text", () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ["ftp", "file", "data"] }), (url) => {
        expect(checkEvidenceUrl(url).ok).toBe(false);
      }),
    );
  });

  it("keeps what fits: a 2000-character link passes, 2001 does not", () => {
    const base = "https://example.com/";
    expect(checkEvidenceUrl(base + "a".repeat(2000 - base.length)).ok).toBe(true);
    expect(checkEvidenceUrl(base + "a".repeat(2001 - base.length)).ok).toBe(false);
  });
});

describe("checkEvidenceFileKinds", () => {
  it("judges a file by the kinds any indicator (SID or SPD) accepts", () => {
    expect(checkEvidenceFileKinds(["pdf", "link"], { fileName: "perda.pdf", mimeType: "application/pdf", size: MB }, 300)).toEqual({ ok: true, kind: "pdf" });
    expect(checkEvidenceFileKinds(["pdf", "link"], { fileName: "foto.jpg", mimeType: "image/jpeg", size: MB }, 300)).toEqual({
      ok: false,
      code: "type-not-allowed",
      allowed: ["pdf", "link"],
    });
    expect(checkEvidenceFileKinds(["video"], { fileName: "v.mp4", mimeType: "video/mp4", size: 25 * MB }, 300)).toEqual({
      ok: false,
      code: "too-large",
      max: MAX_EVIDENCE_BYTES,
    });
  });
});

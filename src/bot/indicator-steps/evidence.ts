import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { BotContext } from "../context.js";
import type { EvidenceKind } from "../../core/period/index.js";
import { checkEvidenceFileKinds, checkEvidenceUrl, contentIsKind, MAX_EVIDENCE_BYTES, type EvidenceFileMeta } from "../../core/profile/evidence.js";
import { addEvidence, setEvidenceLocalPath } from "../../db/repo/innovations.js";
import { getPeriod } from "../../db/repo/periods.js";
import { portalRules } from "../../core/period/index.js";
import { sendPortalNotice } from "./portal-size.js";
import { readDocDetails } from "../../core/profile/doc-details.js";
import type { Evidence } from "../../db/schema.js";
import { downloadTelegramFile, FileTooLargeError } from "../files.js";
import { evidenceKindsText, type StepIndicator } from "./question.js";

/** Where a piece of evidence belongs: one innovation's SID indicator, or the Pemda's SPD indicator. */
export type EvidenceTarget =
  | { readonly scope: "sid"; readonly periodYear: number; readonly innovationId: number; readonly indicator: StepIndicator }
  | { readonly scope: "spd"; readonly periodYear: number; readonly indicator: StepIndicator };

export type EvidenceOutcome =
  | { readonly ok: true; readonly evidence: Evidence; readonly downloaded: boolean }
  /** `hint` is the text to send back, followed by the same question; nothing was stored. */
  | { readonly ok: false; readonly hint: string };

interface IncomingFile extends EvidenceFileMeta {
  readonly fileId: string;
  readonly fileUniqueId: string;
}

/** The file in the message, if any; a photo is taken at its largest size. */
function incomingFile(ctx: BotContext): IncomingFile | null {
  const m = ctx.message;
  if (!m) return null;
  if (m.document)
    return {
      fileId: m.document.file_id,
      fileUniqueId: m.document.file_unique_id,
      fileName: m.document.file_name,
      mimeType: m.document.mime_type,
      size: m.document.file_size,
    };
  if (m.video)
    return {
      fileId: m.video.file_id,
      fileUniqueId: m.video.file_unique_id,
      fileName: m.video.file_name ?? (m.video.mime_type === "video/quicktime" ? "video.mov" : "video.mp4"),
      mimeType: m.video.mime_type ?? "video/mp4",
      size: m.video.file_size,
      durationSeconds: m.video.duration,
    };
  const photo = m.photo?.at(-1);
  if (photo) return { fileId: photo.file_id, fileUniqueId: photo.file_unique_id, fileName: undefined, mimeType: "image/jpeg", size: photo.file_size };
  return null;
}

/**
 * The link in a text and the words around it. Telegram marks links as entities (offsets in
 * UTF-16, as JS strings count); a text without one is taken whole, as typed.
 */
function linkIn(ctx: BotContext, text: string): { url: string; note: string | null } {
  const e = (ctx.message?.entities ?? []).find((x) => x.type === "url" || x.type === "text_link");
  if (!e) return { url: text, note: null };
  // A text link hides its address behind words: all of the text is the note.
  if (e.type === "text_link") return { url: e.url, note: text.trim() || null };
  const note = `${text.slice(0, e.offset)} ${text.slice(e.offset + e.length)}`.replace(/\s+/g, " ").trim();
  return { url: text.slice(e.offset, e.offset + e.length), note: note || null };
}

/** An image is saved under the extension its bytes show: a PNG sent as .jpg is still a PNG. */
function extensionFor(kind: Exclude<EvidenceKind, "link">, sniffedMime: string | undefined): string {
  if (kind === "pdf") return "pdf";
  if (kind === "video") return sniffedMime === "video/quicktime" ? "mov" : "mp4";
  return sniffedMime === "image/png" ? "png" : "jpg";
}

/** Files are named by row id, not by the sender's file name, so no name can escape the folder. */
function relativePath(target: EvidenceTarget, evidenceId: number, ext: string): string {
  const owner = target.scope === "sid" ? `inovasi-${target.innovationId}` : "spd";
  return join(String(target.periodYear), owner, `${target.indicator.code}-${evidenceId}.${ext}`);
}

function sizeText(bytes: number): string {
  return String(Math.floor(bytes / (1024 * 1024)));
}

/**
 * Takes one message as evidence for an indicator: a document, photo or video of an accepted
 * kind and size, or an http(s) link. A file is downloaded and its first bytes checked against
 * the kind its name claims before anything is stored; a file that is too large or is not what
 * it says is refused and never written. If the download itself fails, the row is kept with
 * Telegram's ids (enough to fetch the file later) and no local path.
 */
export async function takeEvidence(ctx: BotContext, target: EvidenceTarget): Promise<EvidenceOutcome> {
  const { db, clock, config } = ctx.deps;
  const allowed = target.indicator.evidence;
  const kinds = evidenceKindsText(ctx, allowed);
  const base = {
    scope: target.scope,
    innovationId: target.scope === "sid" ? target.innovationId : null,
    periodYear: target.periodYear,
    indicatorCode: target.indicator.code,
    createdBy: ctx.person!.id,
    createdAt: clock(),
  };

  const text = ctx.message?.text;
  if (typeof text === "string") {
    if (!allowed.includes("link")) {
      // Say what was wrong: an empty message, a link where only files count, or plain words.
      if (text.trim() === "") return { ok: false, hint: ctx.t("ind-evidence-empty", { kinds }) };
      const hasLink = (ctx.message?.entities ?? []).some((e) => e.type === "url" || e.type === "text_link") || /https?:\/\//i.test(text);
      return { ok: false, hint: ctx.t(hasLink ? "ind-evidence-link-not-allowed" : "ind-evidence-not-file", { kinds }) };
    }
    const link = linkIn(ctx, text);
    const url = checkEvidenceUrl(link.url);
    if (!url.ok) return { ok: false, hint: ctx.t(text.trim() === "" ? "ind-evidence-empty" : "ind-evidence-bad-url", { kinds }) };
    const d = readDocDetails(link.note);
    return {
      ok: true,
      evidence: addEvidence(db, { ...base, kind: "link", url: url.url, note: link.note, docNomor: d.nomor, docTanggal: d.tanggal, docJudul: d.judul }),
      downloaded: false,
    };
  }

  const file = incomingFile(ctx);
  if (!file) return { ok: false, hint: ctx.t("ind-evidence-not-file", { kinds }) };
  const rules = portalRules(getPeriod(db, target.periodYear));
  const checked = checkEvidenceFileKinds(allowed, file, rules.videoMaxSeconds);
  const tooLarge = () => ({ ok: false as const, hint: ctx.t("ind-evidence-too-large", { max: sizeText(MAX_EVIDENCE_BYTES) }) });
  if (!checked.ok) {
    if (checked.code === "too-large") return tooLarge();
    if (checked.code === "too-long") return { ok: false, hint: ctx.t("ev-video-too-long", { minutes: String(Math.floor(rules.videoMaxSeconds / 60)), kinds }) };
    return { ok: false, hint: ctx.t("ind-evidence-type", { kinds }) };
  }

  let bytes: Buffer | null = null;
  try {
    bytes = await downloadTelegramFile(ctx, file.fileId, MAX_EVIDENCE_BYTES);
  } catch (err) {
    if (err instanceof FileTooLargeError) return tooLarge();
    ctx.log.warn({ err, file_unique_id: file.fileUniqueId }, "evidence kept by Telegram id; download failed");
  }
  // file-type is loaded on the first uploaded file, not at start.
  const sniffed = bytes ? (await (await import("file-type")).fileTypeFromBuffer(bytes))?.mime : undefined;
  if (bytes && !contentIsKind(checked.kind, sniffed)) return { ok: false, hint: ctx.t("ind-evidence-content", { kinds }) };

  // What the operator typed with the file: kept, and its nomor, tanggal and judul read (no extra tap).
  const caption = ctx.message?.caption?.trim() || null;
  const details = readDocDetails(caption);
  const row = addEvidence(db, {
    ...base,
    kind: checked.kind,
    telegramFileId: file.fileId,
    telegramFileUniqueId: file.fileUniqueId,
    fileName: file.fileName ?? null,
    mimeType: file.mimeType ?? null,
    // What was downloaded is what counts against the portal's limit; Telegram may not say.
    sizeBytes: bytes?.length ?? file.size ?? null,
    note: caption,
    docNomor: details.nomor,
    docTanggal: details.tanggal,
    docJudul: details.judul,
  });
  if (!bytes) {
    await sendPortalNotice(ctx, row, rules);
    return { ok: true, evidence: row, downloaded: false };
  }
  try {
    const rel = relativePath(target, row.id, extensionFor(checked.kind, sniffed));
    await mkdir(dirname(join(config.EVIDENCE_DIR, rel)), { recursive: true });
    await writeFile(join(config.EVIDENCE_DIR, rel), bytes);
    setEvidenceLocalPath(db, row.id, rel);
    const stored = { ...row, localPath: rel };
    await sendPortalNotice(ctx, stored, rules);
    return { ok: true, evidence: stored, downloaded: true };
  } catch (err) {
    ctx.log.warn({ err, evidence_id: row.id }, "evidence kept by Telegram id; saving the file failed");
    return { ok: true, evidence: row, downloaded: false };
  }
}

/** "Kirim data dukung: PDF atau tautan (paling besar 20 MB)." */
export function evidencePrompt(ctx: BotContext, ind: StepIndicator): string {
  const ask = ctx.t("ind-evidence-ask", { code: ind.code, kinds: evidenceKindsText(ctx, ind.evidence), max: sizeText(MAX_EVIDENCE_BYTES) });
  return ind.evidenceHint ? `${ask}\n${ctx.t("ind-evidence-counts", { hint: ind.evidenceHint })}` : ask;
}

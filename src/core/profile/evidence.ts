import type { EvidenceKind, Period, PortalRules } from "../period/index.js";
import { getSidIndicator, portalRules } from "../period/index.js";

// Data dukung sent to the bot as a Telegram file or a link. Metadata is checked here (name,
// declared mime type, size), and the kind the bytes themselves show once the bot has sniffed
// them; downloading and sniffing happen in the bot.

/** Telegram's Bot API will not let a bot download a file above 20 MB. */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
export const MAX_URL_CHARS = 2000;

export type FileKind = Exclude<EvidenceKind, "link">;

// Maps, not object literals: a file named "x.constructor" must not find Object's prototype.
const BY_EXTENSION: ReadonlyMap<string, FileKind> = new Map<string, FileKind>([
  ["pdf", "pdf"],
  ["jpg", "image"],
  ["jpeg", "image"],
  ["png", "image"],
  ["mp4", "video"],
  // What iPhones record; the portal takes it for indicator 35.
  ["mov", "video"],
]);

const BY_MIME: ReadonlyMap<string, FileKind> = new Map<string, FileKind>([
  ["application/pdf", "pdf"],
  ["image/jpeg", "image"],
  ["image/jpg", "image"],
  ["image/pjpeg", "image"],
  ["image/png", "image"],
  ["video/mp4", "video"],
  ["video/quicktime", "video"],
]);

// Some clients label every document like this; it says nothing, so the extension decides.
const GENERIC_MIME = new Set(["application/octet-stream", "binary/octet-stream"]);

// What the first bytes may show for each kind. Phones write MP4 under several ISO-media
// brands, so QuickTime, M4V and 3GPP signatures pass as video too.
const BY_CONTENT: ReadonlyMap<string, FileKind> = new Map<string, FileKind>([
  ["application/pdf", "pdf"],
  ["image/jpeg", "image"],
  ["image/png", "image"],
  ["video/mp4", "video"],
  ["video/quicktime", "video"],
  ["video/x-m4v", "video"],
  ["video/3gpp", "video"],
]);

/**
 * Whether a file's contents are what its name and mime type claimed: `sniffedMime` is the
 * type its magic bytes show (undefined when they show none, as for text). An executable
 * renamed evil.pdf, or text sent as .jpg, is not.
 */
export function contentIsKind(kind: FileKind, sniffedMime: string | undefined): boolean {
  return sniffedMime !== undefined && BY_CONTENT.get(sniffedMime) === kind;
}

export interface EvidenceFileMeta {
  /** Telegram photos have no file name; documents usually do. */
  readonly fileName?: string | undefined;
  readonly mimeType?: string | undefined;
  /** Bytes; Telegram may omit it, in which case the size is not checked here. */
  readonly size?: number | undefined;
  /** Seconds, for a video Telegram reports it for (one sent as a video, not as a file). */
  readonly durationSeconds?: number | undefined;
}

export type EvidenceFileResult =
  | { readonly ok: true; readonly kind: FileKind }
  | { readonly ok: false; readonly code: "unknown-indicator" }
  | { readonly ok: false; readonly code: "too-large"; readonly max: number }
  | { readonly ok: false; readonly code: "too-long"; readonly maxSeconds: number }
  | {
      readonly ok: false;
      readonly code: "type-not-allowed";
      /** What this indicator accepts, for the reply ("PDF atau tautan"). */
      readonly allowed: readonly EvidenceKind[];
    };

function extensionOf(fileName: string | undefined): string | undefined {
  const name = fileName?.trim() ?? "";
  const dot = name.lastIndexOf(".");
  return dot >= 0 ? name.slice(dot + 1).toLowerCase() : undefined;
}

function mimeOf(mimeType: string | undefined): string | undefined {
  const m = mimeType?.split(";")[0]?.trim().toLowerCase() ?? "";
  return m === "" || GENERIC_MIME.has(m) ? undefined : m;
}

/**
 * The file's kind when name and mime type agree. A name with an unknown extension is refused
 * even under an accepted mime type (a renamed .exe declared as application/pdf); a missing or
 * generic mime type falls back to the extension; a file with no extension (a Telegram photo)
 * is judged by its mime type alone.
 */
export function fileKindOf(meta: EvidenceFileMeta): FileKind | undefined {
  const ext = extensionOf(meta.fileName);
  const mime = mimeOf(meta.mimeType);
  const byExt = ext === undefined ? undefined : BY_EXTENSION.get(ext);
  const byMime = mime === undefined ? undefined : BY_MIME.get(mime);
  if (ext !== undefined && byExt === undefined) return undefined;
  if (mime !== undefined && byMime === undefined) return undefined;
  if (byExt !== undefined && byMime !== undefined && byExt !== byMime) return undefined;
  return byExt ?? byMime;
}

/**
 * Checks a file against the indicator's accepted kinds in the period's SID catalog. In the
 * shipped catalogs most document indicators take a PDF only, 25 and 30 a JPG/PNG only, and the
 * video indicator 35 an MP4/MOV or a link (see sid-base.ts).
 */
export function checkEvidenceFile(period: Period, indicatorCode: string, meta: EvidenceFileMeta): EvidenceFileResult {
  const indicator = getSidIndicator(period, indicatorCode);
  if (!indicator) return { ok: false, code: "unknown-indicator" };
  return checkEvidenceFileKinds(indicator.evidence, meta, portalRules(period).videoMaxSeconds);
}

/**
 * The same check for any indicator (SID or SPD) given the kinds it accepts. The type is
 * checked before the size, since shrinking a file of the wrong type would not help.
 */
export function checkEvidenceFileKinds(allowed: readonly EvidenceKind[], meta: EvidenceFileMeta, videoMaxSeconds: number): EvidenceFileResult {
  const kind = fileKindOf(meta);
  if (kind === undefined || !allowed.includes(kind)) {
    return { ok: false, code: "type-not-allowed", allowed: [...allowed] };
  }
  if (meta.size !== undefined && !(meta.size <= MAX_EVIDENCE_BYTES)) {
    return { ok: false, code: "too-large", max: MAX_EVIDENCE_BYTES };
  }
  // A video sent as a file carries no duration; the verifier then judges it by watching.
  if (kind === "video" && meta.durationSeconds !== undefined && meta.durationSeconds > videoMaxSeconds) {
    return { ok: false, code: "too-long", maxSeconds: videoMaxSeconds };
  }
  return { ok: true, kind };
}

/** Whether a stored file is larger than the portal takes, so Bappeda would have to shrink it. */
export function overPortalLimit(sizeBytes: number | null | undefined, rules: PortalRules): boolean {
  return sizeBytes !== null && sizeBytes !== undefined && sizeBytes > rules.maxFileBytes;
}

export type EvidenceUrlResult = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly code: "bad-url" };

/**
 * A link as evidence (e.g. the video of indicator 35 on YouTube). Only http(s) with a dotted
 * host, so "localhost", "javascript:" and typos like "https//x" are refused. Credentials in a
 * link (user:pass@host) are refused: they would end up in reports. The returned url is the
 * trimmed text as typed, not URL's re-serialization, so what verifiers see is what was sent.
 */
export function checkEvidenceUrl(text: string): EvidenceUrlResult {
  const bad = { ok: false, code: "bad-url" } as const;
  const s = text.trim();
  if (s.length === 0 || s.length > MAX_URL_CHARS || /\s/.test(s)) return bad;
  if (!/^https?:\/\//i.test(s)) return bad;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return bad;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return bad;
  if (url.username !== "" || url.password !== "") return bad;
  const host = url.hostname;
  if (!host.includes(".") || host.startsWith(".") || host.endsWith(".") || host.includes("..")) {
    return bad;
  }
  return { ok: true, url: s };
}

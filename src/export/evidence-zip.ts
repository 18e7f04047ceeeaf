import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { zipSync, type Zippable } from "fflate";
import type { ExportData } from "./data.js";
import { evidenceNames } from "../core/profile/evidence-names.js";
import type { Evidence } from "../db/schema.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must not reach a name in the zip
const UNSAFE_IN_NAME = /[\\/:*?"<>|\u0000-\u001f]/g;

/** Characters Windows or a zip tool refuses in a name; slashes would make extra folders. */
export function safeName(raw: string, max = 80): string {
  const cleaned = raw.replace(UNSAFE_IN_NAME, "_").replace(/\s+/g, " ").trim().replace(/^\.+/, "_");
  return cleaned.slice(0, max).trim() || "_";
}

export interface ZipEntryName {
  /** The original's name in the innovation's folder. */
  readonly file: string;
  /** The shrunken copy's name, when there is one. */
  readonly copy?: string;
}

type ZipNamed = Pick<Evidence, "id" | "indicatorCode" | "kind" | "fileName" | "mimeType" | "url" | "localPath" | "portalCopyPath" | "docNomor">;

/**
 * The names one innovation's files get in the zip, shared with the workbook's "Data dukung"
 * sheet so a row names its file: "<indicator>-<nomor> <file name>", the nomor read from the
 * caption when there is one; a repeated name gets " (2)". Links have no entry.
 */
export function zipEntryNames(list: readonly ZipNamed[]): Map<number, ZipEntryName> {
  const names = evidenceNames(list);
  const taken = new Set<string>();
  const unique = (base: string): string => {
    let name = base;
    for (let n = 2; taken.has(name); n++) name = base.replace(/(\.[^.]*)?$/, (ext) => ` (${n})${ext}`);
    taken.add(name);
    return name;
  };
  const out = new Map<number, ZipEntryName>();
  for (const e of [...list].sort((a, b) => a.id - b.id)) {
    if (e.kind === "link" || !e.localPath) continue;
    // A photo's own name ("17-foto-1.jpg") already starts with its indicator.
    const own = e.fileName ? `${e.indicatorCode}-${e.fileName}` : (names.get(e.id) ?? `${e.indicatorCode}-bukti-${e.id}`);
    const withNomor = e.docNomor ? own.replace(/^(\d{1,2}[a-z]?-)/, `$1${e.docNomor} `) : own;
    const file = unique(safeName(withNomor, 120));
    const copy = e.portalCopyPath ? unique(safeName(`${file.replace(/\.[^.]*$/, "")} (portal).jpg`, 120)) : undefined;
    out.set(e.id, copy ? { file, copy } : { file });
  }
  return out;
}

export interface EvidenceZip {
  readonly bytes: Buffer;
  readonly files: number;
  /** Evidence rows whose local file is gone (or points outside EVIDENCE_DIR). */
  readonly missing: number;
}

/**
 * `<innovation>/<indicator>-<file name>` for every downloaded SID evidence file of the period.
 * Innovations of different OPDs may share a name, so a repeated folder gets the innovation id.
 * Stored without compression: PDFs, photos and videos are already compressed.
 */
export function buildEvidenceZip(data: Pick<ExportData, "innovations" | "evidence">, evidenceDir: string): EvidenceZip {
  const root = resolve(evidenceDir);
  const tree: Zippable = {};
  const folders = new Set<string>();
  let files = 0;
  let missing = 0;
  for (const inv of data.innovations) {
    const list = (data.evidence.get(inv.id) ?? []).filter((e) => e.localPath);
    if (list.length === 0) continue;
    let folder = safeName(inv.nama);
    if (folders.has(folder.toLowerCase())) folder = `${folder} (${inv.id})`;
    folders.add(folder.toLowerCase());
    const entries: Record<string, Uint8Array> = {};
    const names = zipEntryNames(data.evidence.get(inv.id) ?? []);
    const inside = (p: string): string | null => {
      const path = resolve(root, p);
      const rel = relative(root, path);
      return rel.startsWith("..") || isAbsolute(rel) || !existsSync(path) ? null : path;
    };
    for (const e of list) {
      const path = inside(e.localPath!);
      const entry = names.get(e.id);
      if (!path || !entry) {
        missing += 1;
        continue;
      }
      entries[entry.file] = readFileSync(path);
      files += 1;
      // The shrunken copy the portal takes, beside the original.
      const copy = e.portalCopyPath ? inside(e.portalCopyPath) : null;
      if (copy && entry.copy) {
        entries[entry.copy] = readFileSync(copy);
        files += 1;
      }
    }
    if (Object.keys(entries).length > 0) tree[folder] = entries;
  }
  return { bytes: Buffer.from(zipSync(tree, { level: 0 })), files, missing };
}

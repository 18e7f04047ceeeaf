import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { zipSync, type Zippable } from "fflate";
import type { ExportData } from "./data.js";
import { evidenceNames } from "../core/profile/evidence-names.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must not reach a name in the zip
const UNSAFE_IN_NAME = /[\\/:*?"<>|\u0000-\u001f]/g;

/** Characters Windows or a zip tool refuses in a name; slashes would make extra folders. */
export function safeName(raw: string, max = 80): string {
  const cleaned = raw.replace(UNSAFE_IN_NAME, "_").replace(/\s+/g, " ").trim().replace(/^\.+/, "_");
  return cleaned.slice(0, max).trim() || "_";
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
    const names = evidenceNames(data.evidence.get(inv.id) ?? []);
    for (const e of list) {
      const path = resolve(root, e.localPath!);
      const rel = relative(root, path);
      if (rel.startsWith("..") || isAbsolute(rel) || !existsSync(path)) {
        missing += 1;
        continue;
      }
      // A photo's own name ("17-foto-1.jpg") already starts with its indicator.
      const base = e.fileName ? `${e.indicatorCode}-${safeName(e.fileName, 120)}` : safeName(names.get(e.id) ?? `${e.indicatorCode}-bukti-${e.id}`, 120);
      let name = base;
      for (let n = 2; entries[name] !== undefined; n++) name = base.replace(/(\.[^.]*)?$/, (ext) => ` (${n})${ext}`);
      entries[name] = readFileSync(path);
      files += 1;
    }
    if (Object.keys(entries).length > 0) tree[folder] = entries;
  }
  return { bytes: Buffer.from(zipSync(tree, { level: 0 })), files, missing };
}

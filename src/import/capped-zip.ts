import { Inflate } from "fflate";

/** Why a file could not be read; each has its own message for the person who sent it. */
export type ReadProblem = "unreadable" | "unpacked-too-large" | "encoding";

export class ImportReadError extends Error {
  constructor(
    readonly problem: ReadProblem,
    detail: string,
  ) {
    super(`${problem}: ${detail}`);
  }
}

/**
 * Limits on what a zip may unpack to. They are checked against the bytes actually inflated,
 * never the sizes the zip declares, so a lying header cannot get past them.
 */
export const ZIP_LIMITS = {
  maxEntries: 100,
  maxEntryBytes: 30 * 1024 * 1024,
  maxTotalBytes: 60 * 1024 * 1024,
} as const;

// Compressed bytes handed to the inflater at once: deflate expands at most ~1032x, so one
// push produces at most ~260 KB before the caps are looked at again. Small pieces also keep
// the garbage between collections small (measured: 8 KB pieces doubled the peak memory).
const PUSH_BYTES = 256;

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly packedSize: number;
  readonly localOffset: number;
}

const unreadable = (detail: string) => new ImportReadError("unreadable", detail);

/**
 * The entries of a zip held in memory, read from its central directory, and their contents
 * inflated on demand in small pieces, each piece counted against the limits above.
 */
export class CappedZip {
  private readonly entries = new Map<string, Entry>();
  private inflatedTotal = 0;

  constructor(private readonly bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = findEndOfDirectory(view);
    const count = view.getUint16(end + 10, true);
    if (count > ZIP_LIMITS.maxEntries) throw unreadable(`${count} entries`);
    let at = view.getUint32(end + 16, true);
    const decoder = new TextDecoder();
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw unreadable("bad central directory");
      const nameLength = view.getUint16(at + 28, true);
      const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
      const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
      this.entries.set(name, {
        name,
        method: view.getUint16(at + 10, true),
        packedSize: view.getUint32(at + 20, true),
        localOffset: view.getUint32(at + 42, true),
      });
      at += 46 + skip;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /**
   * Inflates one entry, handing each piece to `onData` as it comes. `onData` may throw to
   * stop early (nothing more is inflated); a cap passed throws "unpacked-too-large".
   */
  read(name: string, onData: (chunk: Uint8Array) => void): void {
    const entry = this.entries.get(name);
    if (!entry) throw unreadable(`no entry ${name}`);
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const local = entry.localOffset;
    if (local + 30 > this.bytes.length || view.getUint32(local, true) !== 0x04034b50) throw unreadable(`bad local header ${name}`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const packed = this.bytes.subarray(start, start + entry.packedSize);
    if (start + entry.packedSize > this.bytes.length) throw unreadable(`truncated ${name}`);
    let entryBytes = 0;
    const count = (chunk: Uint8Array) => {
      entryBytes += chunk.length;
      this.inflatedTotal += chunk.length;
      if (entryBytes > ZIP_LIMITS.maxEntryBytes || this.inflatedTotal > ZIP_LIMITS.maxTotalBytes) {
        throw new ImportReadError("unpacked-too-large", name);
      }
      onData(chunk);
    };
    if (entry.method === 0) {
      for (let i = 0; i < packed.length; i += PUSH_BYTES) count(packed.subarray(i, i + PUSH_BYTES));
      return;
    }
    if (entry.method !== 8) throw unreadable(`method ${entry.method}`);
    const inflater = new Inflate((chunk) => count(chunk));
    try {
      for (let i = 0; i < packed.length; i += PUSH_BYTES) inflater.push(packed.subarray(i, i + PUSH_BYTES), i + PUSH_BYTES >= packed.length);
      if (packed.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (err) {
      if (err instanceof ImportReadError || !(err instanceof Error && "code" in err)) throw err;
      throw unreadable(`inflate ${name}: ${err.message}`);
    }
  }

  /** A small entry as text (workbook, relationships); the same caps apply. */
  text(name: string): string {
    const decoder = new TextDecoder();
    let out = "";
    this.read(name, (chunk) => (out += decoder.decode(chunk, { stream: true })));
    return out + decoder.decode();
  }
}

/** The end-of-central-directory record is in the last 64 KB + 22 bytes (its comment). */
function findEndOfDirectory(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= min; at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at;
  }
  throw unreadable("not a zip");
}

import { parseIndonesianDate, type IsoDate } from "./dates.js";

// The portal's document rows carry a nomor, a tanggal and a judul/tentang. Operators already
// type them in the caption ("SK No. 188.45/12/2025 tgl 3 Maret 2025 tentang …"), so they are
// read from there, with no extra tap; a caption without them gives nulls, never a guess.

export interface DocDetails {
  readonly nomor: string | null;
  readonly tanggal: IsoDate | null;
  readonly judul: string | null;
}

export const DOC_FIELD_MAX = 300;

// "No.", "No:", "Nomor", "Nmr" followed by a token with a digit: 188.45/12/2025, 800/123-BKPSDM/2024,
// Kep.15-Huk/2025; a Perda/Perwal's "Nomor 12 Tahun 2024" keeps its year.
const NOMOR = /(?<![\p{L}\d])(?:nomor|nmr|no)(?![\p{L}])\.?\s*:?\s*((?=[\p{L}\d./-]*\d)[\p{L}\d][\p{L}\d./-]*(?:\s+tahun\s+\d{4})?)/iu;
// A phone number is no document number.
const PHONE = /^(?:\+?62|0)8\d{7,12}$/;

const DATE_CANDIDATES = [
  /(?<!\d)\d{1,2} ?([-/.]) ?\d{1,2} ?\1 ?\d{4}(?!\d)/g,
  /(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)/g,
  /(?<![\p{L}\d])\d{1,2}[ ,.]*\p{L}{3,9}\.?[ ,.]*\d{4}(?!\d)/gu,
];

const TENTANG = /(?<![\p{L}])(?:tentang|ttg|perihal|hal|judul)(?![\p{L}])\s*:?\s*(.+)$/isu;

const tidy = (s: string): string =>
  s
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s,.;:]+$/, "")
    .slice(0, DOC_FIELD_MAX);

function findDate(text: string): IsoDate | null {
  const found: { at: number; date: IsoDate }[] = [];
  for (const re of DATE_CANDIDATES) {
    for (const m of text.matchAll(re)) {
      const parsed = parseIndonesianDate(m[0].replace(/,/g, " "));
      if (parsed.ok) found.push({ at: m.index ?? 0, date: parsed.date });
    }
  }
  found.sort((a, b) => a.at - b.at);
  return found[0]?.date ?? null;
}

/** Nomor, tanggal and judul in a caption; each null when the caption does not hold it. */
export function readDocDetails(caption: string | null | undefined): DocDetails {
  const text = (caption ?? "").normalize("NFKC").replace(/\s+/g, " ").trim();
  if (text === "") return { nomor: null, tanggal: null, judul: null };
  const tentang = TENTANG.exec(text);
  const head = tentang ? text.slice(0, tentang.index) : text;
  const n = NOMOR.exec(head);
  const nomorRaw = n?.[1] ? tidy(n[1]).replace(/[./-]+$/, "") : null;
  const nomor = nomorRaw && !PHONE.test(nomorRaw) ? nomorRaw : null;
  // The nomor's own digits (188.45/12/2025) must not be read as a date.
  const rest = n && nomor ? head.slice(0, n.index) + " ".repeat(n[0].length) + head.slice(n.index + n[0].length) : head;
  return { nomor, tanggal: findDate(rest), judul: tentang?.[1] ? tidy(tentang[1]) || null : null };
}

/** Whether any detail was read. */
export function hasDocDetails(d: DocDetails): boolean {
  return d.nomor !== null || d.tanggal !== null || d.judul !== null;
}

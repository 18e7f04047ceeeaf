// Cleaning free text before it is stored and later exported to the national portal's form:
// invisible characters and stray control codes break spreadsheets and look like spoofing.

// Zero-width space, BOM, and bidirectional overrides/isolates (which can make a name render
// reversed). The zero-width joiner is kept: emoji sequences need it.
const INVISIBLE = /[\u200B\uFEFF\u202A-\u202E\u2066-\u2069]/g;

function stripControls(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(/\t/g, " ")
    .replace(INVISIBLE, "")
    .replace(/\p{Cc}/gu, (c) => (c === "\n" ? c : ""));
}

/** One line: every run of whitespace (newlines included) becomes one space. */
export function normalizeLine(raw: string): string {
  return stripControls(raw).replace(/\s+/g, " ").trim();
}

/**
 * Long text keeps its paragraphs (rancang bangun, tujuan... are read by verifiers): spaces are
 * collapsed within each line, and more than one blank line becomes exactly one.
 */
export function normalizeParagraphs(raw: string): string {
  return stripControls(raw)
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Length as a person counts it: code points, so an emoji or "é" counts once. */
export function charLength(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}

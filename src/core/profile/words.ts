// Word counting for the rancang bangun (at least N words, domain brief §2). The count is what
// the user is told ("masih kurang 57 kata"), so it must match what a person would count:
// punctuation and emoji are not words, "e-KTP" and "Jum'at" are one word each, "1.000.000"
// is one number.

const CHAR = String.raw`[\p{L}\p{M}\p{N}]`;
// A joiner continues a word: hyphens and apostrophes between letters, "." or "," between
// digits (Indonesian thousands and decimals).
const JOIN = String.raw`(?:[-\u2010\u2011'\u2019]|(?<=\p{N})[.,](?=\p{N}))`;
const WORD = new RegExp(`${CHAR}+(?:${JOIN}${CHAR}+)*`, "gu");

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.normalize("NFC").matchAll(WORD)) n += 1;
  return n;
}

export interface WordProgress {
  readonly words: number;
  /** Words still needed; 0 once the minimum is reached. */
  readonly missing: number;
  readonly done: boolean;
}

/**
 * Progress of a rancang bangun sent over several messages. Parts are counted separately and
 * summed, so a word can never be glued across two messages.
 */
export function rancangBangunProgress(parts: readonly string[], minimum: number): WordProgress {
  const words = parts.reduce((sum, p) => sum + countWords(p), 0);
  const missing = Math.max(0, minimum - words);
  return { words, missing, done: missing === 0 };
}

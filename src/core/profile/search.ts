import type { Urusan } from "../period/index.js";
import { URUSAN } from "../period/index.js";

// Picking one of 38 urusan from Telegram buttons: the user types part of a name to narrow the
// list, then pages through what is left.

/** Lower case, no diacritics, single spaces: "Pendidikan  DAN Pélatihan" → "pendidikan dan pelatihan". */
export function searchKey(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Every word of the query must occur somewhere in the name ("pend pel" finds "Pendidikan dan
 * pelatihan"); a single word is a plain substring match. An empty query keeps everything.
 * Catalog order is kept so the list never reshuffles while the user types.
 */
export function filterByName<T>(items: readonly T[], query: string, name: (item: T) => string): T[] {
  const words = searchKey(query)
    .split(" ")
    .filter((w) => w.length > 0);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const key = searchKey(name(item));
    return words.every((w) => key.includes(w));
  });
}

export function filterUrusan(query: string, list: readonly Urusan[] = URUSAN): Urusan[] {
  return filterByName(list, query, (u) => u.name);
}

export interface Page<T> {
  readonly items: T[];
  /** 1-based page actually shown, after clamping. */
  readonly page: number;
  /** At least 1, so an empty list still has a page to show "nothing found" on. */
  readonly pages: number;
}

/**
 * Pages are 1-based. A bad page (NaN, fraction, below 1, beyond the end, e.g. from an old
 * button after the list shrank) is clamped rather than refused, so a stale button still
 * shows something sensible. perPage below 1 is treated as 1.
 */
export function paginate<T>(items: readonly T[], page: number, perPage: number): Page<T> {
  const size = Number.isFinite(perPage) ? Math.max(1, Math.floor(perPage)) : 1;
  const pages = Math.max(1, Math.ceil(items.length / size));
  const wanted = Number.isFinite(page) ? Math.floor(page) : 1;
  const p = Math.min(pages, Math.max(1, wanted));
  return { items: items.slice((p - 1) * size, p * size), page: p, pages };
}

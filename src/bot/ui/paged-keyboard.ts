import { InlineKeyboard } from "grammy";
import { paginate, type Page } from "../../core/profile/search.js";

export const PAGE_SIZE = 8;

/**
 * Telegram shows long button labels cut anyway; cutting them here keeps the end readable.
 * Counted in code points, so an emoji is never split into half a surrogate pair.
 */
export function buttonLabel(text: string, max = 48): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

export interface PagedKeyboardOptions<T> {
  items: readonly T[];
  /** 1-based; stale or forged pages are clamped by paginate. */
  page: number;
  button: (item: T) => { label: string; data: string };
  pageData: (page: number) => string;
  perPage?: number;
}

/** One button per item, then a ‹ n/m › row when there is more than one page. */
export function pagedKeyboard<T>(options: PagedKeyboardOptions<T>): { keyboard: InlineKeyboard; page: Page<T> } {
  const page = paginate(options.items, options.page, options.perPage ?? PAGE_SIZE);
  const keyboard = new InlineKeyboard();
  for (const item of page.items) {
    const { label, data } = options.button(item);
    keyboard.text(buttonLabel(label), data).row();
  }
  if (page.pages > 1) {
    keyboard
      .text("‹", options.pageData(page.page > 1 ? page.page - 1 : page.pages))
      .text(`${page.page}/${page.pages}`, options.pageData(page.page))
      .text("›", options.pageData(page.page < page.pages ? page.page + 1 : 1))
      .row();
  }
  return { keyboard, page };
}

/** Parses an integer id from callback data; forged data gives null rather than NaN. */
export function idFrom(value: string | undefined): number | null {
  if (!value || !/^\d{1,12}$/.test(value)) return null;
  return Number(value);
}

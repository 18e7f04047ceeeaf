import { ImportReadError } from "./capped-zip.js";
import { getOrCreate } from "../core/util/map.js";

/** What a spreadsheet's XML parts need from XML: tags with their attributes, and raw text. */
export interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text, entities not yet decoded; one text node may arrive in several pieces. */
  text(raw: string): void;
}

// A tag longer than this is not a spreadsheet's; refusing it keeps the carried text small.
const MAX_TAG_CHARS = 64 * 1024;

/**
 * An incremental XML tokenizer: text is fed in pieces as it is inflated and nothing but an
 * unfinished tag is kept between pieces. Namespace prefixes are dropped from tag names.
 */
export class XmlScanner {
  private carry = "";

  constructor(private readonly handler: XmlHandler) {}

  feed(piece: string): void {
    const s = this.carry + piece;
    let pos = 0;
    for (;;) {
      const lt = s.indexOf("<", pos);
      if (lt < 0) {
        if (pos < s.length) this.handler.text(s.slice(pos));
        this.carry = "";
        return;
      }
      if (lt > pos) this.handler.text(s.slice(pos, lt));
      const end = this.tagEnd(s, lt);
      if (end < 0) {
        this.carry = s.slice(lt);
        if (this.carry.length > MAX_TAG_CHARS) throw new ImportReadError("unreadable", "tag too long");
        return;
      }
      this.tag(s, lt, end);
      pos = end + 1;
    }
  }

  /** The index of the ">" closing the markup that starts at `lt`, or -1 if not yet fed. */
  private tagEnd(s: string, lt: number): number {
    if (s.startsWith("<!--", lt)) {
      const e = s.indexOf("-->", lt + 4);
      return e < 0 ? -1 : e + 2;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      const e = s.indexOf("]]>", lt + 9);
      return e < 0 ? -1 : e + 2;
    }
    let quote = "";
    for (let i = lt + 1; i < s.length; i++) {
      const c = s[i]!;
      if (quote) {
        if (c === quote) quote = "";
      } else if (c === '"' || c === "'") quote = c;
      else if (c === ">") return i;
    }
    return -1;
  }

  private tag(s: string, lt: number, end: number): void {
    const c = s[lt + 1];
    if (c === "?" || (c === "!" && !s.startsWith("<![CDATA[", lt))) return;
    if (c === "!") {
      this.handler.text(escapeText(s.slice(lt + 9, end - 2)));
      return;
    }
    if (c === "/") {
      this.handler.close(localName(s.slice(lt + 2, end).trim()));
      return;
    }
    const selfClosing = s[end - 1] === "/";
    const body = s.slice(lt + 1, selfClosing ? end - 1 : end);
    const space = body.search(/\s/);
    const name = space < 0 ? body : body.slice(0, space);
    this.handler.open(localName(name), space < 0 ? "" : body.slice(space), selfClosing);
  }
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** CDATA is passed on as if it were escaped text, so every text goes through one decoder. */
function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}

const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Also XML's end-of-line rule: a literal CR LF or CR is read as LF (an escaped &#13; stays). */
export function decodeEntities(raw: string): string {
  const text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (whole, e: string) => {
    if (e[0] !== "#") return NAMED[e] ?? whole;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const ATTR_PATTERNS = new Map<string, RegExp>();

/** One attribute's decoded value from a tag's attribute text. */
export function attr(attrs: string, name: string): string | undefined {
  const pattern = getOrCreate(ATTR_PATTERNS, name, () => new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`));
  const m = pattern.exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? "") : undefined;
}

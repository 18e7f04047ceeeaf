import { createRequire } from "node:module";

type ResvgModule = typeof import("@resvg/resvg-js");
let resvgModule: ResvgModule | undefined;

/** The native renderer is loaded on the first chart, not at start (most processes never draw one). */
function resvg(): ResvgModule {
  resvgModule ??= createRequire(import.meta.url)("@resvg/resvg-js") as ResvgModule;
  return resvgModule;
}

/**
 * SVG → PNG in Node, no browser. System fonts are used when the machine has them (DejaVu on
 * most Linux servers); without any font the text is left out but the picture stays a valid PNG.
 */
export function renderPng(svg: string, options: { systemFonts?: boolean } = {}): Buffer {
  const renderer = new (resvg().Resvg)(svg, {
    background: "#ffffff",
    font: { loadSystemFonts: options.systemFonts ?? true, defaultFontFamily: "DejaVu Sans" },
  });
  return Buffer.from(renderer.render().asPng());
}

/** Width and height from the IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

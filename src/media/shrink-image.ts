// A smaller JPEG copy of a photo or screenshot, for the national portal's upload limit.
//
// sharp (libvips) does the work: it ships its native library inside npm packages (nothing is
// downloaded at install time), runs on Node 20 and 24, and encodes on libuv's thread pool, so a
// 12-megapixel photo does not hold up the bot's other updates as a pure-JS encoder would. It is
// loaded on first use so start-up does not pay for it.

type Sharp = typeof import("sharp").default;
let loaded: Promise<Sharp> | undefined;

function sharpModule(): Promise<Sharp> {
  loaded ??= import("sharp").then((m) => m.default);
  return loaded;
}

/** JPEG qualities tried in turn at each size, before the picture is made smaller. */
const QUALITIES = [82, 70];
const MAX_ROUNDS = 8;

export interface ShrunkImage {
  readonly bytes: Buffer;
  readonly width: number;
  readonly height: number;
}

/**
 * Re-encodes the image as JPEG (turned upright by its EXIF, transparency on white) and scales
 * it down until it is at most `maxBytes`. Throws when the bytes are not an image sharp reads.
 */
export async function shrinkImage(input: Buffer, maxBytes: number): Promise<ShrunkImage> {
  const sharp = await sharpModule();
  const meta = await sharp(input).metadata();
  let width = meta.autoOrient?.width ?? meta.width ?? 0;
  if (width <= 0) throw new Error("not an image");
  for (let round = 0; round < MAX_ROUNDS; round++) {
    for (const quality of QUALITIES) {
      const { data, info } = await sharp(input)
        .rotate()
        .resize({ width, withoutEnlargement: true })
        .flatten({ background: "#ffffff" })
        .jpeg({ quality, mozjpeg: true })
        .toBuffer({ resolveWithObject: true });
      if (data.length <= maxBytes) return { bytes: data, width: info.width, height: info.height };
      // Bytes grow with the area: aim for the limit with some room, at least a fifth smaller.
      if (quality === QUALITIES.at(-1)) width = Math.max(1, Math.floor(width * Math.min(0.8, Math.sqrt(maxBytes / data.length) * 0.95)));
    }
  }
  throw new Error("image could not be shrunk below the limit");
}

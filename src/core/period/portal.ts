import type { Period, PortalRules } from "./schema.js";

// What the national IID portal takes as it is. The 2 MB cap on a document and the 5-minute
// video come from the 2023 guideline (Pedoman Umum Penilaian IGA 2023, as copied at
// https://pdfcoffee.com/pedoman-umum-penilaian-iga-2023-pdf-free.html) and the domain notes
// [S]; a period may say otherwise. 2 MB is taken as 2 000 000 bytes, the stricter reading,
// so a file the bot calls small enough is small enough under either.

export const DEFAULT_PORTAL_RULES: PortalRules = {
  maxFileBytes: 2_000_000,
  videoMaxSeconds: 5 * 60,
  assumed: true,
  note: "Batas unggah portal 2 MB per dokumen dan video paling lama 5 menit, menurut pedoman 2023.",
};

/** A period's portal rules; periods stored before the rules existed get the defaults. */
export function portalRules(period: Pick<Period, "portal"> | undefined): PortalRules {
  return period?.portal ?? DEFAULT_PORTAL_RULES;
}

/** "2 MB" for 2 000 000 bytes: whole megabytes as the portal states them. */
export function megabytes(bytes: number): string {
  const mb = bytes / 1_000_000;
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1).replace(".", ",");
}

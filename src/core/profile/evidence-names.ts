// Names evidence goes by in exports and in the chat. Telegram gives a photo no file name; it is
// called "<indicator>-foto-<n>.jpg", numbered per indicator in the order sent.

export interface NamedEvidence {
  readonly id: number;
  readonly indicatorCode: string;
  readonly kind: "pdf" | "image" | "video" | "link";
  readonly fileName: string | null;
  readonly mimeType: string | null;
  readonly url: string | null;
}

/** Every row's name, for the rows of one innovation (or of the Pemda's SPD), oldest first. */
export function evidenceNames(list: readonly NamedEvidence[]): Map<number, string> {
  const photos = new Map<string, number>();
  const names = new Map<number, string>();
  for (const e of [...list].sort((a, b) => a.id - b.id)) {
    if (e.kind === "link") names.set(e.id, e.url ?? "");
    else if (e.fileName) names.set(e.id, e.fileName);
    else {
      const n = (photos.get(e.indicatorCode) ?? 0) + 1;
      photos.set(e.indicatorCode, n);
      const ext = e.kind === "video" ? "mp4" : /png/i.test(e.mimeType ?? "") ? "png" : "jpg";
      names.set(e.id, `${e.indicatorCode}-${e.kind === "video" ? "video" : "foto"}-${n}.${ext}`);
    }
  }
  return names;
}

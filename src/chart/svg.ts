import type { Band, CategoryName } from "../core/period/types.js";
import { formatId } from "../core/format/number.js";

// The standing as a picture: the index on a 0–100 scale over the year's category bands, and
// one bar per OPD for the average kematangan. Plain SVG (no library), rendered to PNG elsewhere.

export interface ChartMarker {
  readonly label: string;
  readonly value: number;
}

export interface ChartOpd {
  readonly name: string;
  readonly value: number;
}

export interface ChartInput {
  readonly title: string;
  readonly bandsTitle: string;
  readonly opdTitle: string;
  /** Shown instead of bars when no OPD has an innovation. */
  readonly emptyText: string;
  /** "… and n more" when OPDs were cut; the caller translates it. */
  readonly moreText: (n: number) => string;
  readonly bands: readonly Band[];
  readonly markers: readonly ChartMarker[];
  readonly opds: readonly ChartOpd[];
  readonly maxKematangan: number;
}

export const WIDTH = 1000;
export const MAX_OPD_BARS = 30;
const LEFT = 60;
const RIGHT = 940;
const OPD_ROW = 26;

const BAND_COLORS: Record<CategoryName, string> = {
  "Tidak Dapat Dinilai": "#9e9e9e",
  "Kurang Inovatif": "#f4b6b6",
  Inovatif: "#ffe08a",
  "Sangat Inovatif": "#9fd8a8",
};
const MARKER_COLORS = ["#1565c0", "#c62828", "#6a1b9a"];

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function text(x: number, y: number, content: string, attrs = ""): string {
  return `<text x="${x}" y="${y}" ${attrs}>${escapeXml(content)}</text>`;
}

/** Height grows with the number of OPD bars, so the picture stays readable on a phone. */
export function chartHeight(opdCount: number): number {
  const rows = Math.max(1, Math.min(opdCount, MAX_OPD_BARS)) + (opdCount > MAX_OPD_BARS ? 1 : 0);
  return 300 + rows * OPD_ROW + 30;
}

export function buildChartSvg(input: ChartInput): string {
  const x = (v: number) => LEFT + (Math.min(100, Math.max(0, v)) / 100) * (RIGHT - LEFT);
  const height = chartHeight(input.opds.length);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="DejaVu Sans, Arial, sans-serif">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    text(LEFT, 36, clip(input.title, 80), 'font-size="22" font-weight="bold" fill="#212121"'),
    text(LEFT, 72, input.bandsTitle, 'font-size="15" fill="#424242"'),
  ];
  const barY = 110;
  for (const band of input.bands) {
    if (band.max <= 0) continue;
    const x0 = x(band.min);
    const w = Math.max(1, x(band.max) - x0);
    parts.push(`<rect x="${x0.toFixed(1)}" y="${barY}" width="${w.toFixed(1)}" height="44" fill="${BAND_COLORS[band.category]}" stroke="#ffffff"/>`);
    parts.push(text(x0 + w / 2, barY + 27, clip(band.category, Math.floor(w / 8)), 'font-size="13" text-anchor="middle" fill="#212121"'));
  }
  for (let v = 0; v <= 100; v += 20) {
    parts.push(`<line x1="${x(v)}" y1="${barY + 44}" x2="${x(v)}" y2="${barY + 50}" stroke="#616161"/>`);
    parts.push(text(x(v), barY + 66, String(v), 'font-size="12" text-anchor="middle" fill="#616161"'));
  }
  input.markers.forEach((m, i) => {
    const mx = x(m.value);
    const color = MARKER_COLORS[i % MARKER_COLORS.length]!;
    const labelY = i % 2 === 0 ? barY - 10 : barY + 88;
    parts.push(`<line x1="${mx.toFixed(1)}" y1="${barY - 4}" x2="${mx.toFixed(1)}" y2="${barY + 48}" stroke="${color}" stroke-width="3"/>`);
    parts.push(`<polygon points="${(mx - 6).toFixed(1)},${barY - 6} ${(mx + 6).toFixed(1)},${barY - 6} ${mx.toFixed(1)},${barY + 2}" fill="${color}"/>`);
    const anchor = mx > RIGHT - 80 ? "end" : mx < LEFT + 80 ? "start" : "middle";
    parts.push(text(mx, labelY, `${m.label} ${formatId(m.value)}`, `font-size="14" font-weight="bold" text-anchor="${anchor}" fill="${color}"`));
  });

  const opdTop = 260;
  parts.push(text(LEFT, opdTop, input.opdTitle, 'font-size="15" fill="#424242"'));
  const shown = input.opds.slice(0, MAX_OPD_BARS);
  if (shown.length === 0) parts.push(text(LEFT, opdTop + 30, input.emptyText, 'font-size="13" fill="#757575"'));
  const nameW = 330;
  const barX = LEFT + nameW;
  const barMax = RIGHT - 60 - barX;
  shown.forEach((o, i) => {
    const y = opdTop + 16 + i * OPD_ROW;
    const w = input.maxKematangan > 0 ? (Math.min(o.value, input.maxKematangan) / input.maxKematangan) * barMax : 0;
    parts.push(text(barX - 8, y + 15, clip(o.name, 42), 'font-size="12" text-anchor="end" fill="#212121"'));
    parts.push(`<rect x="${barX}" y="${y + 3}" width="${barMax}" height="16" fill="#eeeeee"/>`);
    parts.push(`<rect x="${barX}" y="${y + 3}" width="${w.toFixed(1)}" height="16" fill="#1e88e5"/>`);
    parts.push(text(barX + w + 6, y + 15, formatId(o.value), 'font-size="12" fill="#212121"'));
  });
  if (input.opds.length > MAX_OPD_BARS) {
    parts.push(text(barX, opdTop + 16 + shown.length * OPD_ROW + 15, input.moreText(input.opds.length - MAX_OPD_BARS), 'font-size="12" fill="#757575"'));
  }
  parts.push("</svg>");
  return parts.join("\n");
}

import { describe, expect, it } from "vitest";
import { buildChartSvg, chartHeight, MAX_OPD_BARS, type ChartInput } from "../../src/chart/svg.js";
import { pngSize, renderPng } from "../../src/chart/render.js";
import { PERIOD_2026 } from "../../src/core/period/index.js";

function input(opdCount: number): ChartInput {
  return {
    title: "Indeks Inovasi Daerah Kota Serang — periode 2026",
    bandsTitle: "Indeks terhadap pita kategori",
    opdTitle: "Rata-rata kematangan per OPD",
    emptyText: "Belum ada inovasi.",
    moreText: (n) => `… dan ${n} OPD lain`,
    bands: PERIOD_2026.bands,
    markers: [
      { label: "Klaim", value: 62.4 },
      { label: "Terverifikasi", value: 41.07 },
    ],
    opds: Array.from({ length: opdCount }, (_, i) => ({ name: `Dinas <Uji> & "${i}"`, value: 111 - i })),
    maxKematangan: 111,
  };
}

describe("the standing as a picture", () => {
  it("renders a valid PNG even on a machine without any font", () => {
    const svg = buildChartSvg(input(5));
    for (const systemFonts of [false, true]) {
      const png = renderPng(svg, { systemFonts });
      expect(pngSize(png)).toEqual({ width: 1000, height: chartHeight(5) });
    }
  });

  it("shows the markers in Indonesian number format over the year's bands, with names escaped", () => {
    const svg = buildChartSvg(input(3));
    expect(svg).toContain("Klaim 62,40");
    expect(svg).toContain("Terverifikasi 41,07");
    for (const band of ["Sangat Inovatif", "Inovatif", "Kurang Inovatif"]) expect(svg).toContain(`>${band}<`);
    expect(svg).toContain("Dinas &lt;Uji&gt; &amp; &quot;0&quot;");
  });

  it("keeps at most 30 OPD bars and says how many more there are", () => {
    const svg = buildChartSvg(input(MAX_OPD_BARS + 7));
    expect(svg).toContain("… dan 7 OPD lain");
    expect(svg.match(/fill="#1e88e5"/g)).toHaveLength(MAX_OPD_BARS);
    expect(buildChartSvg(input(0))).toContain("Belum ada inovasi.");
  });

  it("pngSize rejects bytes that are not a PNG", () => {
    expect(pngSize(Buffer.from("GIF89a not a png at all, really"))).toBeNull();
  });
});

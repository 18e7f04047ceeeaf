import { describe, expect, it } from "vitest";
import { readDocDetails } from "../../../src/core/profile/doc-details.js";

// Captions as operators type them under a scanned SK, a Perwal, a DPA page or a photo.
describe("readDocDetails", () => {
  it.each([
    ["SK No. 188.45/12/2025 tgl 3 Maret 2025 tentang Penetapan Inovasi Layanan Kilat", "188.45/12/2025", "2025-03-03", "Penetapan Inovasi Layanan Kilat"],
    [
      "Keputusan Wali Kota Serang Nomor: 800/123-BKPSDM/2024 tanggal 17-08-2024 tentang Tim Inovasi Daerah",
      "800/123-BKPSDM/2024",
      "2024-08-17",
      "Tim Inovasi Daerah",
    ],
    ["Peraturan Wali Kota Serang Nomor 12 Tahun 2024 tentang Inovasi Daerah", "12 Tahun 2024", null, "Inovasi Daerah"],
    ["sk kadis no 045.2/Kep.15-Huk/2025, 2 Januari 2025", "045.2/Kep.15-Huk/2025", "2025-01-02", null],
    ["DPA Dinkes 2025 nmr DPA/A.1/1.02.0.00.0.00.01.0000/001/2025 tgl. 30/12/2024", "DPA/A.1/1.02.0.00.0.00.01.0000/001/2025", "2024-12-30", null],
    ["Surat Tugas No.: 094/215-Dinkes/2025 Perihal: Pelaksana Inovasi Si Cantik", "094/215-Dinkes/2025", null, "Pelaksana Inovasi Si Cantik"],
    ["Undangan bimtek inovasi 2025-05-14 hal Bimbingan Teknis Inovasi Daerah", null, "2025-05-14", "Bimbingan Teknis Inovasi Daerah"],
    ["Perda Kota Serang No 5 Tahun 2023 ttg Penyelenggaraan Inovasi", "5 Tahun 2023", null, "Penyelenggaraan Inovasi"],
    ["Laporan monev triwulan II, 15 Juli 2025", null, "2025-07-15", null],
    ["SOP layanan  nomor 065/07/SOP/2024  tanggal 9 Sept 2024  judul: Standar Pelayanan Kilat.", "065/07/SOP/2024", "2024-09-09", "Standar Pelayanan Kilat"],
  ])("%s", (caption, nomor, tanggal, judul) => {
    expect(readDocDetails(caption)).toEqual({ nomor, tanggal, judul });
  });

  it.each([
    "Foto kegiatan sosialisasi di Kelurahan Cimuncang",
    "Tidak ada nomor surat, hanya foto spanduk",
    "Rapat koordinasi bersama Bappeda",
    "hubungi nomor 081234567890 untuk konfirmasi",
    "No comment",
    "Nomor menyusul",
    "",
  ])("no false nomor in %j", (caption) => {
    expect(readDocDetails(caption).nomor).toBeNull();
  });

  it("the nomor's own digits are not a date, and an impossible date is none", () => {
    expect(readDocDetails("SK No. 12/11/2025")).toEqual({ nomor: "12/11/2025", tanggal: null, judul: null });
    expect(readDocDetails("tgl 31 Februari 2025").tanggal).toBeNull();
  });
});

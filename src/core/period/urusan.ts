// The 38 urusan of the innovation profile (domain brief §2). Ids are stable slugs: they are
// stored with innovations, so never rename one; the display name may be edited freely.
// The 6 yandas (urusan wajib pelayanan dasar, §1) are fixed by law, but kept as data here
// so the engine never hard-codes a list of names.

export interface Urusan {
  readonly id: string;
  readonly name: string;
  readonly yandas: boolean;
}

export const URUSAN: readonly Urusan[] = [
  { id: "pendidikan", name: "Pendidikan", yandas: true },
  { id: "kesehatan", name: "Kesehatan", yandas: true },
  { id: "pupr", name: "Pekerjaan umum dan penataan ruang", yandas: true },
  { id: "perkim", name: "Perumahan rakyat dan kawasan permukiman", yandas: true },
  {
    id: "trantibum-linmas",
    name: "Ketenteraman, ketertiban umum, dan pelindungan masyarakat",
    yandas: true,
  },
  { id: "sosial", name: "Sosial", yandas: true },
  { id: "tenaga-kerja", name: "Tenaga kerja", yandas: false },
  { id: "pppa", name: "Pemberdayaan perempuan dan perlindungan anak", yandas: false },
  { id: "pangan", name: "Pangan", yandas: false },
  { id: "pertanahan", name: "Pertanahan", yandas: false },
  { id: "lingkungan-hidup", name: "Lingkungan hidup", yandas: false },
  { id: "adminduk-capil", name: "Administrasi kependudukan dan pencatatan sipil", yandas: false },
  { id: "pmd", name: "Pemberdayaan masyarakat dan desa", yandas: false },
  { id: "ppkb", name: "Pengendalian penduduk dan keluarga berencana", yandas: false },
  { id: "perhubungan", name: "Perhubungan", yandas: false },
  { id: "kominfo", name: "Komunikasi dan informatika", yandas: false },
  { id: "koperasi-ukm", name: "Koperasi, usaha kecil, dan menengah", yandas: false },
  { id: "penanaman-modal", name: "Penanaman modal", yandas: false },
  { id: "kepemudaan-olahraga", name: "Kepemudaan dan olahraga", yandas: false },
  { id: "statistik", name: "Statistik", yandas: false },
  { id: "persandian", name: "Persandian", yandas: false },
  { id: "kebudayaan", name: "Kebudayaan", yandas: false },
  { id: "perpustakaan", name: "Perpustakaan", yandas: false },
  { id: "kearsipan", name: "Kearsipan", yandas: false },
  { id: "kelautan-perikanan", name: "Kelautan dan perikanan", yandas: false },
  { id: "pariwisata", name: "Pariwisata", yandas: false },
  { id: "pertanian", name: "Pertanian", yandas: false },
  { id: "kehutanan", name: "Kehutanan", yandas: false },
  { id: "esdm", name: "Energi dan sumber daya mineral", yandas: false },
  { id: "perdagangan", name: "Perdagangan", yandas: false },
  { id: "perindustrian", name: "Perindustrian", yandas: false },
  { id: "transmigrasi", name: "Transmigrasi", yandas: false },
  { id: "perencanaan", name: "Perencanaan", yandas: false },
  { id: "keuangan", name: "Keuangan", yandas: false },
  { id: "kepegawaian", name: "Kepegawaian", yandas: false },
  { id: "pendidikan-pelatihan", name: "Pendidikan dan pelatihan", yandas: false },
  { id: "litbang", name: "Penelitian dan pengembangan", yandas: false },
  {
    id: "fungsi-lain",
    name: "Fungsi lain sesuai ketentuan peraturan perundang-undangan",
    yandas: false,
  },
];

const BY_ID: ReadonlyMap<string, Urusan> = new Map(URUSAN.map((u) => [u.id, u]));

/** Ids of the yandas urusan, in catalog order. */
export const YANDAS_IDS: readonly string[] = URUSAN.filter((u) => u.yandas).map((u) => u.id);

export function getUrusan(id: string): Urusan | undefined {
  return BY_ID.get(id);
}

export function isYandas(id: string): boolean {
  return BY_ID.get(id)?.yandas === true;
}

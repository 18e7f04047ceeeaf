# Skor IID (/skor)
skor-title = Skor IID { $pemda }, periode { $year }. Kategori memakai pita tahun { $year }.
skor-view-klaim = Klaim OPD
skor-view-terverifikasi = Terverifikasi Bappeda
skor-view-proyeksi = Proyeksi (draf ikut dihitung; bukan skor resmi)
skor-view-line = { $view }: { $iid } — { $category }
skor-breakdown-title = Rincian { $view }:
skor-breakdown-spd = • SPD: { $spd } / { $max }
skor-breakdown-kematangan = • Rata-rata kematangan: { $avg } / { $max } (total { $sum } dibagi MAX(k = { $k }, n = { $n }) = { $divisor })
skor-breakdown-jumlah = • Jumlah inovasi: { $jumlah } / { $max } (n = { $n }; { $per } per inovasi, paling banyak { $cap } inovasi)
skor-breakdown-yandas = • Yandas tercakup: { $covered } dari 6, minimal { $min } ({ $list })
skor-gate-closed = • Nilai jumlah inovasi 0: yandas baru tercakup { $covered }, minimal { $min }.
skor-distance = { $view }: kurang { $points } poin lagi menuju { $next }.
skor-top = { $view }: sudah di kategori tertinggi.
skor-actions-title-klaim = Tiga langkah yang paling menaikkan indeks (klaim):
skor-actions-title-proyeksi = Tiga langkah yang paling menaikkan indeks (proyeksi):
skor-first-gap = Butuh { $points } poin lagi untuk naik ke { $next }.
skor-first-top = Sudah di kategori tertinggi; jaga agar tetap di sini.
skor-first-start-drafts = Belum ada skor. Langkah pertama: lengkapi dan ajukan { $count } inovasi yang masih draf ke Bappeda.
skor-first-start-verify = Belum ada inovasi yang terverifikasi. Langkah pertama: Bappeda memverifikasi { $count } inovasi yang sudah diajukan.
skor-first-start-innovation = Belum ada skor. Langkah pertama: OPD mendaftarkan inovasi pertamanya dengan /inovasi_baru lalu mengajukannya ke Bappeda.
skor-first-start-levels = Belum ada skor. Langkah pertama: isi level indikator inovasi yang sudah diajukan beserta data dukungnya.
skor-missing-title = Yang masih kurang:
skor-missing-yandas = • Inovasi baru mencakup { $covered } dari { $total } urusan pelayanan dasar (minimal { $min }), jadi nilai jumlah inovasi masih 0.
skor-missing-few = • Baru { $n } inovasi yang dihitung; sampai ada { $k }, setiap inovasi tambahan langsung menaikkan rata-rata kematangan.
skor-missing-spd = • Indikator tingkat pemda (SPD) belum diisi Bappeda (/spd).
skor-button-detail = Rincian
skor-button-summary = ‹ Ringkasan
skor-button-klaim = Klaim
skor-button-terverifikasi = Terverifikasi
skor-button-proyeksi = Proyeksi
skor-action-raise = naikkan indikator { $indicator } pada inovasi { $innovation } dari { $from } ke { $to }: +{ $gain }
skor-action-add = tambah 1 inovasi (dengan kematangan setara rata-rata, { $assumed }): +{ $gain }
skor-action-add-urusan = tambah 1 inovasi urusan { $urusan } (membuka nilai jumlah inovasi): +{ $gain }
skor-action-drafts = lengkapi dan ajukan { $count } inovasi yang masih draf: +{ $gain }
skor-no-actions = Tidak ada langkah yang bisa menaikkan indeks lagi.
skor-jumlah-assumed = Catatan: aturan jumlah inovasi periode { $year } belum diketahui resmi; dipakai aturan bawaan ({ $per } per inovasi, paling banyak { $cap }, minimal { $min } yandas).
skor-no-opd = Akun Anda belum terhubung ke OPD. Hubungi admin Bappeda.
skor-opd-title = Bagian { $opd } dalam skor IID periode { $year }
skor-opd-total = Inovasi OPD Anda: { $total } (tanpa yang ditarik), { $drafts } masih draf.
skor-opd-view = { $view }: { $n } inovasi dihitung, rata-rata kematangan { $avg } / { $max }, menyumbang { $points } poin IID
skor-opd-note = Sumbangan = total kematangan inovasi OPD Anda dibagi MAX(k, n) seluruh pemda, × 100 / 250. Skor total pemda dapat dilihat pimpinan dan admin.
skor-opd-actions-title = Tiga langkah pada inovasi OPD Anda yang paling menaikkan indeks (klaim):

# Kategori (/kategori) dan hasil resmi (/hasil_resmi)
kat-title = Kategori { $pemda }
kat-now = Sekarang (periode { $year }, pita { $year }): klaim OPD { $klaim } — { $klaimCategory }; terverifikasi Bappeda { $verified } — { $verifiedCategory }.
kat-now-operator = Sekarang (periode { $year }, pita { $year }): klaim OPD { $klaimCategory }; terverifikasi Bappeda { $verifiedCategory }.
kat-other-bands = Dengan pita tahun { $year }: klaim { $klaimCategory }; terverifikasi { $verifiedCategory }.
kat-official-title = Hasil resmi Kemendagri:
kat-official-line = { $year }: { $score } — { $category }
kat-official-none = Belum ada hasil resmi yang dicatat.
kat-official-hint = Catat atau koreksi hasil resmi dengan /hasil_resmi.
hr-ask-year = Kirim tahun hasil resmi, contoh: { $example }. Kirim /batal untuk batal.
hr-bad-year = Tahun harus berupa 4 angka antara { $min } dan { $max }.
hr-ask-score = Kirim skor resmi tahun { $year } sesuai keputusan Kemendagri, contoh: 54,03.
hr-bad-score = Skor harus angka 0 sampai 100 dengan paling banyak 2 desimal, contoh: 54,03.
hr-ask-category = Skor { $year }: { $score }. Pilih kategori (predikat) sesuai keputusan:
hr-press-category = Pilih kategori untuk { $year } ({ $score }) dengan tombol di bawah.
hr-bands-differ = Catatan: menurut pita tahun { $year } yang tersimpan, skor ini termasuk { $category }. Yang dicatat tetap kategori dari keputusan.

# Rekap per OPD (/rekap)
rekap-title = Rekap per OPD, periode { $year }: { $opds } OPD punya inovasi, { $total } inovasi (tanpa yang ditarik). Urut: { $sort }. Halaman { $page }/{ $pages }.
rekap-own-title = Rekap OPD Anda, periode { $year }:
rekap-line =
    { $name }
    draf { $draf } · diajukan { $diajukan } · dikembalikan { $dikembalikan } · terverifikasi { $terverifikasi } · ditarik { $ditarik }
    rata-rata kematangan: klaim OPD { $avg } · terverifikasi Bappeda { $verified } · indikator tanpa data dukung: { $missing }
rekap-points = sumbangan ke skor klaim: { $points } poin IID
rekap-empty-line = { $count } OPD belum punya inovasi.
rekap-empty-button = Lihat { $count } OPD tanpa inovasi
rekap-empty-title = { $count } OPD belum punya inovasi pada periode { $year }:
rekap-sort-sumbangan = sumbangan
rekap-sort-bukti = data dukung kurang
rekap-sort-nama = nama
rekap-open-hint = Pilih OPD di bawah untuk melihat inovasinya dan data dukung yang belum ada.
rekap-opd-title = Rekap OPD, periode { $year }:
rekap-innovation-line = • { $nama } — { $status } · kematangan klaim { $kematangan } · tanpa data dukung: { $missing }
rekap-no-innovations = Belum ada inovasi pada periode ini.

# Periode (/periode)
periode-list-title = Periode penilaian. Periode aktif menentukan formulir dan skor. Pilih periode untuk melihat, mengaktifkan, atau menyalinnya.
periode-list-line = • { $year }{ $active }: k = { $k }; { $bands }
periode-active-mark = (aktif)
periode-assumed-mark = (diasumsikan)
periode-detail =
    Periode { $year }{ $active }
    k (pembagi minimal dalam MAX(k, n)): { $k }
    Pita kategori: { $bands }
    Jumlah inovasi: { $per } per inovasi, paling banyak { $cap } inovasi, minimal { $min } yandas{ $jumlahAssumed }
    Jendela waktu penerapan: { $from } s.d. { $to }{ $windowAssumed }
    Indikator: { $spd } SPD, { $sid } SID
periode-shipped = Aturan periode bawaan tidak diubah langsung; salin ke tahun baru untuk mengubah k, pita, jendela penerapan, atau aturan jumlah inovasi.
periode-activate-button = Jadikan periode aktif
periode-copy-button = Salin ke tahun baru
periode-edit-k = Ubah k
periode-edit-bands = Ubah pita kategori
periode-edit-window = Ubah jendela penerapan
periode-edit-jumlahRule = Ubah aturan jumlah inovasi
periode-not-found = Periode tidak ditemukan. Kirim /periode untuk melihat daftarnya.
periode-activated = Periode { $year } sekarang aktif: formulir inovasi dan skor memakai aturannya.
periode-ask-copy-year = Kirim tahun untuk salinan aturan periode { $source }, contoh: 2027. Kirim /batal untuk batal.
periode-bad-year = Tahun harus berupa 4 angka antara { $min } dan { $max }.
periode-year-exists = Periode { $year } sudah ada. Pilih tahun lain.
periode-copied = Aturan periode { $source } disalin ke { $year }. Ubah yang berbeda dengan tombol di bawah; periode ini belum aktif.
periode-ask-k = Kirim k baru untuk periode { $year } (bilangan bulat 1 sampai 1000). Sekarang: { $current }.
periode-ask-bands = Kirim dua batas bawah untuk periode { $year }: awal Inovatif dan awal Sangat Inovatif, contoh: 40,01 65,01. Sekarang: { $current }.
periode-ask-window = Kirim tanggal awal dan akhir jendela waktu penerapan periode { $year }, contoh: 01-01-2025 31-12-2026. Sekarang: { $from } s.d. { $to }.
periode-ask-jumlah = Kirim aturan jumlah inovasi periode { $year }: nilai per inovasi, batas jumlah inovasi, dan minimal yandas, contoh: 0,38 200 6. Tambahkan kata "asumsi" di akhir bila belum resmi. Sekarang: { $per } { $cap } { $min }.
periode-problem-format = Format tidak dikenali.
periode-problem-k-range = k harus antara 1 dan 1000.
periode-problem-band-order = Awal Inovatif harus lebih kecil dari awal Sangat Inovatif.
periode-problem-band-range = Batas harus di atas 0,01 dan paling tinggi 100.
periode-problem-decimals = Paling banyak 2 angka desimal.
periode-problem-window-order = Tanggal awal tidak boleh sesudah tanggal akhir.
periode-problem-date = Tanggal tidak sah. Tulis seperti 01-01-2025.
periode-problem-jumlah-range = Nilai per inovasi paling besar 10, batas jumlah 1 sampai 1000, dan minimal yandas 0 sampai 6.
periode-invalid = Aturan ditolak karena tidak sah: { $issues }
periode-saved = Perubahan periode { $year } disimpan.

# Indikator SPD (/spd)
spd-title = Indikator SPD periode { $year }: skor SPD { $score } / { $max }, { $filled } dari { $total } indikator terisi. Pilih indikator untuk mengisi atau mengubahnya.
spd-line = { $code }. { $name }: level { $level }, data dukung { $evidence }
spd-start-button = Tinjau dari indikator pertama
spd-continue-button = Lanjutkan yang belum diisi
spd-level-saved = ✓ Indikator { $code }: level { $level }. Skor SPD sekarang { $score } / { $max }.
spd-evidence-saved = ✓ Data dukung diterima: { $name }
spd-evidence-more = Indikator ini sudah punya { $count } data dukung. Kirim lagi bila ada, atau tekan Lanjut.
spd-keep-button = Lewati, biarkan seperti ini ›
spd-next-button = Lanjut ›
spd-skip-button = Lewati, kirim nanti
spd-done = Semua indikator SPD sudah dilalui.
spd-use-level-buttons = Pilih level dengan tombol di bawah pertanyaan.
spd-stale-button = Tombol ini sudah tidak berlaku. Kirim /spd untuk mulai lagi.
spd-period-changed = Periode aktif sudah berganti ke { $year }; isian SPD sebelumnya dihentikan tanpa perubahan. Kirim /spd untuk mengisi periode { $year }.

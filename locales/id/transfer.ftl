# Ekspor (/ekspor)
transfer-export-preparing = Sedang menyiapkan berkas ekspor… Mohon tunggu sebentar.
transfer-export-caption = Data inovasi { $pemda }, periode { $year } ({ $count } inovasi). Lembar: Inovasi, Rekap OPD, SPD, Skor.
transfer-export-zip-offer = Berkas data dukung (PDF, foto, video) bisa dikirim sebagai satu berkas .zip.
transfer-export-zip-button = 📦 Kirim data dukung (.zip)
transfer-zip-preparing = Sedang menyiapkan berkas data dukung… Mohon tunggu sebentar.
transfer-zip-caption = Data dukung periode { $year }: { $files } berkas, disusun per inovasi.
transfer-zip-missing = { $missing } berkas tercatat tetapi tidak ditemukan di server, jadi tidak ikut.
transfer-zip-none = Belum ada berkas data dukung yang tersimpan di server untuk periode { $year }. Tautan data dukung ada di kolom "bukti" lembar Inovasi.
transfer-zip-too-large = Berkas .zip terlalu besar untuk Telegram ({ $size } MB, batas 50 MB). Di server, jalankan: npm run cli -- export --out data.xlsx --bukti bukti.zip

# Impor (/impor)
transfer-import-ask = Kirim berkas .xlsx hasil /ekspor (atau .csv dari lembar Inovasi) sebagai dokumen. Baris dicocokkan menurut opd dan nama_inovasi; kolomnya dijelaskan di README. Ketik /batal untuk berhenti.
transfer-import-not-document = Yang diharapkan adalah berkas dokumen .xlsx atau .csv.
transfer-import-wrong-type = Berkas harus berformat .xlsx atau .csv.
transfer-import-too-large = Berkas terlalu besar (paling besar { $max } MB).
transfer-import-unreadable = Berkas tidak dapat dibaca sebagai .xlsx. Simpan ulang dari Excel atau LibreOffice lalu kirim lagi.
transfer-import-working = Sedang memeriksa berkas…
transfer-import-empty = Berkas tidak berisi baris data.
transfer-import-too-many-rows = Berkas berisi terlalu banyak baris (paling banyak { $max }).
transfer-import-missing-columns = Kolom berikut tidak ada di baris judul{ $sheet }: { $columns }
transfer-import-rejected = Tidak ada yang diimpor: { $count } kesalahan di { $rows } baris. Perbaiki lalu kirim lagi seluruh berkas.
transfer-import-error-line = • Baris { $line }, kolom { $column }: { $problem } (isi: "{ $value }")
transfer-import-error-line-sheet = • Lembar { $sheet }, baris { $line }, kolom { $column }: { $problem } (isi: "{ $value }")
transfer-import-done = Impor selesai: { $added } inovasi ditambahkan, { $updated } diperbarui, { $unchanged } tidak berubah. Level SPD berubah: { $spd }.
transfer-import-nothing = Tidak ada perubahan: isi berkas sama dengan data di bot ({ $unchanged } inovasi).
transfer-import-no-admin = Belum ada admin aktif untuk dicatat sebagai pelaku impor.

# Masalah per sel
transfer-problem-required = wajib diisi
transfer-problem-opd-unknown = OPD tidak dikenal (tulis nama atau kode OPD seperti di /opd)
transfer-problem-too-short = terlalu pendek (paling sedikit { $n } karakter)
transfer-problem-too-long = terlalu panjang (paling banyak { $n } karakter)
transfer-problem-option-unknown = bukan pilihan yang tersedia pada periode ini
transfer-problem-date-format = format tanggal tidak dikenal (contoh: 17-08-2024 atau 2024-08-17)
transfer-problem-date-invalid = tanggal tidak ada di kalender
transfer-problem-date-order = waktu penerapan lebih awal dari waktu uji coba
transfer-problem-status-unknown = status harus draf, diajukan, dikembalikan, terverifikasi atau ditarik
transfer-problem-level-invalid = level harus 0, 1, 2 atau 3 (atau kosong)
transfer-problem-code-unknown = kode indikator SPD tidak ada pada periode ini
transfer-problem-duplicate-row = sama dengan baris { $n }

# Lembar Excel
transfer-xlsx-opd = OPD
transfer-xlsx-code = Kode
transfer-xlsx-active = Jumlah (tanpa ditarik)
transfer-xlsx-avg-kematangan = Rata-rata kematangan
transfer-xlsx-missing-evidence = Indikator tanpa bukti
transfer-xlsx-indicator = Indikator
transfer-xlsx-variable = Variabel
transfer-xlsx-weight = Bobot
transfer-xlsx-score = Skor
transfer-xlsx-required = Wajib
transfer-xlsx-yes = ya
transfer-xlsx-part = Komponen
transfer-xlsx-klaim = Klaim OPD
transfer-xlsx-terverifikasi = Terverifikasi
transfer-xlsx-klaim-text = Klaim (teks)
transfer-xlsx-terverifikasi-text = Terverifikasi (teks)
transfer-xlsx-pemda = Pemerintah daerah
transfer-xlsx-period = Periode
transfer-xlsx-spd = SPD (maks 63)
transfer-xlsx-n = Jumlah inovasi dihitung (n)
transfer-xlsx-k = k
transfer-xlsx-divisor = MAX(k, n)
transfer-xlsx-sum-kematangan = Total kematangan
transfer-xlsx-avg = Total kematangan / MAX(k, n)
transfer-xlsx-yandas = Yandas tercakup (dari 6)
transfer-xlsx-jumlah = Nilai jumlah inovasi
transfer-xlsx-sid = SID
transfer-xlsx-iid = IID = (SPD + SID) / 250 × 100
transfer-xlsx-category = Kategori

# Grafik
transfer-graf-button = 📊 Grafik
transfer-graf-preparing = Sedang menggambar grafik…
transfer-graf-caption = Posisi indeks { $pemda } periode { $year } terhadap pita kategori tahun { $year }, dan rata-rata kematangan per OPD.
transfer-graf-title = Indeks Inovasi Daerah { $pemda } — periode { $year }
transfer-graf-bands = Indeks terhadap pita kategori
transfer-graf-klaim = Klaim
transfer-graf-terverifikasi = Terverifikasi
transfer-graf-opd-title = Rata-rata kematangan per OPD (klaim, maks { $max })
transfer-graf-no-opd = Belum ada inovasi.
transfer-graf-more = … dan { $n } OPD lain

## Impor dibaca dengan batas (ukuran setelah dibuka, pengodean teks)
transfer-import-unpacked-too-large = Berkas tidak dapat dibaca: isinya terlalu besar setelah dibuka (paling besar { $max } MB). Kirim berkas .xlsx biasa hasil Excel atau LibreOffice.
transfer-import-encoding = Berkas CSV tidak berpengodean UTF-8. Di Excel pilih Simpan Sebagai → "CSV UTF-8 (dipisahkan koma)", lalu kirim lagi.

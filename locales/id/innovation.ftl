# Langkah indikator (dipakai SID di /inovasi_baru dan SPD di /spd)
ind-position = Indikator { $index } dari { $total }
ind-title = { $code }. { $name }
ind-wajib-mark = (wajib)
ind-level-line = { $level } — { $text }
ind-level-line-zero = 0 — Belum ada
ind-current = Tersimpan saat ini: level { $level }.
ind-ask-level = Pilih level yang sesuai dengan kondisi inovasi:
ind-ask-level-pemda = Pilih level yang sesuai dengan kondisi pemerintah daerah:
ind-level-zero-button = Belum ada
ind-or = atau
ind-kind-pdf = PDF
ind-kind-image = foto (JPG/PNG)
ind-kind-video = video MP4
ind-kind-link = tautan (https://…)
ind-evidence-ask = Kirim data dukung untuk indikator { $code }: { $kinds }, paling besar { $max } MB per berkas. Boleh lebih dari satu.
ind-evidence-not-file = Pesan itu bukan data dukung. Kirim { $kinds }.
ind-evidence-type = Jenis berkas itu tidak diterima untuk indikator ini. Yang diterima: { $kinds }.
ind-evidence-too-large = Berkas terlalu besar: paling besar { $max } MB (batas unduhan bot Telegram). Perkecil berkasnya atau kirim tautannya.
ind-evidence-link-not-allowed = Indikator ini tidak menerima tautan. Kirim { $kinds }.
ind-evidence-bad-url = Itu bukan tautan yang sah. Tautan harus diawali https:// atau http://, tanpa spasi, contoh https://serangkota.go.id/sk.pdf. Atau kirim { $kinds }.
ind-evidence-empty = Pesan kosong. Kirim { $kinds }.

# Inovasi: status dan isian
inn-status-draf = Draf
inn-status-diajukan = Diajukan
inn-status-dikembalikan = Dikembalikan
inn-status-terverifikasi = Terverifikasi
inn-status-ditarik = Ditarik
inn-field-nama = Nama inovasi
inn-field-tahapan = Tahapan
inn-field-inisiator = Inisiator
inn-field-namaInisiator = Nama inisiator
inn-field-jenis = Jenis
inn-field-bentuk = Bentuk
inn-field-tematik = Tematik
inn-field-urusanUtama = Urusan utama
inn-field-urusanLain = Urusan beririsan
inn-field-waktuUjiCoba = Waktu uji coba
inn-field-waktuPenerapan = Waktu penerapan
inn-field-rancangBangun = Rancang bangun
inn-field-tujuan = Tujuan
inn-field-manfaat = Manfaat
inn-field-hasil = Hasil
inn-ask-nama = Apa nama inovasinya? (3–200 karakter)
inn-ask-tahapan = Pada tahapan apa inovasi ini sekarang?
inn-ask-inisiator = Siapa inisiator inovasi ini?
inn-ask-namaInisiator = Siapa nama inisiatornya?
inn-ask-jenis = Apa jenis inovasinya?
inn-ask-bentuk = Apa bentuk inovasinya?
inn-ask-tematik = Apa tematik inovasinya?
inn-ask-urusanUtama = Apa urusan utama inovasi ini? Pilih tombol, atau ketik sebagian nama urusan untuk mencarinya.
inn-ask-urusanLain = Urusan lain yang beririsan (boleh lebih dari satu, boleh dilewati). Tekan untuk memilih atau membatalkan, ketik sebagian nama untuk mencari, lalu tekan Selesai.
inn-ask-waktuUjiCoba = Kapan uji coba inovasi dimulai? Tulis tanggalnya, contoh 17-08-2024, 17/08/2024, 2024-08-17 atau 17 Agustus 2024.
inn-ask-waktuPenerapan = Kapan inovasi mulai diterapkan? Tulis tanggalnya, contoh 17-08-2024 atau 17 Agustus 2024.
inn-ask-rancangBangun = Tulis rancang bangun inovasi, paling sedikit 300 kata: dasar hukum, permasalahan, isu strategis, metode pembaharuan, keunggulan/kebaharuan, dan cara kerja. Boleh dikirim dalam beberapa pesan.
inn-ask-tujuan = Apa tujuan inovasi ini? (paling sedikit 20 karakter)
inn-ask-manfaat = Apa manfaat inovasi ini? (paling sedikit 20 karakter)
inn-ask-hasil = Apa hasil inovasi ini sejauh ini? (paling sedikit 20 karakter)
inn-window-info = Masa penerapan periode ini: { $from } s.d. { $to }.
inn-words-progress = Rancang bangun sekarang { $words } kata; masih kurang { $missing } kata dari { $minimum }. Lanjutkan dengan pesan berikutnya.
inn-words-count = { $words } kata
inn-words-replace = Kirim rancang bangun yang baru. Pesan pertama menggantikan teks lama; kirim /batal untuk tetap memakai yang lama.
inn-none = (tidak ada)
inn-saved = ✓ { $field }: { $value }
inn-kematangan = Skor kematangan: { $score }/{ $max }

# Inovasi: alur
inn-no-opd = Akun Anda belum terhubung dengan OPD. Hubungi admin Bappeda.
inn-new-intro = Mendaftarkan inovasi baru untuk penilaian { $year }. Setiap jawaban langsung tersimpan; kirim /batal untuk berhenti dan /lanjut untuk meneruskan kapan saja.
inn-created = Draf inovasi "{ $name }" dibuat.
inn-resume-existing = Inovasi "{ $name }" sudah ada sebagai draf OPD Anda; isian dilanjutkan dari yang belum terisi.
inn-name-taken = OPD Anda sudah punya inovasi dengan nama itu (status: { $status }). Pakai nama lain.
inn-lanjut = Melanjutkan "{ $name }".
inn-lanjut-none = Tidak ada draf atau inovasi yang dikembalikan untuk dilanjutkan. Kirim /inovasi_baru untuk mendaftarkan inovasi.
inn-all-answered = Semua isian dan indikator sudah dijawab.
inn-not-found = Inovasi itu tidak ditemukan.
inn-not-yours = Inovasi ini bukan milik OPD Anda atau tidak ditemukan. Tidak ada yang diubah.
inn-locked = Inovasi ini berstatus { $status }; isiannya terkunci dan tidak dapat diubah.
inn-stale-button = Tombol itu sudah tidak berlaku untuk pertanyaan yang sedang terbuka. Tidak ada yang diubah.
inn-unknown-option = Pilihan itu tidak dikenal. Tidak ada yang diubah.
inn-hint-not-text = Jawaban tidak bisa berupa { $what }; mohon ketik jawabannya sebagai teks.
inn-msg-sticker = stiker
inn-msg-location = lokasi
inn-msg-voice = pesan suara
inn-msg-photo = foto
inn-msg-video = video
inn-msg-document = berkas
inn-msg-contact = kontak
inn-msg-other = pesan semacam itu
inn-hint-empty = Jawaban tidak boleh kosong.
inn-hint-too-long = Jawaban terlalu panjang: { $length } karakter, paling banyak { $max }.
inn-hint-too-short = Jawaban terlalu pendek: paling sedikit { $min } karakter.
inn-hint-use-buttons = Pilih salah satu tombol di bawah pertanyaan.
inn-hint-use-level-buttons = Pilih level dengan tombol di bawah pertanyaan (1, 2, 3 atau Belum ada).
inn-hint-date-format = Tanggal tidak terbaca. Tulis seperti 17-08-2024, 17/08/2024, 2024-08-17 atau 17 Agustus 2024.
inn-hint-date-invalid = Tanggal itu tidak ada di kalender (atau tahunnya di luar 2000–2100). Periksa hari, bulan dan tahunnya.
inn-hint-penerapan-before = Waktu penerapan tidak boleh sebelum waktu uji coba.
inn-hint-ujicoba-after = Waktu uji coba tidak boleh sesudah waktu penerapan yang sudah tersimpan.
inn-warn-outside-window = ⚠ Tanggal penerapan di luar masa penerapan periode ini ({ $from } s.d. { $to }). Tetap disimpan; Bappeda akan menilai apakah inovasi ini bisa diikutkan.
inn-urusan-found = { $count } urusan cocok. Pilih salah satu:
inn-urusan-more = Hanya 12 yang pertama ditampilkan; ketik lebih lengkap untuk mempersempit.
inn-urusan-none = Tidak ada urusan yang cocok dengan "{ $query }".
inn-urusan-all-button = Tampilkan semua urusan
inn-urusan-done-button = Selesai ({ $count } dipilih)
inn-urusan-skip-button = Lewati (tidak ada)
inn-level-saved = ✓ Indikator { $code }: level { $level }.
inn-evidence-saved = ✓ Data dukung { $code } diterima: { $name }
inn-evidence-more = Indikator ini sudah punya { $count } data dukung. Kirim lagi bila ada, atau tekan Lanjut.
inn-evidence-next-button = Lanjut ›
inn-evidence-skip-button = Lewati, kirim nanti

# Inovasi: daftar, ringkasan, pengajuan
inn-list-title = Inovasi OPD Anda, penilaian { $year } ({ $count }):
inn-list-line = • { $name } — { $status } · { $kematangan } · { $missing }
inn-list-ready = siap diajukan
inn-list-missing = { $count } hal belum lengkap
inn-list-empty = OPD Anda belum punya inovasi untuk penilaian { $year }. Kirim /inovasi_baru untuk mendaftarkan.
inn-list-button = ‹ Daftar inovasi
inn-open-button = Buka ringkasan
inn-continue-button = Lanjutkan isian
inn-edit-profile-button = Ubah profil
inn-edit-indicators-button = Ubah indikator
inn-submit-button = Ajukan ke Bappeda
inn-withdraw-button = Tarik inovasi
inn-edit-profile-choose = Isian mana yang ingin diubah?
inn-edit-indicator-choose = Indikator mana yang ingin diubah? (angka = level tersimpan)
inn-summary-title = { $name } (penilaian { $year })
inn-summary-status = Status: { $status }
inn-summary-note = Catatan Bappeda: { $note }
inn-summary-profile = Profil:
inn-summary-indicators = Indikator (klaim → verifikasi, jumlah data dukung):
inn-summary-indicator = { $code }. { $name }: { $claimed } → { $verified } · { $evidence } bukti
inn-summary-missing = Belum lengkap ({ $count }):
inn-submit-blocked = Belum bisa diajukan; { $count } hal perlu dilengkapi:
inn-problem-missing-field = { $field } belum diisi
inn-problem-invalid-value = { $field } berisi pilihan yang tidak berlaku pada periode ini
inn-problem-rancang-bangun-short = Rancang bangun baru { $words } kata; kurang { $missing } kata dari { $minimum }
inn-problem-penerapan-before-ujicoba = Waktu penerapan sebelum waktu uji coba
inn-problem-outside-window = Waktu penerapan di luar masa { $from } s.d. { $to }
inn-problem-wajib-no-level = Indikator wajib { $indicator } belum diberi level
inn-problem-wajib-no-evidence = Indikator wajib { $indicator } belum punya data dukung
inn-problem-no-evidence = Indikator { $indicator } belum punya data dukung (skornya bisa 0)
inn-submitted = Inovasi "{ $name }" sudah diajukan ke Bappeda. Isiannya terkunci sampai diverifikasi atau dikembalikan.
inn-submitted-warnings = Catatan:
inn-withdraw-confirm = Tarik inovasi "{ $name }"? Inovasi yang ditarik tidak dihitung dalam skor.
inn-withdraw-yes = Ya, tarik
inn-withdrawn = Inovasi "{ $name }" sudah ditarik dan tidak dihitung dalam skor.
inn-notice-verified = Inovasi "{ $name }" sudah diverifikasi Bappeda. Terima kasih.
inn-notice-returned =
    Inovasi "{ $name }" dikembalikan oleh Bappeda dengan catatan:
    { $note }
    Perbaiki lewat /inovasi atau /lanjut, lalu ajukan kembali.

# Verifikasi (admin)
ver-queue-title = Antrean verifikasi { $year }: { $count } inovasi diajukan. Pilih untuk memeriksa.
ver-queue-empty = Tidak ada inovasi yang menunggu verifikasi untuk penilaian { $year }.
ver-queue-button = ‹ Antrean
ver-back-button = ‹ Kembali
ver-opd = OPD: { $opd }
ver-evidence-title = Data dukung ({ $count }):
ver-approve-button = Setujui
ver-return-button = Kembalikan
ver-claim = Klaim OPD: level { $level }.
ver-level-saved = ✓ Level terverifikasi indikator { $code }: { $level }.
ver-approved = Inovasi "{ $name }" terverifikasi. Operator OPD sudah diberi tahu.
ver-ask-note = Tulis catatan untuk OPD: apa yang perlu diperbaiki pada "{ $name }"? (paling banyak 1000 karakter)
ver-returned = Inovasi "{ $name }" dikembalikan. Operator OPD sudah diberi tahu beserta catatannya.
ver-not-found = Inovasi itu tidak ditemukan.
ver-not-submitted = Inovasi ini tidak sedang diajukan (status: { $status }). Tidak ada yang diubah.
ver-files-button = Data dukung (zip)
ver-file-caption = Data dukung indikator { $code }
ver-files-failed = { $count } berkas tidak dapat dikirim ulang (indikator { $codes }). Minta OPD mengirim ulang berkasnya bila perlu.

## Isi berkas data dukung diperiksa (tanda tangan berkas)
ind-evidence-content = Isi berkas itu tidak sesuai jenisnya (mis. program yang dinamai .pdf), jadi tidak disimpan. Yang diterima: { $kinds }.

## Operator journey (issue 13)
inn-walk-done-open = Semua indikator sudah dilalui. Yang masih menghalangi pengajuan tercantum di bawah; tekan Lanjutkan isian untuk mengisinya.
inn-words-enough = Rancang bangun sekarang { $words } kata, sudah cukup. Kirim bagian berikutnya bila masih ada, atau tekan Selesai.
inn-words-finish-button = Selesai ›
inn-evidence-more-welcome = Berkas lain untuk indikator { $code } masih boleh dikirim sebelum memilih level di bawah.
inn-evidence-added = ✓ Data dukung { $code } diterima: { $name } ({ $count } berkas). Pilih level indikator { $next } di atas bila sudah semua.
inn-evidence-before-level = Berkas disimpan untuk indikator { $code }: { $name }. Sekarang pilih levelnya.
inn-evidence-back-button = ‹ Data dukung { $code }
inn-level-saved-zero = ✓ Indikator { $code }: belum ada.
inn-urusan-found-multi = { $count } urusan cocok. Pilih satu atau lebih, lalu tekan Selesai:
inn-delete-draft-button = Hapus draf
inn-delete-draft-confirm = Hapus draf "{ $name }"? Draf yang dihapus tidak dihitung dalam skor dan tidak dapat diisi lagi.
inn-delete-draft-yes = Ya, hapus
inn-draft-deleted = Draf "{ $name }" sudah dihapus.
inn-list-line-locked = • { $name } — { $status } · { $kematangan }
ind-t-years = (T-0 = { $t0 }, T-1 = { $t1 }, T-2 = { $t2 })
ind-evidence-counts = Yang dihitung: { $hint }.
inn-evidence-remove-button = Hapus berkas terakhir
inn-evidence-removed = Dihapus dari indikator { $code }: { $name }
inn-evidence-only-button = Data dukung saja (level tetap) ›
inn-urusan-added = ✓ Urusan beririsan ditambahkan: { $name } ({ $count } dipilih). Ketik urusan lain, atau tekan Selesai.
inn-urusan-main-change-button = ‹ Ubah urusan utama

ver-queue-line = • { $name } — { $opd }
ver-screen-title = { $name }
    OPD: { $opd }
ver-screen-kematangan = Kematangan: klaim { $claimed } → terverifikasi { $verified }
ver-screen-changes = Level yang Anda ubah (klaim → verifikasi):
ver-change-line = • { $code } { $name }: { $claimed } → { $verified }
ver-screen-evidence = Data dukung: { $count }
ver-screen-levels-hint = Setujui atau Kembalikan; untuk mengubah level, tekan indikatornya (kode · klaim→verifikasi).
ver-read-button = Baca profil lengkap
ver-zip-caption = { $count } berkas data dukung dalam satu zip.

# Pemberitahuan untuk admin
adm-notice-submitted = Inovasi baru diajukan: "{ $name }" ({ $opd }).
adm-notice-resubmitted = Inovasi diajukan ulang setelah diperbaiki: "{ $name }" ({ $opd }).
adm-notice-batch = { $count } inovasi baru diajukan:
adm-notice-line = { $name } · { $opd }
adm-notice-line-resubmitted = { $name } · { $opd } (diajukan ulang)
adm-notice-more = …dan { $count } lainnya di antrean /verifikasi.
adm-notice-check-button = Periksa
adm-notice-check-one = Periksa: { $name }
adm-notice-queue-button = Antrean verifikasi
adm-notice-registered = Pengguna baru terdaftar: { $name } ({ $jabatan }), { $role }, { $opd }.
adm-notice-person-button = Lihat pengguna
adm-notices-off = Pemberitahuan pengajuan dan pendaftaran dimatikan untuk Anda. Kirim /notifikasi lagi untuk menyalakannya.
adm-notices-on = Pemberitahuan pengajuan dan pendaftaran dinyalakan lagi untuk Anda.

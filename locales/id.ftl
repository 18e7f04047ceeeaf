# Umum
role-admin = Admin Bappeda
role-operator = Operator OPD
role-pimpinan = Pimpinan
role-guest = Belum terdaftar

start-welcome =
    Selamat datang di Bot Inovasi Daerah { $pemda }.
    Bot ini membantu penilaian mandiri Indeks Inovasi Daerah (IID): OPD mendaftarkan inovasi beserta data dukungnya, Bappeda memverifikasi, dan pimpinan memantau skor.
start-registered =
    Anda terdaftar sebagai { $role }.
    Yang bisa Anda lakukan:
    { $commands }
start-guest =
    Anda belum terdaftar.
    Untuk bergabung, mintalah kode undangan kepada admin Bappeda { $pemda }, lalu buka tautan undangan atau kirim /daftar KODE.
start-admin-bootstrap = Anda terdaftar otomatis sebagai Admin Bappeda karena tercantum di ADMIN_IDS.

help-title = Perintah yang tersedia untuk Anda ({ $role }):
help-line = /{ $command } — { $description }

cmd-start = Mulai dan lihat apa yang bisa Anda lakukan
cmd-bantuan = Daftar perintah
cmd-bahasa = Ganti bahasa
cmd-daftar = Daftar dengan kode undangan

language-choose = Pilih bahasa:
language-set = Bahasa diganti ke Bahasa Indonesia.
language-id = Bahasa Indonesia
language-en = English

error-apology = Maaf, terjadi kesalahan saat memproses permintaan Anda. Silakan coba lagi. Kode referensi: { $ref }
unknown-command = Perintah /{ $command } tidak dikenal. Kirim /bantuan untuk melihat daftar perintah.
unknown-button = Tombol ini sudah tidak berlaku. Silakan mulai lagi dari perintahnya.
fallback-text = Saya belum mengerti pesan itu. Kirim /bantuan untuk melihat daftar perintah.
command-refused = Perintah /{ $command } hanya untuk: { $roles }.
button-refused = Tombol ini hanya untuk: { $roles }.

# Jawaban dalam alur tanya-jawab
answer-text-expected = Mohon jawab dengan pesan teks.
answer-empty = Jawaban tidak boleh kosong.
answer-too-long = Jawaban terlalu panjang: paling banyak { $max } karakter.
answer-too-short = Jawaban terlalu pendek: paling sedikit { $min } karakter dan mengandung huruf.

cmd-batal = Batalkan isian yang sedang berjalan
batal-done = Dibatalkan. Kirim /bantuan untuk melihat perintah lain.
batal-nothing = Tidak ada isian yang sedang berjalan.

# Pendaftaran
reg-already = Anda sudah terdaftar sebagai { $role }. Kode undangan tidak diperlukan lagi.
reg-locked = Terlalu banyak kode yang salah. Silakan coba lagi dalam { $minutes } menit.
reg-code-unknown = Kode undangan tidak dikenal. Periksa kembali kodenya atau minta kode baru kepada admin Bappeda.
reg-code-used = Kode undangan ini sudah dipakai. Setiap kode hanya berlaku untuk satu orang; mintalah kode baru kepada admin Bappeda.
reg-code-revoked = Kode undangan ini sudah dicabut oleh admin Bappeda. Mintalah kode baru bila Anda tetap perlu akses.
reg-code-expired = Kode undangan ini sudah kedaluwarsa. Mintalah kode baru kepada admin Bappeda.
reg-code-opd-inactive = Undangan ini untuk OPD yang sudah dinonaktifkan. Mintalah undangan baru kepada admin Bappeda.
reg-daftar-usage = Kirim /daftar diikuti kode undangan, contoh: /daftar ABCD2345EF
reg-intro = Kode undangan diterima: { $invitation }.
reg-ask-name = Siapa nama lengkap Anda (beserta gelar bila ada)?
reg-ask-jabatan = Apa jabatan Anda?
reg-ask-phone = Bagikan nomor telepon Anda dengan tombol di bawah agar admin mudah menghubungi Anda, atau pilih Lewati.
reg-phone-share = Bagikan nomor telepon
reg-phone-skip = Lewati
reg-phone-hint = Gunakan tombol di bawah untuk membagikan nomor Anda, atau pilih Lewati.
reg-phone-not-own = Mohon bagikan nomor Anda sendiri dengan tombol di bawah, bukan kontak orang lain.
reg-phone-done = Terima kasih.
reg-phone-none = (tidak dibagikan)
reg-confirm =
    Periksa data Anda:
    Nama: { $name }
    Jabatan: { $jabatan }
    Telepon: { $phone }
    Peran: { $invitation }
    Sudah benar?
reg-confirm-yes = Ya, daftarkan
reg-confirm-no = Batal
reg-press-button = Silakan tekan salah satu tombol pada pesan konfirmasi di atas.
reg-cancelled = Pendaftaran dibatalkan. Kode undangan Anda belum terpakai dan masih bisa digunakan.
reg-done = Pendaftaran berhasil. Anda terdaftar sebagai { $role }.

# Undangan
cmd-undang = Undang operator, pimpinan, atau admin
inv-choose-role = Undang sebagai apa?
inv-list-button = Undangan aktif
inv-choose-opd = Pilih OPD untuk operator yang diundang, atau ketik sebagian namanya:
inv-created =
    Undangan dibuat: { $invitation }
    Kode: { $code }
    Tautan: { $link }
    Berlaku sampai { $expires }, hanya untuk satu orang.
    Kirimkan tautan (atau kodenya) kepada orang yang diundang.
inv-revoke-button = Cabut undangan
inv-revoke-code = Cabut { $code }
inv-revoked = Undangan { $code } ({ $invitation }) sudah dicabut.
inv-not-pending = Undangan ini sudah tidak aktif: terpakai, dicabut, atau kedaluwarsa.
inv-list-empty = Tidak ada undangan aktif.
inv-list-title = Undangan aktif ({ $count }):
inv-list-line = { $code } — { $invitation }, berlaku sampai { $expires }
opd-not-found = OPD tidak ditemukan atau sudah nonaktif.

# OPD
cmd-opd = Kelola daftar OPD
back-button = ‹ Kembali
opd-line = • { $name } ({ $code }){ $status }
opd-inactive-mark = { " " }— nonaktif
opd-list-title = Daftar OPD: { $active } aktif, { $inactive } nonaktif (halaman { $page }/{ $pages }). Pilih OPD untuk mengubahnya.
opd-add-button = Tambah OPD
opd-csv-button = Impor CSV
opd-rename-button = Ganti nama
opd-deactivate-button = Nonaktifkan
opd-activate-button = Aktifkan
opd-status-active = aktif
opd-status-inactive = nonaktif
opd-detail =
    { $name }
    Kode: { $code }
    Jenis: { $kind }
    Status: { $status }
    Operator aktif: { $operators }
opd-ask-add = Kirim nama OPD baru. Kode singkat boleh ditambahkan setelah tanda |, contoh: Dinas Kesehatan | DINKES
opd-ask-rename = Kirim nama baru untuk { $name }.
opd-added = OPD ditambahkan: { $name } (kode { $code }).
opd-renamed = Nama OPD diganti: { $from } → { $to }.
opd-name-empty = Nama OPD tidak boleh kosong.
opd-name-too-short = Nama OPD terlalu pendek (paling sedikit 3 karakter).
opd-name-too-long = Nama OPD terlalu panjang (paling banyak 120 karakter).
opd-name-taken = Sudah ada OPD dengan nama itu.
opd-code-invalid = Kode singkat hanya boleh berisi huruf, angka, dan tanda minus, paling banyak 20 karakter, contoh DINKES.
opd-code-taken = Kode itu sudah dipakai OPD lain.
opd-csv-choose = Berkas CSV dipakai untuk apa?
opd-csv-extend = Tambahkan ke daftar yang ada
opd-csv-replace = Ganti seluruh daftar
opd-csv-ask = Kirim berkas .csv: kolom pertama nama OPD, kolom kedua kode singkat (boleh kosong). Baris judul "nama,kode" boleh ada. Kirim /batal untuk batal.
opd-csv-not-csv = Berkas harus berupa .csv (teks dipisah koma atau titik koma).
opd-csv-too-large = Berkas terlalu besar: paling besar 1 MB.
opd-csv-empty = Berkas tidak berisi satu baris OPD pun.
opd-csv-too-many-rows = Berkas berisi terlalu banyak baris (paling banyak 500).
opd-csv-rejected = Tidak ada yang diubah: { $count } masalah ditemukan. Perbaiki baris berikut lalu kirim lagi berkasnya:
opd-csv-error-line = Baris { $line }: { $problem } ("{ $value }")
opd-csv-name-empty = kolom nama kosong
opd-csv-name-too-short = nama terlalu pendek
opd-csv-name-too-long = nama terlalu panjang
opd-csv-code-invalid = kode tidak sah (huruf, angka, tanda minus; paling banyak 20)
opd-csv-duplicate-name = nama sama dengan baris lain
opd-csv-duplicate-code = kode sama dengan baris lain
opd-csv-code-taken = kode sudah dipakai OPD lain
opd-csv-too-many-columns = lebih dari dua kolom
opd-csv-applied = Daftar OPD diperbarui: { $added } ditambahkan, { $kept } diperbarui, { $deactivated } dinonaktifkan.

# Pengguna
cmd-pengguna = Daftar pengguna: cabut akses, pindah OPD
usr-list-title = Pengguna aktif: { $count } (halaman { $page }/{ $pages }). Pilih nama untuk mengelola.
usr-line = • { $who } — { $role }
usr-line-jabatan = { $name } ({ $jabatan })
usr-line-opd = { $role }, { $opd }
usr-detail =
    { $name }
    Jabatan: { $jabatan }
    Peran: { $role }
    OPD: { $opd }
    Telepon: { $phone }
usr-not-found = Pengguna tidak ditemukan atau aksesnya sudah dicabut.
usr-revoke-button = Cabut akses
usr-move-button = Pindah OPD
usr-revoke-confirm = Cabut akses { $name }? Ia tidak akan bisa memakai bot sampai diundang lagi.
usr-revoke-yes = Ya, cabut
usr-revoke-self = Anda tidak dapat mencabut akses Anda sendiri.
usr-revoke-configured = Akses { $name } tidak dapat dicabut dari bot: ia terdaftar sebagai admin di konfigurasi server (ADMIN_IDS). Minta pengelola server menghapusnya dari sana.
usr-revoked = Akses { $name } sudah dicabut.
usr-revoked-notice = Akses Anda ke Bot Inovasi Daerah telah dicabut oleh admin Bappeda.
usr-move-choose = Pindahkan { $name } ke OPD:
usr-moved = { $name } sekarang operator { $opd }.
usr-moved-notice = Anda sekarang tercatat sebagai operator { $opd }.

# Pemda
cmd-pemda = Profil pemerintah daerah
pemda-profile = Pemerintah daerah: { $name }
pemda-rename-button = Ganti nama
pemda-ask-name = Kirim nama pemerintah daerah, contoh: Kota Serang.
pemda-bad-name = Nama harus { $min } sampai { $max } karakter.
pemda-renamed = Nama pemerintah daerah sekarang: { $name }.

# Menu perintah fitur lain (teks fiturnya ada di locales/id/*.ftl)
cmd-inovasi_baru = Daftarkan inovasi baru
cmd-lanjut = Lanjutkan isian inovasi terakhir
cmd-inovasi = Daftar inovasi OPD Anda
cmd-verifikasi = Verifikasi inovasi yang diajukan
cmd-notifikasi = Matikan/nyalakan pemberitahuan pengajuan dan pendaftaran
cmd-skor = Skor IID dan kategori saat ini
cmd-kategori = Kategori sekarang dan hasil resmi per tahun
cmd-rekap = Rekap per OPD
cmd-periode = Aturan periode (tahun penilaian)
cmd-spd = Isi indikator SPD (tingkat pemda)
cmd-hasil_resmi = Catat hasil resmi IID dari Kemendagri
cmd-tenggat = Tenggat yang akan datang
cmd-tenggat_baru = Buat tenggat baru
cmd-umumkan = Kirim pengumuman

# Batas dan grup
rate-limited = Pesan Anda terlalu banyak dalam waktu singkat; pesan itu tidak diproses. Kirim lagi setelah { $seconds } detik.
rate-limited-text = Pesan Anda terlalu banyak dalam waktu singkat; "{ $text }" tidak diproses. Kirim lagi setelah { $seconds } detik.
rate-limited-button = Terlalu cepat; tombol itu tidak diproses. Tekan lagi setelah { $seconds } detik.
group-private-only = Bot ini bekerja di obrolan pribadi. Silakan buka obrolan dengan bot untuk memakainya.
group-leaders-only = Di grup, /skor dan /kategori hanya dijawab untuk pimpinan dan admin Bappeda yang terdaftar.

# Cadangan
cmd-cadangan = Kirim cadangan basis data terbaru
backup-caption = Cadangan basis data per { $when }. Simpan di tempat aman: berkas ini berisi seluruh data inovasi dan pengguna.
backup-too-soon = Cadangan baru saja dibuat. Anda dapat membuat cadangan berikutnya mulai { $when }.
edit-not-processed = Pesan yang diubah tidak diproses ulang. Bila ingin mengganti jawaban, kirim pesan baru.
cmd-ekspor = Ekspor data ke Excel (dan berkas bukti)
cmd-impor = Impor inovasi dari Excel atau CSV


## Operator journey (issue 13): searching the /undang OPD picker
inv-opd-type-hint = Ketik sebagian nama OPD, atau pilih dari daftar di atas.
inv-opd-none = Tidak ada OPD yang cocok dengan "{ $query }". Ketik lagi, atau pilih dari daftar di atas.
inv-opd-found = { $count } OPD cocok. Pilih salah satu:

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

# Tenggat (/tenggat, /tenggat_baru)
tgt-left-passed = sudah lewat
tgt-left-days = { $n } hari lagi
tgt-left-hours = { $n } jam lagi
tgt-left-minutes = { $n } menit lagi
tgt-due-line = Batas: { $date } ({ $left })
tgt-audience-all = Semua operator OPD
tgt-audience-unfinished = Hanya OPD yang belum selesai
tgt-audience-line = Sasaran pengingat: { $audience }
tgt-note-line = Catatan: { $note }
tgt-list-title = Tenggat yang akan datang ({ $n }):
tgt-none = Belum ada tenggat yang akan datang.
tgt-none-admin = Belum ada tenggat yang akan datang. Buat dengan /tenggat_baru.
tgt-new-button = ➕ Tenggat baru
tgt-edit-name-button = Ganti nama
tgt-edit-due-button = Ganti waktu
tgt-edit-audience-button = Ganti sasaran
tgt-edit-note-button = Ganti catatan
tgt-delete-button = 🗑 Hapus
tgt-ask-name = Apa nama tenggatnya? Contoh: Batas pengisian inovasi 2026
tgt-ask-due = Kapan batasnya (WIB)? Tulis tanggal dan jam, contoh 31-07-2026 23:59 atau 2026-07-31 23:59.
tgt-ask-audience = Siapa yang diingatkan?
tgt-ask-note = Tambahkan catatan untuk penerima pengingat, atau pilih Tanpa catatan.
tgt-ask-note-edit = Tulis catatan baru, atau kirim - untuk menghapus catatan.
tgt-no-note-button = Tanpa catatan
tgt-press-button = Silakan pilih salah satu tombol.
tgt-stale-button = Tombol ini sudah tidak berlaku. Mulai lagi dengan /tenggat atau /tenggat_baru.
tgt-name-no-letters = Nama tenggat harus mengandung huruf.
tgt-due-format = Format waktu tidak dikenali. Tulis tanggal lalu jam, misalnya 31-07-2026 23:59 atau 2026-07-31 23:59.
tgt-due-invalid-date = Tanggal itu tidak ada di kalender. Periksa tanggal dan bulannya.
tgt-due-invalid-time = Jam tidak valid: gunakan 00:00 sampai 23:59.
tgt-due-past = Waktu itu sudah lewat. Tenggat harus di masa depan.
tgt-created = Tenggat dibuat.
tgt-created-reminders = Pengingat dikirim pada { $days } sebelum batas, sesuai jadwal pengingat.
tgt-not-found = Tenggat ini tidak ditemukan; mungkin sudah dihapus.
tgt-editing = Mengubah tenggat: { $name }
tgt-updated = Tenggat diperbarui.
tgt-delete-confirm = Hapus tenggat ini? Pengingatnya tidak akan dikirim lagi.
tgt-delete-yes = Ya, hapus
tgt-delete-no = Batal
tgt-deleted = Tenggat dihapus: { $name }

# Pengingat tenggat (dikirim terjadwal)
rem-title = ⏰ Pengingat tenggat: { $name }
rem-due = Batas: { $date } ({ $left }).
rem-note = Catatan Bappeda: { $note }
rem-no-innovation = { $opd } belum mendaftarkan inovasi untuk periode { $year }. Mulai dengan /inovasi_baru.
rem-all-done = Tidak ada pekerjaan tertunda untuk { $opd }: semua inovasi sudah diajukan.
rem-pending-title = Yang masih perlu diselesaikan { $opd } ({ $n } inovasi):
rem-item-draft = Draf belum diajukan: { $name }
rem-item-returned = Dikembalikan untuk perbaikan: { $name }
rem-item-return-note = Catatan verifikator: { $note }
rem-item-missing-evidence = Data dukung indikator wajib belum ada: { $indicators }
rem-item-other-problems = { $n } isian lain belum lengkap
rem-more = …dan { $n } inovasi lainnya.
rem-footer = Lanjutkan dengan /lanjut, atau lihat semua inovasi OPD Anda dengan /inovasi.

# Pengumuman (/umumkan)
bc-ask-text = Tulis isi pengumuman (paling banyak { $max } karakter).
bc-ask-audience = Kirim kepada siapa?
bc-audience-all = Semua pengguna
bc-audience-operator = Semua operator OPD
bc-audience-pimpinan = Semua pimpinan
bc-audience-opd = Satu OPD…
bc-audience-opd-named = operator { $opd }
bc-ask-opd = Pilih OPD:
bc-opd-not-found = OPD ini tidak ditemukan atau sudah nonaktif.
bc-no-recipients = Tidak ada penerima yang bisa dihubungi untuk pilihan { $audience }. Pilih sasaran lain.
bc-header = 📢 Pengumuman Bappeda
bc-preview =
    Pratinjau pengumuman untuk { $audience }: { $n } penerima.
    { $unreachable ->
        [0] Periksa lalu tekan Kirim.
       *[other] { $unreachable } orang lain tidak bisa dihubungi (memblokir bot) dan akan dihitung sebagai diblokir. Periksa lalu tekan Kirim.
    }
bc-send-button = Kirim
bc-cancel-button = Batal
bc-cancelled = Pengumuman dibatalkan; tidak ada yang dikirim.
bc-press-button = Silakan pilih salah satu tombol.
bc-press-confirm = Tekan Kirim atau Batal pada pratinjau di atas.
bc-stale-button = Tombol ini sudah tidak berlaku. Mulai lagi dengan /umumkan.
bc-progress = Mengirim pengumuman… { $done }/{ $total } (terkirim { $sent }, gagal { $failed }, diblokir { $blocked })
bc-done =
    Pengumuman selesai dikirim ke { $total } penerima.
    Terkirim: { $sent }
    Gagal: { $failed }
    Diblokir: { $blocked }

# Pengumuman tahan mulai ulang (durable announcements)
bc-done-unknown = Tidak pasti: { $unknown } (bot berhenti tepat saat mengirim; tidak dikirim ulang agar tidak ganda)
bc-resumed = Bot sempat dimulai ulang di tengah pengiriman pengumuman; sisa penerima sudah dikirimi.

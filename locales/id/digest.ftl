# Ringkasan mingguan untuk pimpinan dan admin (DIGEST_CRON)
digest-title = 📋 Ringkasan mingguan IID { $pemda }, periode { $year }
digest-change-up = Naik { $points } poin sejak pekan lalu.
digest-change-down = Turun { $points } poin sejak pekan lalu.
digest-change-same = Tidak berubah sejak pekan lalu.
digest-change-unknown = Belum ada angka pekan lalu untuk dibandingkan.
digest-activity = Pekan ini: { $submitted } inovasi diajukan, { $verified } diverifikasi.
digest-deadline = Tenggat berikutnya: { $name }, { $left }.
digest-no-deadline = Belum ada tenggat yang akan datang.
digest-opds-without = { $count } OPD belum punya inovasi.
digest-opds-all = Semua OPD sudah punya inovasi.
digest-footer = Rincian: /skor dan /rekap.

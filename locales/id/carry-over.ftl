# Membawa inovasi periode sebelumnya ke periode aktif (/bawa_inovasi)
cmd-bawa_inovasi = Bawa inovasi periode sebelumnya ke periode aktif
bawa-title = Bawa inovasi ke periode { $year } ({ $count } dapat dipilih). Profil, jawaban indikator dan data dukung disalin sebagai draf untuk ditinjau dan diperbarui; catatan periode sebelumnya tidak berubah. Satu inovasi paling banyak ikut { $max } kali.
bawa-item = { $nama } ({ $year }, sudah ikut { $times }×)
bawa-none = Tidak ada inovasi periode sebelumnya yang dapat dibawa ke periode { $year }.
bawa-all-button = Bawa semua ({ $count })
bawa-all-title = Hasil membawa inovasi ke periode { $year }:
bawa-done = “{ $nama }” dibawa ke periode { $year } sebagai draf (ikut ke-{ $times } dari paling banyak { $max } kali); { $copied } data dukung disalin. Tinjau dan ajukan lewat /inovasi.
bawa-needs-update = Perlu diperbarui: data dukung indikator { $codes } harus dari tahun yang diminta periode ini (T-0, T-1, T-2).
bawa-limit = “{ $nama }” tidak dapat dibawa: sudah ikut { $times } kali, dan periode { $year } membatasi paling banyak { $max } kali.
bawa-exists = “{ $nama }” sudah ada di periode { $year }.
bawa-not-earlier = “{ $nama }” bukan inovasi periode sebelum { $year }.
inn-evidence-stale = ⚠ Data dukung ini dibawa dari periode sebelumnya dan perlu diperbarui: kirim dokumen tahun yang diminta periode ini ({ $hint }).
bawa-item-opd = { $nama } · { $opd } ({ $year }, { $times }×)

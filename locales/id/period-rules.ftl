# Aturan periode tambahan: gerbang yandas, keikutsertaan inovasi (/periode)
periode-rules =
    Gerbang yandas: { $yandas }
    Penerapan sebelum rentang: { $beforeWindow }; paling banyak { $max } kali ikut{ $eligibilityAssumed }
periode-yandas-utama = hanya urusan utama yang dihitung
periode-yandas-beririsan = urusan utama dan urusan beririsan dihitung
periode-before-pengembangan = ikut hanya dengan tanggal pengembangan terbaru di dalam rentang
periode-before-tolak = tidak ikut
periode-before-peringatan = ikut, dengan peringatan
periode-edit-eligibility = Ubah aturan keikutsertaan
periode-ask-jumlah-reading = Kirim aturan jumlah inovasi periode { $year }: nilai per inovasi, batas jumlah inovasi, minimal yandas, lalu "utama" (hanya urusan utama dihitung) atau "beririsan" (urusan beririsan ikut dihitung), contoh: 0,38 200 6 utama. Tambahkan kata "asumsi" di akhir bila belum resmi. Sekarang: { $per } { $cap } { $min } { $reading }.
periode-ask-eligibility = Kirim aturan keikutsertaan periode { $year }: untuk penerapan sebelum rentang tulis "pengembangan" (ikut bila tanggal pengembangan terbaru di dalam rentang), "tolak" atau "peringatan", lalu berapa kali paling banyak satu inovasi boleh ikut, contoh: pengembangan 2. Tambahkan kata "asumsi" di akhir bila belum resmi. Sekarang: { $rule } { $max }.
periode-problem-participation-range = Batas keikutsertaan harus 1 sampai 10 kali.

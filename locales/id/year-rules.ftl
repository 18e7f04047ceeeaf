# Aturan tahun pada skor: gerbang yandas, syarat keikutsertaan, tahapan, hasil nasional
skor-view-nasional = Hasil nasional (verifikasi kementerian; yang ditolak tetap dihitung dengan skor 0)
skor-button-nasional = Nasional
skor-yandas-if-beririsan = Bila urusan beririsan ikut dihitung: { $iid } — { $category }.
skor-yandas-if-utama = Bila hanya urusan utama dihitung: { $iid } — { $category }.
skor-excluded = { $count } inovasi tidak memenuhi syarat periode ini dan tidak dihitung (lihat /inovasi).
skor-stage-warning = { $count } inovasi masih tahap inisiatif atau uji coba: kementerian mengurangi skor inovasi yang belum diuji coba.

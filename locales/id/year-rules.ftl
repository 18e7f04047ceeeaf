# Aturan tahun pada skor: gerbang yandas, syarat keikutsertaan, tahapan, hasil nasional
skor-view-nasional = Hasil nasional (verifikasi kementerian; yang ditolak tetap dihitung dengan skor 0)
skor-button-nasional = Nasional
skor-yandas-if-beririsan = Bila urusan beririsan ikut dihitung: { $iid } — { $category }.
skor-yandas-if-utama = Bila hanya urusan utama dihitung: { $iid } — { $category }.
skor-excluded = { $count } inovasi tidak memenuhi syarat periode ini dan tidak dihitung (lihat /inovasi).
skor-stage-warning = { $count } inovasi masih tahap inisiatif atau uji coba: kementerian mengurangi skor inovasi yang belum diuji coba.
kat-official-line-category = { $year }: { $category } (skor tidak dipublikasikan)
kat-national = Hasil nasional periode { $year } (hitungan bot dari verifikasi kementerian): { $iid } — { $category }.
kat-national-same = Kategorinya sama dengan hasil resmi { $official }.
kat-national-differs = Kategorinya berbeda dari hasil resmi { $official }.
kat-national-difference = Selisih dengan skor resmi: { $points } poin.
hr-no-score-button = Tanpa skor (hanya kategori)
hr-no-score = tanpa skor
hr-replaces-result = Hasil yang sudah tercatat ({ $result }) akan diganti.
hr-recorded-result = Hasil resmi tercatat: { $result }.

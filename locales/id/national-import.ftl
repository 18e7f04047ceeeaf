# Kolom impor level_nasional (isu 15): level yang diubah kementerian, seperti di /hasil_nasional
transfer-problem-national-levels-invalid = level kementerian harus ditulis seperti 16=3, 17=2 (kode indikator periode ini, level 0 sampai 3)
transfer-problem-national-levels-without-diterima = level kementerian hanya boleh diisi bila hasil_nasional = diterima

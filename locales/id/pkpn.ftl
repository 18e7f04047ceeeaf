# Klaster PKPN 2026 (isu 16): daftar dari data periode, diisi admin di /periode
inn-field-pkpn = Klaster PKPN
inn-ask-pkpn = Inovasi ini masuk klaster PKPN yang mana? Pilih "Non PKPN" bila tidak masuk klaster mana pun.
periode-pkpn-line = Klaster PKPN: { $list }
periode-pkpn-none = belum diisi (profil tidak menanyakannya)
periode-edit-pkpn = Ubah daftar klaster PKPN
periode-ask-pkpn = Kirim daftar klaster PKPN periode { $year }, satu klaster per baris (atau dipisah ";"). "Non PKPN" selalu ditawarkan, jangan ditulis. Kirim "kosong" untuk mengosongkan daftar. Sekarang: { $current }.
periode-problem-pkpn-count = Paling banyak 30 klaster.
periode-problem-pkpn-long = Nama klaster paling panjang 100 karakter.
periode-problem-pkpn-duplicate = Ada nama klaster yang ditulis dua kali.
periode-problem-pkpn-reserved = "Non PKPN" selalu ditawarkan; jangan ditulis sebagai klaster.

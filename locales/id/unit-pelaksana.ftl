inn-unit-button = Unit pelaksana
inn-unit-none = belum diisi
inn-unit-ask = Unit pelaksana sekarang: { $now }. Ketik nama unit yang menjalankan inovasi ini (mis. Puskesmas Ciracas, SDN 1 Serang, Kelurahan Cimuncang).
inn-unit-ask-pick = Unit pelaksana sekarang: { $now }. Pilih unit OPD Anda di bawah, atau ketik namanya bila tidak ada.
inn-unit-bad = Nama unit harus 3–120 karakter. Ketik lagi, atau /batal.
inn-unit-saved = ✓ Unit pelaksana: { $unit }.
inn-unit-line = Unit pelaksana: { $unit }

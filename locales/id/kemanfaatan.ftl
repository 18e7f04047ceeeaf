inn-basis-ask = { $code }. { $name }: pilih satu dasar kemanfaatan. Tiap dasar punya ambang tingkatnya sendiri; levelnya ditanyakan sesudah ini.
inn-basis-current = Dasar sekarang: { $basis }.
inn-basis-saved = ✓ Dasar indikator { $code }: { $basis }.
inn-basis-change-button = Ganti dasar
ver-basis = Dasar indikator { $code }: { $basis }
transfer-problem-basis-unknown = bukan dasar kemanfaatan periode ini (tulis namanya seperti di ekspor, mis. Jumlah orang penerima manfaat)

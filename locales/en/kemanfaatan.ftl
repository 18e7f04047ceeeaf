inn-basis-ask = { $code }. { $name }: choose one basis of benefit. Each basis has its own level cut-offs; the level is asked next.
inn-basis-current = Current basis: { $basis }.
inn-basis-saved = ✓ Basis of indicator { $code }: { $basis }.
inn-basis-change-button = Change basis
ver-basis = Basis of indicator { $code }: { $basis }
transfer-problem-basis-unknown = not a basis of benefit of this period (write its name as in the export, e.g. Jumlah orang penerima manfaat)

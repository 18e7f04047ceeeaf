inn-unit-button = Implementing unit
inn-unit-none = not set
inn-unit-ask = Implementing unit now: { $now }. Type the name of the unit that runs this innovation (e.g. Puskesmas Ciracas, SDN 1 Serang, Kelurahan Cimuncang).
inn-unit-ask-pick = Implementing unit now: { $now }. Pick one of your OPD's units below, or type its name if it is not there.
inn-unit-bad = A unit name must be 3–120 characters. Type it again, or /batal.
inn-unit-saved = ✓ Implementing unit: { $unit }.
inn-unit-line = Implementing unit: { $unit }

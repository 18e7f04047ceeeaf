# Further period rules: the yandas gate, how innovations take part (/periode)
periode-rules =
    Yandas gate: { $yandas }
    Penerapan before the window: { $beforeWindow }; at most { $max } times{ $eligibilityAssumed }
periode-yandas-utama = only the urusan utama counts
periode-yandas-beririsan = the urusan utama and urusan beririsan count
periode-before-pengembangan = takes part only with a latest development (pengembangan terbaru) date inside the window
periode-before-tolak = does not take part
periode-before-peringatan = takes part, with a warning
periode-edit-eligibility = Change the participation rule
periode-ask-jumlah-reading = Send the innovation-count rule of period { $year }: points per innovation, the cap, the minimum yandas, then "utama" (only the urusan utama counts) or "beririsan" (urusan beririsan count too), e.g. 0,38 200 6 utama. Add the word "asumsi" at the end if it is not official. Now: { $per } { $cap } { $min } { $reading }.
periode-ask-eligibility = Send the participation rule of period { $year }: for penerapan before the window write "pengembangan" (takes part with a latest development date inside the window), "tolak" or "peringatan", then how many times one innovation may take part, e.g. pengembangan 2. Add the word "asumsi" at the end if it is not official. Now: { $rule } { $max }.
periode-problem-participation-range = The participation limit must be 1 to 10 times.

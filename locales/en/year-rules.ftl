# Year rules in the score: the yandas gate, eligibility, stage, the national result
skor-view-nasional = National result (the ministry's verification; rejected ones count with score 0)
skor-button-nasional = National
skor-yandas-if-beririsan = If urusan beririsan counted too: { $iid } — { $category }.
skor-yandas-if-utama = If only the urusan utama counted: { $iid } — { $category }.
skor-excluded = { $count } innovations do not meet this period's conditions and are not counted (see /inovasi).
skor-stage-warning = { $count } innovations are still at the inisiatif or uji coba stage: the ministry reduces the score of innovations not yet tried out.

# Year rules in the score: the yandas gate, eligibility, stage, the national result
skor-view-nasional = National result (the ministry's verification; rejected ones count with score 0)
skor-button-nasional = National
skor-yandas-if-beririsan = If urusan beririsan counted too: { $iid } — { $category }.
skor-yandas-if-utama = If only the urusan utama counted: { $iid } — { $category }.
skor-excluded = { $count } innovations do not meet this period's conditions and are not counted (see /inovasi).
skor-stage-warning = { $count } innovations are still at the inisiatif or uji coba stage: the ministry reduces the score of innovations not yet tried out.
kat-official-line-category = { $year }: { $category } (score not published)
kat-national = National result for { $year } (the bot's count from the ministry's verification): { $iid } — { $category }.
kat-national-same = Same category as the official result { $official }.
kat-national-differs = A different category from the official result { $official }.
kat-national-difference = Difference from the official score: { $points } points.
hr-no-score-button = No score (category only)
hr-no-score = no score
hr-replaces-result = The result already recorded ({ $result }) will be replaced.
hr-recorded-result = Official result recorded: { $result }.

# Carrying innovations of earlier periods into the active one (/bawa_inovasi)
cmd-bawa_inovasi = Carry an innovation of an earlier period into the active one
bawa-title = Carry innovations into period { $year } ({ $count } to choose from). The profile, indicator answers and evidence are copied as a draft to review and update; the earlier period's record does not change. One innovation may take part at most { $max } times.
bawa-item = { $nama } ({ $year }, taken part { $times }×)
bawa-none = No innovation of an earlier period can be carried into period { $year }.
bawa-all-button = Carry all ({ $count })
bawa-all-title = Carrying innovations into period { $year }:
bawa-done = “{ $nama }” carried into period { $year } as a draft (taking part for time { $times } of at most { $max }); { $copied } evidence items copied. Review and submit it via /inovasi.
bawa-needs-update = Needs updating: evidence of indicators { $codes } must be from the years this period asks for (T-0, T-1, T-2).
bawa-limit = “{ $nama }” cannot be carried: it has taken part { $times } times, and period { $year } allows at most { $max }.
bawa-exists = “{ $nama }” already exists in period { $year }.
bawa-not-earlier = “{ $nama }” is not an innovation of a period before { $year }.
inn-evidence-stale = ⚠ This evidence was carried from an earlier period and needs updating: send the document of the years this period asks for ({ $hint }).
bawa-item-opd = { $nama } · { $opd } ({ $year }, { $times }×)

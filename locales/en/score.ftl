# IID score (/skor)
skor-title = IID score of { $pemda }, period { $year }. Categories use the { $year } bands.
skor-view-klaim = Claimed by OPDs
skor-view-terverifikasi = Verified by Bappeda
skor-view-proyeksi = Projection (drafts included; not an official score)
skor-view-line = { $view }: { $iid } — { $category }
skor-breakdown-title = Breakdown, { $view }:
skor-breakdown-spd = • SPD: { $spd } / { $max }
skor-breakdown-kematangan = • Average maturity: { $avg } / { $max } (total { $sum } divided by MAX(k = { $k }, n = { $n }) = { $divisor })
skor-breakdown-jumlah = • Number of innovations: { $jumlah } / { $max } (n = { $n }; { $per } per innovation, at most { $cap } innovations)
skor-breakdown-yandas = • Basic-service affairs (yandas) covered: { $covered } of 6, at least { $min } ({ $list })
skor-gate-closed = • Number-of-innovations score is 0: only { $covered } yandas covered, { $min } needed.
skor-distance = { $view }: { $points } points more to reach { $next }.
skor-top = { $view }: already in the top category.
skor-actions-title-klaim = The three steps that raise the index most (claimed):
skor-actions-title-proyeksi = The three steps that raise the index most (projection):
skor-first-gap = { $points } points more to move up to { $next }.
skor-first-top = Already in the top category; keep it there.
skor-first-start-drafts = No score yet. First step: complete and submit the { $count } innovations still in draft to Bappeda.
skor-first-start-verify = Nothing is verified yet. First step: Bappeda verifies the { $count } submitted innovations.
skor-first-start-innovation = No score yet. First step: OPDs register their first innovation with /inovasi_baru and submit it to Bappeda.
skor-first-start-levels = No score yet. First step: fill in the indicator levels of the submitted innovations, with their evidence.
skor-missing-title = Still missing:
skor-missing-yandas = • The innovations cover only { $covered } of the { $total } basic-service affairs ({ $min } needed), so the number-of-innovations score is still 0.
skor-missing-few = • Only { $n } innovations are counted; up to { $k }, every further innovation raises the average maturity directly.
skor-missing-spd = • The region-level (SPD) indicators are not filled in by Bappeda yet (/spd).
skor-button-detail = Details
skor-button-summary = ‹ Summary
skor-button-klaim = Claimed
skor-button-terverifikasi = Verified
skor-button-proyeksi = Projection
skor-action-raise = raise indicator { $indicator } of innovation { $innovation } from { $from } to { $to }: +{ $gain }
skor-action-add = add 1 innovation (as mature as the average, { $assumed }): +{ $gain }
skor-action-add-urusan = add 1 innovation in affair { $urusan } (opens the number-of-innovations score): +{ $gain }
skor-action-drafts = complete and submit { $count } innovations still in draft: +{ $gain }
skor-no-actions = No step can raise the index further.
skor-jumlah-assumed = Note: the number-of-innovations rule of period { $year } is not officially known; the default rule is used ({ $per } per innovation, at most { $cap }, at least { $min } yandas).
skor-no-opd = Your account is not linked to an OPD. Please contact a Bappeda admin.
skor-opd-title = { $opd }'s part in the IID score, period { $year }
skor-opd-total = Your OPD's innovations: { $total } (withdrawn ones excluded), { $drafts } still in draft.
skor-opd-view = { $view }: { $n } innovations counted, average maturity { $avg } / { $max }, contributing { $points } IID points
skor-opd-note = Contribution = total maturity of your OPD's innovations divided by MAX(k, n) of the whole region, × 100 / 250. Leaders and admins see the region's total score.
skor-opd-actions-title = The three steps on your OPD's innovations that raise the index most (claimed):

# Category (/kategori) and official results (/hasil_resmi)
kat-title = Category of { $pemda }
kat-now = Now (period { $year }, { $year } bands): claimed { $klaim } — { $klaimCategory }; verified { $verified } — { $verifiedCategory }.
kat-now-operator = Now (period { $year }, { $year } bands): claimed { $klaimCategory }; verified { $verifiedCategory }.
kat-other-bands = Under the { $year } bands: claimed { $klaimCategory }; verified { $verifiedCategory }.
kat-official-title = Official results (Ministry of Home Affairs):
kat-official-line = { $year }: { $score } — { $category }
kat-official-none = No official result recorded yet.
kat-official-hint = Record or correct an official result with /hasil_resmi.
hr-ask-year = Send the year of the official result, e.g. { $example }. Send /batal to cancel.
hr-bad-year = The year must be 4 digits between { $min } and { $max }.
hr-ask-score = Send the official { $year } score from the ministry's decree, e.g. 54,03.
hr-bad-score = The score must be a number from 0 to 100 with at most 2 decimals, e.g. 54,03.
hr-ask-category = Score { $year }: { $score }. Choose the category (predikat) from the decree:
hr-press-category = Choose the category for { $year } ({ $score }) with the buttons below.
hr-bands-differ = Note: under the stored { $year } bands this score is { $category }. The category from the decree is what is recorded.

# Recap per OPD (/rekap)
rekap-title = Recap per OPD, period { $year }: { $opds } OPDs with innovations, { $total } innovations (withdrawn excluded). Sorted by: { $sort }. Page { $page }/{ $pages }.
rekap-own-title = Your OPD's recap, period { $year }:
rekap-line =
    { $name }
    draft { $draf } · submitted { $diajukan } · returned { $dikembalikan } · verified { $terverifikasi } · withdrawn { $ditarik }
    average maturity: claimed by OPD { $avg } · verified by Bappeda { $verified } · indicators without evidence: { $missing }
rekap-points = contribution to the claimed score: { $points } IID points
rekap-empty-line = { $count } OPDs have no innovation yet.
rekap-empty-button = See the { $count } OPDs without innovations
rekap-empty-title = { $count } OPDs have no innovation in period { $year }:
rekap-sort-sumbangan = contribution
rekap-sort-bukti = missing evidence
rekap-sort-nama = name
rekap-open-hint = Choose an OPD below to see its innovations and the evidence still missing.
rekap-opd-title = OPD recap, period { $year }:
rekap-innovation-line = • { $nama } — { $status } · claimed maturity { $kematangan } · without evidence: { $missing }
rekap-no-innovations = No innovations in this period yet.

# Periods (/periode)
periode-list-title = Assessment periods. The active period drives the forms and the scores. Choose a period to view, activate or copy it.
periode-list-line = • { $year }{ $active }: k = { $k }; { $bands }
periode-active-mark = (active)
periode-assumed-mark = (assumed)
periode-detail =
    Period { $year }{ $active }
    k (divisor floor in MAX(k, n)): { $k }
    Category bands: { $bands }
    Number of innovations: { $per } per innovation, at most { $cap } innovations, at least { $min } yandas{ $jumlahAssumed }
    Implementation window: { $from } to { $to }{ $windowAssumed }
    Indicators: { $spd } SPD, { $sid } SID
periode-shipped = Shipped periods are not edited directly; copy one to a new year to change k, the bands, the implementation window or the number-of-innovations rule.
periode-activate-button = Make this the active period
periode-copy-button = Copy to a new year
periode-edit-k = Change k
periode-edit-bands = Change category bands
periode-edit-window = Change implementation window
periode-edit-jumlahRule = Change number-of-innovations rule
periode-not-found = Period not found. Send /periode to see the list.
periode-activated = Period { $year } is now active: innovation forms and scores use its rules.
periode-ask-copy-year = Send the year for the copy of period { $source }'s rules, e.g. 2027. Send /batal to cancel.
periode-bad-year = The year must be 4 digits between { $min } and { $max }.
periode-year-exists = Period { $year } already exists. Choose another year.
periode-copied = Period { $source }'s rules were copied to { $year }. Change what differs with the buttons below; this period is not active yet.
periode-ask-k = Send the new k for period { $year } (a whole number from 1 to 1000). Now: { $current }.
periode-ask-bands = Send two lower edges for period { $year }: where Inovatif starts and where Sangat Inovatif starts, e.g. 40,01 65,01. Now: { $current }.
periode-ask-window = Send the first and last date of period { $year }'s implementation window, e.g. 01-01-2025 31-12-2026. Now: { $from } to { $to }.
periode-ask-jumlah = Send period { $year }'s number-of-innovations rule: value per innovation, cap on the number of innovations, and minimum yandas, e.g. 0,38 200 6. Add the word "asumsi" at the end if it is not official yet. Now: { $per } { $cap } { $min }.
periode-problem-format = The format was not recognised.
periode-problem-k-range = k must be between 1 and 1000.
periode-problem-band-order = Inovatif must start below Sangat Inovatif.
periode-problem-band-range = Edges must be above 0,01 and at most 100.
periode-problem-decimals = At most 2 decimals.
periode-problem-window-order = The first date may not be after the last date.
periode-problem-date = Invalid date. Write it like 01-01-2025.
periode-problem-jumlah-range = The value per innovation must be at most 10, the cap 1 to 1000 and the minimum yandas 0 to 6.
periode-invalid = Rules refused as invalid: { $issues }
periode-saved = Changes to period { $year } saved.

# SPD indicators (/spd)
spd-title = SPD indicators of period { $year }: SPD score { $score } / { $max }, { $filled } of { $total } indicators filled. Choose an indicator to fill or change it.
spd-line = { $code }. { $name }: level { $level }, evidence { $evidence }
spd-start-button = Review from the first indicator
spd-continue-button = Continue with unfilled ones
spd-level-saved = ✓ Indicator { $code }: level { $level }. SPD score now { $score } / { $max }.
spd-evidence-saved = ✓ Evidence received: { $name }
spd-evidence-more = This indicator already has { $count } pieces of evidence. Send more if you have any, or press Next.
spd-keep-button = Skip, keep as it is ›
spd-next-button = Next ›
spd-skip-button = Skip, send later
spd-done = All SPD indicators have been walked through.
spd-use-level-buttons = Choose a level with the buttons below the question.
spd-stale-button = This button is no longer valid. Send /spd to start again.
spd-period-changed = The active period changed to { $year }; the previous SPD entry was stopped without changes. Send /spd to fill period { $year }.

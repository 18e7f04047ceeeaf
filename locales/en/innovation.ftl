# Indicator steps (used by SID in /inovasi_baru and by SPD in /spd)
ind-position = Indicator { $index } of { $total }
ind-title = { $code }. { $name }
ind-wajib-mark = (required)
ind-level-line = { $level } — { $text }
ind-level-line-zero = 0 — None yet
ind-current = Stored now: level { $level }.
ind-ask-level = Choose the level that fits the innovation:
ind-ask-level-pemda = Choose the level that fits the regional government:
ind-level-zero-button = None yet
ind-or = or
ind-kind-pdf = PDF
ind-kind-image = photo (JPG/PNG)
ind-kind-video = MP4 video
ind-kind-link = link (https://…)
ind-evidence-ask = Send evidence for indicator { $code }: { $kinds }, at most { $max } MB per file. You may send more than one.
ind-evidence-not-file = That message is not evidence. Send { $kinds }.
ind-evidence-type = That file type is not accepted for this indicator. Accepted: { $kinds }.
ind-evidence-too-large = The file is too large: at most { $max } MB (Telegram's bot download limit). Make it smaller or send a link.
ind-evidence-link-not-allowed = This indicator does not accept links. Send { $kinds }.
ind-evidence-bad-url = That is not a valid link. It must start with https:// or http:// and contain no spaces, e.g. https://serangkota.go.id/sk.pdf. Or send { $kinds }.
ind-evidence-empty = Empty message. Send { $kinds }.

# Innovation: status and fields
inn-status-draf = Draft
inn-status-diajukan = Submitted
inn-status-dikembalikan = Returned
inn-status-terverifikasi = Verified
inn-status-ditarik = Withdrawn
inn-field-nama = Innovation name
inn-field-tahapan = Stage
inn-field-inisiator = Initiator
inn-field-namaInisiator = Initiator's name
inn-field-jenis = Type
inn-field-bentuk = Form
inn-field-tematik = Theme
inn-field-urusanUtama = Main government affair
inn-field-urusanLain = Related affairs
inn-field-waktuUjiCoba = Trial date
inn-field-waktuPenerapan = Implementation date
inn-field-rancangBangun = Design (rancang bangun)
inn-field-tujuan = Goal
inn-field-manfaat = Benefit
inn-field-hasil = Results
inn-ask-nama = What is the innovation called? (3–200 characters)
inn-ask-tahapan = What stage is the innovation at?
inn-ask-inisiator = Who initiated the innovation?
inn-ask-namaInisiator = What is the initiator's name?
inn-ask-jenis = What type of innovation is it?
inn-ask-bentuk = What form does the innovation take?
inn-ask-tematik = What is the innovation's theme?
inn-ask-urusanUtama = What is the main government affair (urusan)? Press a button, or type part of its name to search.
inn-ask-urusanLain = Other related affairs (several allowed, may be skipped). Press to select or unselect, type part of a name to search, then press Done.
inn-ask-waktuUjiCoba = When did the trial start? Write the date, e.g. 17-08-2024, 17/08/2024, 2024-08-17 or 17 Agustus 2024.
inn-ask-waktuPenerapan = When was the innovation put into practice? Write the date, e.g. 17-08-2024 or 17 Agustus 2024.
inn-ask-rancangBangun = Write the innovation's design, at least 300 words: legal basis, problem, strategic issues, method, novelty, and how it works. You may send it over several messages.
inn-ask-tujuan = What is the innovation's goal? (at least 20 characters)
inn-ask-manfaat = What are its benefits? (at least 20 characters)
inn-ask-hasil = What results has it achieved so far? (at least 20 characters)
inn-window-info = This period's implementation window: { $from } to { $to }.
inn-words-progress = The design now has { $words } words; { $missing } more are needed to reach { $minimum }. Continue in your next message.
inn-words-count = { $words } words
inn-words-replace = Send the new design. Your first message replaces the old text; send /batal to keep the old one.
inn-none = (none)
inn-saved = ✓ { $field }: { $value }
inn-kematangan = Maturity score: { $score }/{ $max }

# Innovation: flow
inn-no-opd = Your account is not linked to an OPD. Please contact a Bappeda admin.
inn-new-intro = Registering a new innovation for the { $year } assessment. Every answer is saved at once; send /batal to stop and /lanjut to continue any time.
inn-created = Draft innovation "{ $name }" created.
inn-resume-existing = "{ $name }" already exists as a draft of your OPD; continuing from what is still missing.
inn-name-taken = Your OPD already has an innovation with that name (status: { $status }). Please use another name.
inn-lanjut = Continuing "{ $name }".
inn-lanjut-none = There is no draft or returned innovation to continue. Send /inovasi_baru to register one.
inn-all-answered = Every field and indicator has been answered.
inn-not-found = That innovation was not found.
inn-not-yours = This innovation does not belong to your OPD or was not found. Nothing was changed.
inn-locked = This innovation is { $status }; its fields are locked.
inn-stale-button = That button no longer applies to the open question. Nothing was changed.
inn-unknown-option = Unknown option. Nothing was changed.
inn-hint-not-text = The answer cannot be a { $what }; please type it as text.
inn-msg-sticker = sticker
inn-msg-location = location
inn-msg-voice = voice message
inn-msg-photo = photo
inn-msg-video = video
inn-msg-document = file
inn-msg-contact = contact
inn-msg-other = message of that kind
inn-hint-empty = The answer cannot be empty.
inn-hint-too-long = The answer is too long: { $length } characters, at most { $max }.
inn-hint-too-short = The answer is too short: at least { $min } characters.
inn-hint-use-buttons = Please choose one of the buttons under the question.
inn-hint-use-level-buttons = Please choose a level with the buttons under the question (1, 2, 3 or None yet).
inn-hint-date-format = The date could not be read. Write it like 17-08-2024, 17/08/2024, 2024-08-17 or 17 Agustus 2024.
inn-hint-date-invalid = That date does not exist (or its year is outside 2000–2100). Check the day, month and year.
inn-hint-penerapan-before = The implementation date cannot be before the trial date.
inn-hint-ujicoba-after = The trial date cannot be after the stored implementation date.
inn-warn-outside-window = ⚠ The implementation date is outside this period's window ({ $from } to { $to }). It was saved; Bappeda will decide whether the innovation can be entered.
inn-urusan-found = { $count } affairs match. Choose one:
inn-urusan-more = Only the first 12 are shown; type more to narrow down.
inn-urusan-none = No affair matches "{ $query }".
inn-urusan-all-button = Show all affairs
inn-urusan-done-button = Done ({ $count } selected)
inn-urusan-skip-button = Skip (none)
inn-level-saved = ✓ Indicator { $code }: level { $level }.
inn-evidence-saved = ✓ Evidence for { $code } received: { $name }
inn-evidence-more = This indicator has { $count } piece(s) of evidence. Send more if you have any, or press Next.
inn-evidence-next-button = Next ›
inn-evidence-skip-button = Skip, send later

# Innovation: list, summary, submission
inn-list-title = Your OPD's innovations, { $year } assessment ({ $count }):
inn-list-line = • { $name } — { $status } · { $kematangan } · { $missing }
inn-list-ready = ready to submit
inn-list-missing = { $count } item(s) incomplete
inn-list-empty = Your OPD has no innovation for the { $year } assessment yet. Send /inovasi_baru to register one.
inn-list-button = ‹ Innovation list
inn-open-button = Open summary
inn-continue-button = Continue filling in
inn-edit-profile-button = Edit profile
inn-edit-indicators-button = Edit indicators
inn-submit-button = Submit to Bappeda
inn-withdraw-button = Withdraw innovation
inn-edit-profile-choose = Which field do you want to change?
inn-edit-indicator-choose = Which indicator do you want to change? (number = stored level)
inn-summary-title = { $name } ({ $year } assessment)
inn-summary-status = Status: { $status }
inn-summary-note = Bappeda's note: { $note }
inn-summary-profile = Profile:
inn-summary-indicators = Indicators (claimed → verified, evidence count):
inn-summary-indicator = { $code }. { $name }: { $claimed } → { $verified } · { $evidence } evidence
inn-summary-missing = Still missing ({ $count }):
inn-submit-blocked = Cannot be submitted yet; { $count } item(s) need attention:
inn-problem-missing-field = { $field } is not filled in
inn-problem-invalid-value = { $field } holds an option this period does not offer
inn-problem-rancang-bangun-short = The design has only { $words } words; { $missing } short of { $minimum }
inn-problem-penerapan-before-ujicoba = The implementation date is before the trial date
inn-problem-outside-window = The implementation date is outside { $from } to { $to }
inn-problem-wajib-no-level = Required indicator { $indicator } has no level
inn-problem-wajib-no-evidence = Required indicator { $indicator } has no evidence
inn-problem-no-evidence = Indicator { $indicator } has no evidence (it may score 0)
inn-submitted = "{ $name }" was submitted to Bappeda. Its fields are locked until it is verified or returned.
inn-submitted-warnings = Notes:
inn-withdraw-confirm = Withdraw "{ $name }"? A withdrawn innovation does not count in the score.
inn-withdraw-yes = Yes, withdraw
inn-withdrawn = "{ $name }" was withdrawn and does not count in the score.
inn-notice-verified = "{ $name }" was verified by Bappeda. Thank you.
inn-notice-returned =
    "{ $name }" was returned by Bappeda with this note:
    { $note }
    Fix it through /inovasi or /lanjut, then submit it again.

# Verification (admin)
ver-queue-title = Verification queue { $year }: { $count } submitted innovation(s). Choose one to review.
ver-queue-empty = No innovation is waiting for verification for the { $year } assessment.
ver-queue-button = ‹ Queue
ver-back-button = ‹ Back
ver-opd = OPD: { $opd }
ver-evidence-title = Evidence ({ $count }):
ver-approve-button = Approve
ver-return-button = Return
ver-claim = OPD's claim: level { $level }.
ver-level-saved = ✓ Verified level of indicator { $code }: { $level }.
ver-approved = "{ $name }" is verified. The OPD's operators were told.
ver-ask-note = Write a note for the OPD: what must be fixed in "{ $name }"? (at most 1000 characters)
ver-returned = "{ $name }" was returned. The OPD's operators were told, with your note.
ver-not-found = That innovation was not found.
ver-not-submitted = This innovation is not submitted (status: { $status }). Nothing was changed.
ver-files-button = Evidence (zip)
ver-file-caption = Evidence for indicator { $code }
ver-files-failed = { $count } file(s) could not be re-sent (indicator { $codes }). Ask the OPD to send the file again if needed.

## Evidence contents checked (file signatures)
ind-evidence-content = That file's contents do not match its type (e.g. a program named .pdf), so it was not stored. Accepted: { $kinds }.

## Operator journey (issue 13)
inn-walk-done-open = Every indicator has been gone through. What still blocks submission is listed below; press "Continue filling in" to fill it in.
inn-words-enough = The rancang bangun now has { $words } words, which is enough. Send the next part if there is one, or press Done.
inn-words-finish-button = Done ›
inn-evidence-more-welcome = More files for indicator { $code } are still welcome before you choose the level below.
inn-evidence-added = ✓ Evidence for { $code } received: { $name } ({ $count } files). Choose the level of indicator { $next } above when that is all.
inn-evidence-before-level = File kept for indicator { $code }: { $name }. Now choose its level.
inn-evidence-back-button = ‹ Evidence { $code }
inn-level-saved-zero = ✓ Indicator { $code }: none yet.
inn-urusan-found-multi = { $count } matching urusan. Choose one or more, then press Done:
inn-delete-draft-button = Delete draft
inn-delete-draft-confirm = Delete the draft "{ $name }"? A deleted draft is not counted in the score and cannot be filled in again.
inn-delete-draft-yes = Yes, delete
inn-draft-deleted = The draft "{ $name }" has been deleted.
inn-list-line-locked = • { $name } — { $status } · { $kematangan }
ind-t-years = (T-0 = { $t0 }, T-1 = { $t1 }, T-2 = { $t2 })
ind-evidence-counts = What counts: { $hint }.
inn-evidence-remove-button = Remove the last file
inn-evidence-removed = Removed from indicator { $code }: { $name }
inn-evidence-only-button = Evidence only (keep the level) ›
inn-urusan-added = ✓ Overlapping urusan added: { $name } ({ $count } chosen). Type another, or press Done.
inn-urusan-main-change-button = ‹ Change the main urusan

ver-queue-line = • { $name } — { $opd }
ver-screen-title = { $name }
    OPD: { $opd }
ver-screen-kematangan = Maturity: claimed { $claimed } → verified { $verified }
ver-screen-changes = Levels you changed (claimed → verified):
ver-change-line = • { $code } { $name }: { $claimed } → { $verified }
ver-screen-evidence = Evidence: { $count }
ver-screen-levels-hint = Approve or Return; to change a level, press its indicator (code · claimed→verified).
ver-read-button = Read the full profile
ver-zip-caption = { $count } evidence file(s) in one zip.

# Notices for admins
adm-notice-submitted = New innovation submitted: "{ $name }" ({ $opd }).
adm-notice-resubmitted = Innovation resubmitted after fixing: "{ $name }" ({ $opd }).
adm-notice-batch = { $count } new innovations submitted:
adm-notice-line = { $name } · { $opd }
adm-notice-line-resubmitted = { $name } · { $opd } (resubmitted)
adm-notice-more = …and { $count } more in the /verifikasi queue.
adm-notice-check-button = Review
adm-notice-check-one = Review: { $name }
adm-notice-queue-button = Verification queue
adm-notice-registered = New user registered: { $name } ({ $jabatan }), { $role }, { $opd }.
adm-notice-person-button = View user
adm-notices-off = Submission and registration notices are off for you. Send /notifikasi again to turn them on.
adm-notices-on = Submission and registration notices are on again for you.

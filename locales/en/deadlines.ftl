# Deadlines (/tenggat, /tenggat_baru)
tgt-left-passed = passed
tgt-left-days = { $n ->
    [one] 1 day left
   *[other] { $n } days left
}
tgt-left-hours = { $n ->
    [one] 1 hour left
   *[other] { $n } hours left
}
tgt-left-minutes = { $n ->
    [one] 1 minute left
   *[other] { $n } minutes left
}
tgt-due-line = Due: { $date } ({ $left })
tgt-audience-all = All OPD operators
tgt-audience-unfinished = Only OPDs with unfinished work
tgt-audience-line = Reminders go to: { $audience }
tgt-note-line = Note: { $note }
tgt-list-title = Upcoming deadlines ({ $n }):
tgt-none = There are no upcoming deadlines.
tgt-none-admin = There are no upcoming deadlines. Create one with /tenggat_baru.
tgt-new-button = ➕ New deadline
tgt-edit-name-button = Rename
tgt-edit-due-button = Change time
tgt-edit-audience-button = Change audience
tgt-edit-note-button = Change note
tgt-delete-button = 🗑 Delete
tgt-ask-name = What is the deadline called? Example: Innovation entry closes 2026
tgt-ask-due = When is it due (WIB)? Write the date and time, e.g. 31-07-2026 23:59 or 2026-07-31 23:59.
tgt-ask-audience = Who should be reminded?
tgt-ask-note = Add a note for the people reminded, or choose No note.
tgt-ask-note-edit = Write the new note, or send - to remove the note.
tgt-no-note-button = No note
tgt-press-button = Please choose one of the buttons.
tgt-stale-button = This button is no longer valid. Start again with /tenggat or /tenggat_baru.
tgt-name-no-letters = The deadline name must contain letters.
tgt-due-format = Unrecognised time. Write the date, then the time, e.g. 31-07-2026 23:59 or 2026-07-31 23:59.
tgt-due-invalid-date = That date does not exist. Check the day and month.
tgt-due-invalid-time = Invalid time: use 00:00 to 23:59.
tgt-due-past = That time has passed. A deadline must be in the future.
tgt-created = Deadline created.
tgt-created-reminders = Reminders go out { $days } before it, on the reminder schedule.
tgt-not-found = This deadline was not found; it may have been deleted.
tgt-editing = Editing deadline: { $name }
tgt-updated = Deadline updated.
tgt-delete-confirm = Delete this deadline? Its reminders will no longer be sent.
tgt-delete-yes = Yes, delete
tgt-delete-no = Cancel
tgt-deleted = Deadline deleted: { $name }

# Deadline reminders (scheduled)
rem-title = ⏰ Deadline reminder: { $name }
rem-due = Due: { $date } ({ $left }).
rem-note = Note from Bappeda: { $note }
rem-no-innovation = { $opd } has not registered any innovation for { $year } yet. Start with /inovasi_baru.
rem-all-done = Nothing pending for { $opd }: every innovation has been submitted.
rem-pending-title = Still to finish for { $opd } ({ $n } innovations):
rem-item-draft = Draft not submitted: { $name }
rem-item-returned = Returned for revision: { $name }
rem-item-return-note = Verifier's note: { $note }
rem-item-missing-evidence = No evidence yet for mandatory indicators: { $indicators }
rem-item-other-problems = { $n } other answers incomplete
rem-more = …and { $n } more innovations.
rem-footer = Continue with /lanjut, or see all your OPD's innovations with /inovasi.

# Announcements (/umumkan)
bc-ask-text = Write the announcement (at most { $max } characters).
bc-ask-audience = Who should receive it?
bc-audience-all = Everyone
bc-audience-operator = All OPD operators
bc-audience-pimpinan = All leaders
bc-audience-opd = One OPD…
bc-audience-opd-named = operators of { $opd }
bc-ask-opd = Choose the OPD:
bc-opd-not-found = This OPD was not found or is inactive.
bc-no-recipients = Nobody reachable for { $audience }. Choose another audience.
bc-header = 📢 Announcement from Bappeda
bc-preview =
    Preview of the announcement for { $audience }: { $n } recipients.
    { $unreachable ->
        [0] Check it, then press Send.
       *[other] { $unreachable } others cannot be reached (they blocked the bot) and will count as blocked. Check it, then press Send.
    }
bc-send-button = Send
bc-cancel-button = Cancel
bc-cancelled = Announcement cancelled; nothing was sent.
bc-press-button = Please choose one of the buttons.
bc-press-confirm = Press Send or Cancel on the preview above.
bc-stale-button = This button is no longer valid. Start again with /umumkan.
bc-progress = Sending the announcement… { $done }/{ $total } (sent { $sent }, failed { $failed }, blocked { $blocked })
bc-done =
    Announcement sent to { $total } recipients.
    Sent: { $sent }
    Failed: { $failed }
    Blocked: { $blocked }

# Durable announcements (restart)
bc-done-unknown = Uncertain: { $unknown } (the bot stopped while sending these; not resent, to avoid duplicates)
bc-resumed = The bot restarted while sending the announcement; the remaining recipients have now been sent it.

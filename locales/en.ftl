# General
role-admin = Bappeda admin
role-operator = OPD operator
role-pimpinan = Leadership
role-guest = Not registered

start-welcome =
    Welcome to the Regional Innovation Bot of { $pemda }.
    This bot supports the Regional Innovation Index (IID) self-assessment: agencies register innovations with their evidence, Bappeda verifies them, and leaders follow the score.
start-registered =
    You are registered as { $role }.
    What you can do:
    { $commands }
start-guest =
    You are not registered yet.
    To join, ask a Bappeda admin of { $pemda } for an invitation code, then open the invitation link or send /daftar CODE.
start-admin-bootstrap = You were registered automatically as Bappeda admin because you are listed in ADMIN_IDS.

help-title = Commands available to you ({ $role }):
help-line = /{ $command } — { $description }

cmd-start = Start and see what you can do
cmd-bantuan = List of commands
cmd-bahasa = Change language
cmd-daftar = Register with an invitation code

language-choose = Choose a language:
language-set = Language changed to English.
language-id = Bahasa Indonesia
language-en = English

error-apology = Sorry, something went wrong while handling your request. Please try again. Reference: { $ref }
unknown-command = The command /{ $command } is unknown. Send /bantuan to see the list of commands.
unknown-button = This button is no longer valid. Please start again from its command.
fallback-text = I did not understand that message. Send /bantuan to see the list of commands.
command-refused = The command /{ $command } is only for: { $roles }.
button-refused = This button is only for: { $roles }.

# Answers in question flows
answer-text-expected = Please answer with a text message.
answer-empty = The answer cannot be empty.
answer-too-long = The answer is too long: at most { $max } characters.
answer-too-short = The answer is too short: at least { $min } characters, with letters.

cmd-batal = Cancel the form in progress
batal-done = Cancelled. Send /bantuan to see other commands.
batal-nothing = There is no form in progress.

# Registration
reg-already = You are already registered as { $role }. No invitation code is needed.
reg-locked = Too many wrong codes. Please try again in { $minutes } minutes.
reg-code-unknown = Unknown invitation code. Check the code or ask a Bappeda admin for a new one.
reg-code-used = This invitation code has already been used. Each code is for one person; ask a Bappeda admin for a new one.
reg-code-revoked = This invitation code was revoked by a Bappeda admin. Ask for a new one if you still need access.
reg-code-expired = This invitation code has expired. Ask a Bappeda admin for a new one.
reg-code-opd-inactive = This invitation is for an OPD that has since been deactivated. Ask a Bappeda admin for a new invitation.
reg-daftar-usage = Send /daftar followed by your invitation code, e.g. /daftar ABCD2345EF
reg-intro = Invitation code accepted: { $invitation }.
reg-ask-name = What is your full name (with titles, if any)?
reg-ask-jabatan = What is your position (jabatan)?
reg-ask-phone = Share your phone number with the button below so admins can reach you, or choose Skip.
reg-phone-share = Share phone number
reg-phone-skip = Skip
reg-phone-hint = Use the button below to share your number, or choose Skip.
reg-phone-not-own = Please share your own number with the button below, not someone else's contact.
reg-phone-done = Thank you.
reg-phone-none = (not shared)
reg-confirm =
    Please check your details:
    Name: { $name }
    Position: { $jabatan }
    Phone: { $phone }
    Role: { $invitation }
    Is this correct?
reg-confirm-yes = Yes, register me
reg-confirm-no = Cancel
reg-press-button = Please press one of the buttons on the confirmation message above.
reg-cancelled = Registration cancelled. Your invitation code is unused and can still be used.
reg-done = Registration complete. You are registered as { $role }.

# Invitations
cmd-undang = Invite an operator, leader or admin
inv-choose-role = Invite as what?
inv-list-button = Active invitations
inv-choose-opd = Choose the OPD of the invited operator, or type part of its name:
inv-created =
    Invitation created: { $invitation }
    Code: { $code }
    Link: { $link }
    Valid until { $expires }, for one person only.
    Send the link (or the code) to the invited person.
inv-revoke-button = Revoke invitation
inv-revoke-code = Revoke { $code }
inv-revoked = Invitation { $code } ({ $invitation }) has been revoked.
inv-not-pending = This invitation is no longer active: used, revoked or expired.
inv-list-empty = No active invitations.
inv-list-title = Active invitations ({ $count }):
inv-list-line = { $code } — { $invitation }, valid until { $expires }
opd-not-found = The OPD was not found or is inactive.

# OPD
cmd-opd = Manage the OPD list
back-button = ‹ Back
opd-line = • { $name } ({ $code }){ $status }
opd-inactive-mark = { " " }— inactive
opd-list-title = OPD list: { $active } active, { $inactive } inactive (page { $page }/{ $pages }). Choose an OPD to change it.
opd-add-button = Add OPD
opd-csv-button = Import CSV
opd-rename-button = Rename
opd-deactivate-button = Deactivate
opd-activate-button = Activate
opd-status-active = active
opd-status-inactive = inactive
opd-detail =
    { $name }
    Code: { $code }
    Kind: { $kind }
    Status: { $status }
    Active operators: { $operators }
opd-ask-add = Send the new OPD's name. A short code may follow after a |, e.g. Dinas Kesehatan | DINKES
opd-ask-rename = Send the new name for { $name }.
opd-added = OPD added: { $name } (code { $code }).
opd-renamed = OPD renamed: { $from } → { $to }.
opd-name-empty = The OPD name cannot be empty.
opd-name-too-short = The OPD name is too short (at least 3 characters).
opd-name-too-long = The OPD name is too long (at most 120 characters).
opd-name-taken = An OPD with that name already exists.
opd-code-invalid = A short code may contain only letters, digits and dashes, at most 20 characters, e.g. DINKES.
opd-code-taken = That code is already used by another OPD.
opd-csv-choose = What is the CSV file for?
opd-csv-extend = Add to the current list
opd-csv-replace = Replace the whole list
opd-csv-ask = Send a .csv file: first column the OPD name, second column a short code (may be empty). A "name,code" header row is allowed. Send /batal to cancel.
opd-csv-not-csv = The file must be a .csv (comma- or semicolon-separated text).
opd-csv-too-large = The file is too large: at most 1 MB.
opd-csv-empty = The file has no OPD rows.
opd-csv-too-many-rows = The file has too many rows (at most 500).
opd-csv-rejected = Nothing was changed: { $count } problems found. Fix these rows and send the file again:
opd-csv-error-line = Row { $line }: { $problem } ("{ $value }")
opd-csv-name-empty = the name column is empty
opd-csv-name-too-short = the name is too short
opd-csv-name-too-long = the name is too long
opd-csv-code-invalid = invalid code (letters, digits, dashes; at most 20)
opd-csv-duplicate-name = same name as another row
opd-csv-duplicate-code = same code as another row
opd-csv-code-taken = code already used by another OPD
opd-csv-too-many-columns = more than two columns
opd-csv-applied = OPD list updated: { $added } added, { $kept } updated, { $deactivated } deactivated.

# People
cmd-pengguna = People: revoke access, move OPD
usr-list-title = Active people: { $count } (page { $page }/{ $pages }). Choose a name to manage.
usr-line = • { $who } — { $role }
usr-line-jabatan = { $name } ({ $jabatan })
usr-line-opd = { $role }, { $opd }
usr-detail =
    { $name }
    Position: { $jabatan }
    Role: { $role }
    OPD: { $opd }
    Phone: { $phone }
usr-not-found = Person not found, or their access was already revoked.
usr-revoke-button = Revoke access
usr-move-button = Move OPD
usr-revoke-confirm = Revoke access for { $name }? They cannot use the bot until invited again.
usr-revoke-yes = Yes, revoke
usr-revoke-self = You cannot revoke your own access.
usr-revoke-configured = Access for { $name } cannot be revoked from the bot: they are an admin in the server configuration (ADMIN_IDS). Ask the server operator to remove them there.
usr-revoked = Access for { $name } has been revoked.
usr-revoked-notice = Your access to the Regional Innovation Bot was revoked by a Bappeda admin.
usr-move-choose = Move { $name } to OPD:
usr-moved = { $name } is now an operator of { $opd }.
usr-moved-notice = You are now registered as an operator of { $opd }.

# Pemda
cmd-pemda = Regional government profile
pemda-profile = Regional government: { $name }
pemda-rename-button = Rename
pemda-ask-name = Send the regional government's name, e.g. Kota Serang.
pemda-bad-name = The name must be { $min } to { $max } characters.
pemda-renamed = The regional government is now named: { $name }.

# Command menu of other features (their texts live in locales/en/*.ftl)
cmd-inovasi_baru = Register a new innovation
cmd-lanjut = Continue your latest innovation
cmd-inovasi = Your OPD's innovations
cmd-verifikasi = Verify submitted innovations
cmd-notifikasi = Turn submission and registration notices off/on
cmd-skor = Current IID score and category
cmd-kategori = Category now and official results per year
cmd-rekap = Summary per OPD
cmd-periode = Period rules (assessment year)
cmd-spd = Fill the SPD (Pemda-level) indicators
cmd-hasil_resmi = Record the official IID result
cmd-tenggat = Upcoming deadlines
cmd-tenggat_baru = Create a deadline
cmd-umumkan = Send an announcement

# Limits and groups
rate-limited = You sent too many messages in a short time; that message was not handled. Send it again after { $seconds } seconds.
rate-limited-text = You sent too many messages in a short time; "{ $text }" was not handled. Send it again after { $seconds } seconds.
rate-limited-button = Too fast; that button was not handled. Press it again after { $seconds } seconds.
group-private-only = This bot works in private chats. Please open a chat with the bot to use it.
group-leaders-only = In groups, /skor and /kategori are answered only for registered leaders and Bappeda admins.

# Backup
cmd-cadangan = Send a fresh database backup
backup-caption = Database backup as of { $when }. Keep it somewhere safe: it holds all innovation and user data.
backup-too-soon = A backup was made a moment ago. You can make the next one from { $when }.
edit-not-processed = Edited messages are not processed again. To change an answer, send a new message.
cmd-ekspor = Export data to Excel (and the evidence files)
cmd-impor = Import innovations from Excel or CSV


## Operator journey (issue 13): searching the /undang OPD picker
inv-opd-type-hint = Type part of an OPD's name, or choose from the list above.
inv-opd-none = No OPD matches "{ $query }". Type again, or choose from the list above.
inv-opd-found = { $count } matching OPD. Choose one:

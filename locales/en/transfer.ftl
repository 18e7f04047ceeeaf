# Export (/ekspor)
transfer-export-preparing = Preparing the export file… Please wait a moment.
transfer-export-caption = Innovation data of { $pemda }, period { $year } ({ $count } innovations). Sheets: Inovasi, Rekap OPD, SPD, Skor.
transfer-export-zip-offer = The evidence files (PDF, photos, videos) can be sent as one .zip file.
transfer-export-zip-button = 📦 Send evidence (.zip)
transfer-zip-preparing = Preparing the evidence file… Please wait a moment.
transfer-zip-caption = Evidence of period { $year }: { $files } files, one folder per innovation.
transfer-zip-missing = { $missing } recorded files were not found on the server and are left out.
transfer-zip-none = No evidence files are stored on the server for period { $year } yet. Evidence links are in the "bukti" column of the Inovasi sheet.
transfer-zip-too-large = The .zip is too large for Telegram ({ $size } MB, limit 50 MB). On the server, run: npm run cli -- export --out data.xlsx --bukti bukti.zip

# Import (/impor)
transfer-import-ask = Send the .xlsx made by /ekspor (or a .csv of the Inovasi sheet) as a document. Rows are matched on opd and nama_inovasi; the README explains the columns. Type /batal to stop.
transfer-import-not-document = Please send a .xlsx or .csv document.
transfer-import-wrong-type = The file must be .xlsx or .csv.
transfer-import-too-large = The file is too large (at most { $max } MB).
transfer-import-unreadable = The file cannot be read as .xlsx. Save it again from Excel or LibreOffice and resend it.
transfer-import-working = Checking the file…
transfer-import-empty = The file has no data rows.
transfer-import-too-many-rows = The file has too many rows (at most { $max }).
transfer-import-missing-columns = These columns are missing from the header row{ $sheet }: { $columns }
transfer-import-rejected = Nothing was imported: { $count } errors in { $rows } rows. Fix them and send the whole file again.
transfer-import-error-line = • Row { $line }, column { $column }: { $problem } (value: "{ $value }")
transfer-import-error-line-sheet = • Sheet { $sheet }, row { $line }, column { $column }: { $problem } (value: "{ $value }")
transfer-import-done = Import done: { $added } innovations added, { $updated } updated, { $unchanged } unchanged. SPD levels changed: { $spd }.
transfer-import-nothing = No change: the file matches the bot's data ({ $unchanged } innovations).
transfer-import-no-admin = There is no active admin to record as the importer.

# Problems per cell
transfer-problem-required = is required
transfer-problem-opd-unknown = unknown OPD (write the OPD's name or code as in /opd)
transfer-problem-too-short = too short (at least { $n } characters)
transfer-problem-too-long = too long (at most { $n } characters)
transfer-problem-option-unknown = not one of this period's choices
transfer-problem-date-format = unknown date format (e.g. 17-08-2024 or 2024-08-17)
transfer-problem-date-invalid = not a calendar date
transfer-problem-date-order = penerapan date is before the uji coba date
transfer-problem-status-unknown = status must be draf, diajukan, dikembalikan, terverifikasi or ditarik
transfer-problem-level-invalid = level must be 0, 1, 2 or 3 (or empty)
transfer-problem-code-unknown = no SPD indicator with this code in this period
transfer-problem-duplicate-row = same as row { $n }

# Excel sheets
transfer-xlsx-opd = OPD
transfer-xlsx-code = Code
transfer-xlsx-active = Count (without withdrawn)
transfer-xlsx-avg-kematangan = Average maturity
transfer-xlsx-missing-evidence = Indicators without evidence
transfer-xlsx-indicator = Indicator
transfer-xlsx-variable = Variable
transfer-xlsx-weight = Weight
transfer-xlsx-score = Score
transfer-xlsx-required = Required
transfer-xlsx-yes = yes
transfer-xlsx-part = Part
transfer-xlsx-klaim = OPD claim
transfer-xlsx-terverifikasi = Verified
transfer-xlsx-klaim-text = Claim (text)
transfer-xlsx-terverifikasi-text = Verified (text)
transfer-xlsx-pemda = Regional government
transfer-xlsx-period = Period
transfer-xlsx-spd = SPD (max 63)
transfer-xlsx-n = Innovations counted (n)
transfer-xlsx-k = k
transfer-xlsx-divisor = MAX(k, n)
transfer-xlsx-sum-kematangan = Total maturity
transfer-xlsx-avg = Total maturity / MAX(k, n)
transfer-xlsx-yandas = Yandas covered (of 6)
transfer-xlsx-jumlah = Innovation count score
transfer-xlsx-sid = SID
transfer-xlsx-iid = IID = (SPD + SID) / 250 × 100
transfer-xlsx-category = Category

# Chart
transfer-graf-button = 📊 Chart
transfer-graf-preparing = Drawing the chart…
transfer-graf-caption = Where { $pemda }'s index stands in period { $year } against the { $year } category bands, and the average maturity per OPD.
transfer-graf-title = Regional Innovation Index { $pemda } — period { $year }
transfer-graf-bands = Index against the category bands
transfer-graf-klaim = Claim
transfer-graf-terverifikasi = Verified
transfer-graf-opd-title = Average maturity per OPD (claim, max { $max })
transfer-graf-no-opd = No innovations yet.
transfer-graf-more = … and { $n } more OPDs

## Imports read under caps (size once unpacked, text encoding)
transfer-import-unpacked-too-large = The file cannot be read: its contents are too large once unpacked (at most { $max } MB). Send an ordinary .xlsx saved by Excel or LibreOffice.
transfer-import-encoding = The CSV file is not UTF-8 encoded. In Excel choose Save As → "CSV UTF-8 (Comma delimited)", then send it again.

# Weekly digest for leaders and admins (DIGEST_CRON)
digest-title = 📋 Weekly IID digest for { $pemda }, period { $year }
digest-change-up = Up { $points } points since last week.
digest-change-down = Down { $points } points since last week.
digest-change-same = Unchanged since last week.
digest-change-unknown = No figure from last week to compare with yet.
digest-activity = This week: { $submitted } innovations submitted, { $verified } verified.
digest-deadline = Next deadline: { $name }, { $left }.
digest-no-deadline = No upcoming deadline.
digest-opds-without = { $count } OPDs have no innovation yet.
digest-opds-all = Every OPD has an innovation.
digest-footer = Details: /skor and /rekap.

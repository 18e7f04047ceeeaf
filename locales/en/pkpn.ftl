# PKPN clusters of 2026 (issue 16): a list in the period data, filled by an admin in /periode
inn-field-pkpn = PKPN cluster
inn-ask-pkpn = Which PKPN cluster does this innovation belong to? Choose "Non PKPN" if none.
periode-pkpn-line = PKPN clusters: { $list }
periode-pkpn-none = not filled in (the profile does not ask it)
periode-edit-pkpn = Change the PKPN cluster list
periode-ask-pkpn = Send the PKPN clusters of period { $year }, one per line (or separated by ";"). "Non PKPN" is always offered; do not write it. Send "kosong" to empty the list. Now: { $current }.
periode-problem-pkpn-count = At most 30 clusters.
periode-problem-pkpn-long = A cluster name is at most 100 characters.
periode-problem-pkpn-duplicate = A cluster name is written twice.
periode-problem-pkpn-reserved = "Non PKPN" is always offered; do not write it as a cluster.

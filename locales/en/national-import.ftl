# Import column level_nasional (issue 15): the levels the ministry changed, as in /hasil_nasional
transfer-problem-national-levels-invalid = write the ministry's levels like 16=3, 17=2 (indicator codes of this period, levels 0 to 3)
transfer-problem-national-levels-without-diterima = the ministry's levels may be filled only when hasil_nasional = diterima

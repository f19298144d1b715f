"""Golden due dates, each counted by hand against a calendar and the holidays data.

Each row's comment counts the working days (WD) from the date of receipt (day 0),
naming every weekday that is skipped and why. The same rows were re-checked with
an independent loop over ``holidays.country_holidays`` before being written down.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from foidesk.clock import due_date
from foidesk.law.model import Regime

F, S, E = Regime.FOIA, Regime.FOISA, Regime.EIR

GOLDEN = [
    # Christmas and New Year 2026-27, received Fri 18 Dec 2026.
    # WD1-4 Mon 21-Thu 24 Dec; skip Fri 25 (Christmas Day), Mon 28 (Boxing Day substitute);
    # WD5-7 Tue 29-Thu 31; skip Fri 1 Jan (New Year's Day), Mon 4 Jan (Scottish New Year
    # Holiday substitute: counts for FOIA, any part of the UK); WD8-11 Tue 5-Fri 8;
    # WD12-16 Mon 11-Fri 15; WD17-20 Mon 18-Thu 21 Jan.
    pytest.param(date(2026, 12, 18), F, date(2027, 1, 21), id="foia-christmas-2026"),
    # FOISA: the same days are Scottish bank holidays (Boxing Day, 1 and 2 January), so the
    # same count: Thu 21 Jan.
    pytest.param(date(2026, 12, 18), S, date(2027, 1, 21), id="foisa-christmas-2026"),
    # Christmas 2027 falls on a Saturday: substitutes Mon 27 and Tue 28 Dec; 1-2 Jan 2028 are
    # at the weekend so Mon 3 Jan (all nations) and Tue 4 Jan (Scotland) are substitutes.
    # Received Thu 23 Dec: WD1 Fri 24; skip 27, 28; WD2-4 Wed 29-Fri 31; skip Mon 3, Tue 4;
    # WD5-7 Wed 5-Fri 7; WD8-12 Mon 10-Fri 14; WD13-17 Mon 17-Fri 21; WD18-20 Mon 24-Wed 26.
    pytest.param(date(2027, 12, 23), F, date(2028, 1, 26), id="foia-christmas-saturday-2027"),
    pytest.param(date(2027, 12, 23), S, date(2028, 1, 26), id="foisa-christmas-saturday-2027"),
    # Easter 2027 (Good Friday 26 Mar, Easter Monday 29 Mar), received Wed 24 Mar.
    # FOIA: WD1 Thu 25; skip Fri 26, Mon 29; WD2-5 Tue 30-Fri 2 Apr; WD6-10 Mon 5-Fri 9;
    # WD11-15 Mon 12-Fri 16; WD16-20 Mon 19-Fri 23 Apr.
    pytest.param(date(2027, 3, 24), F, date(2027, 4, 23), id="foia-easter-2027"),
    # FOISA: Easter Monday is not a Scottish bank holiday. WD1 Thu 25; skip Good Friday;
    # WD2-6 Mon 29-Fri 2 Apr; WD7-11 Mon 5-Fri 9; WD12-16 Mon 12-Fri 16; WD17-20 Mon 19-Thu 22.
    pytest.param(date(2027, 3, 24), S, date(2027, 4, 22), id="foisa-easter-2027"),
    # St Andrew's Day, Mon 30 Nov 2026 (Scotland), received Mon 23 Nov. WD1-4 Tue 24-Fri 27;
    # skip Mon 30; WD5-8 Tue 1-Fri 4 Dec; WD9-13 Mon 7-Fri 11; WD14-18 Mon 14-Fri 18;
    # WD19-20 Mon 21-Tue 22 Dec. (An England-only count would give Mon 21 Dec.)
    pytest.param(date(2026, 11, 23), F, date(2026, 12, 22), id="foia-st-andrews-2026"),
    pytest.param(date(2026, 11, 23), S, date(2026, 12, 22), id="foisa-st-andrews-2026"),
    # St Andrew's Day on Tue 30 Nov 2027, then Christmas 2027 (see above). Received Mon 29 Nov:
    # skip Tue 30; WD1-3 Wed 1-Fri 3 Dec; WD4-8 Mon 6-Fri 10; WD9-13 Mon 13-Fri 17;
    # WD14-18 Mon 20-Fri 24; skip Mon 27, Tue 28 (substitutes); WD19-20 Wed 29-Thu 30 Dec.
    pytest.param(date(2027, 11, 29), F, date(2027, 12, 30), id="foia-st-andrews-2027"),
    # St Patrick's Day, Wed 17 Mar 2027 (Northern Ireland), and Easter; received Mon 1 Mar.
    # FOIA: WD1-4 Tue 2-Fri 5; WD5-9 Mon 8-Fri 12; WD10-11 Mon 15-Tue 16; skip Wed 17;
    # WD12-13 Thu 18-Fri 19; WD14-17 Mon 22-Thu 25; skip Fri 26 (Good Friday),
    # Mon 29 (Easter Monday); WD18-20 Tue 30-Thu 1 Apr.
    pytest.param(date(2027, 3, 1), F, date(2027, 4, 1), id="foia-st-patricks-2027"),
    # FOISA ignores St Patrick's Day and Easter Monday: WD1-4 Tue 2-Fri 5; WD5-9 8-12 Mar;
    # WD10-14 15-19 Mar; WD15-18 Mon 22-Thu 25; skip Good Friday; WD19-20 Mon 29-Tue 30 Mar.
    pytest.param(date(2027, 3, 1), S, date(2027, 3, 30), id="foisa-st-patricks-2027"),
    # Battle of the Boyne, Mon 12 Jul 2027 (NI), and the first Monday in August, Mon 2 Aug 2027
    # (Scotland); received Mon 5 Jul. FOIA: WD1-4 Tue 6-Fri 9; skip Mon 12; WD5-8 Tue 13-Fri 16;
    # WD9-13 19-23 Jul; WD14-18 26-30 Jul; skip Mon 2 Aug; WD19-20 Tue 3-Wed 4 Aug.
    pytest.param(date(2027, 7, 5), F, date(2027, 8, 4), id="foia-boyne-and-august-2027"),
    # FOISA counts 12 July: WD1-4 6-9 Jul; WD5-9 12-16; WD10-14 19-23; WD15-19 26-30;
    # skip Mon 2 Aug (Scottish summer bank holiday); WD20 Tue 3 Aug.
    pytest.param(date(2027, 7, 5), S, date(2027, 8, 3), id="foisa-boyne-and-august-2027"),
    # Substitute day: 12 July 2026 is a Sunday, so Mon 13 Jul is the NI substitute.
    # Received Fri 10 Jul: skip Mon 13; WD1-4 Tue 14-Fri 17; WD5-9 20-24; WD10-14 27-31;
    # skip Mon 3 Aug (Scotland); WD15-18 Tue 4-Fri 7; WD19-20 Mon 10-Tue 11 Aug.
    pytest.param(date(2026, 7, 10), F, date(2026, 8, 11), id="foia-boyne-substitute-2026"),
    # Leap year: received Mon 14 Feb 2028. WD1-4 Tue 15-Fri 18; WD5-9 21-25 Feb;
    # WD10 Mon 28, WD11 Tue 29 Feb; WD12-14 Wed 1-Fri 3 Mar; WD15-19 6-10 Mar; WD20 Mon 13 Mar.
    pytest.param(date(2028, 2, 14), F, date(2028, 3, 13), id="foia-leap-year-2028"),
    # One-off: the state funeral, Mon 19 Sep 2022. Received Mon 5 Sep: WD1-4 Tue 6-Fri 9;
    # WD5-9 12-16; skip Mon 19; WD10-13 Tue 20-Fri 23; WD14-18 26-30 Sep; WD19-20 Mon 3-Tue 4 Oct.
    pytest.param(date(2022, 9, 5), F, date(2022, 10, 4), id="foia-state-funeral-2022"),
    # One-off: the coronation, Mon 8 May 2023, after the early May bank holiday Mon 1 May.
    # Received Mon 24 Apr: WD1-4 Tue 25-Fri 28; skip Mon 1 May; WD5-8 Tue 2-Fri 5; skip Mon 8;
    # WD9-12 Tue 9-Fri 12; WD13-17 15-19 May; WD18-20 Mon 22-Wed 24 May.
    pytest.param(date(2023, 4, 24), F, date(2023, 5, 24), id="foia-coronation-2023"),
    # One-off: the Diamond Jubilee, Tue 5 Jun 2012, with the spring holiday moved to Mon 4 Jun.
    # Received Fri 1 Jun: skip Mon 4, Tue 5; WD1-3 Wed 6-Fri 8; WD4-8 11-15; WD9-13 18-22;
    # WD14-18 25-29 Jun; WD19-20 Mon 2-Tue 3 Jul.
    pytest.param(date(2012, 6, 1), F, date(2012, 7, 3), id="foia-diamond-jubilee-2012"),
    # EIR uses the FOIA definition of a working day (reg 2(1)): same as the first row.
    pytest.param(date(2026, 12, 18), E, date(2027, 1, 21), id="eir-christmas-2026"),
]


@pytest.mark.parametrize(("received", "regime", "expected"), GOLDEN)
def test_golden_due_dates(received: date, regime: Regime, expected: date) -> None:
    deadline = due_date(received, regime)
    assert deadline.date == expected
    assert deadline.working_days == 20
    counted = [entry for entry in deadline.days if entry.counted]
    assert len(counted) == 20
    assert counted[-1].date == expected


def test_explanation_lines_name_each_skipped_day() -> None:
    lines = due_date(date(2026, 12, 18), Regime.FOIA).explanation
    assert lines[0] == "Fri 18 Dec 2026 — date of receipt (day 0)"
    assert "Fri 25 Dec 2026 — skipped: Christmas Day" in lines
    assert (
        "Mon 28 Dec 2026 — skipped: Boxing Day (substitute day), bank holiday in "
        "England and Wales, Scotland, Northern Ireland"
    ) in lines
    assert "Tue 29 Dec 2026 — working day 5" in lines
    assert (
        "Mon 4 Jan 2027 — skipped: New Year Holiday (substitute day), bank holiday in Scotland"
        in lines
    )
    assert lines[-1] == "Thu 21 Jan 2027 — working day 20"


def test_explanation_is_one_entry_per_day_from_day_zero() -> None:
    deadline = due_date(date(2027, 3, 24), Regime.FOIA)
    days = [entry.date for entry in deadline.days]
    assert days[0] == date(2027, 3, 24)
    assert days[-1] == deadline.date
    assert all((later - earlier).days == 1 for earlier, later in pairwise(days))
    numbers = [entry.working_day_number for entry in deadline.days if entry.counted]
    assert numbers == list(range(1, 21))


def test_to_dict_has_due_and_explanation() -> None:
    data = due_date(date(2026, 11, 23), Regime.FOIA).to_dict()
    assert data["due"] == "2026-12-22"
    skipped = [row for row in data["explanation"] if row["date"] == "2026-11-30"]
    assert skipped == [
        {
            "date": "2026-11-30",
            "weekday": "Mon",
            "counted": False,
            "reason": "skipped: Saint Andrew's Day, bank holiday in Scotland",
            "working_day_number": None,
            "closure": None,
        }
    ]

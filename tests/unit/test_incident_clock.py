"""The clocks of an incident report (docs/appi-rules.md "Incidents"; APPI Rule 8), case by case.

Every expected date below was counted by hand on a calendar: day 1 is the day
the office knew (or the contractor told it, if earlier); the preliminary target
is day 5, the final report day 30 (day 60 with type 3); a date on a Saturday,
Sunday, national holiday or 29 December - 3 January moves to the next open day.
"""

# One case per line reads as a table; such lines run past 100 characters.
# ruff: noqa: E501

from __future__ import annotations

from datetime import date

import pytest

from desktop.services.incidents import clock
from desktop.services.incidents.clock import Due, Report

D = date

# (case, knew, wrongful purpose, contractor told, preliminary target, final due)
DEADLINE_CASES = [
    # DOMAIN example: day 30 = 2025-12-30, year-end closing until 3 Jan, 4 Jan is a Sunday
    ("domain example", D(2025, 12, 1), False, None, D(2025, 12, 5), D(2026, 1, 5)),
    ("type 3: 60 days", D(2025, 12, 1), True, None, D(2025, 12, 5), D(2026, 1, 29)),
    ("plain weekdays", D(2025, 6, 2), False, None, D(2025, 6, 6), D(2025, 7, 1)),
    ("day 5 on a Saturday", D(2025, 6, 3), False, None, D(2025, 6, 9), D(2025, 7, 2)),
    ("knew on a Saturday, day 30 a Sunday", D(2025, 6, 7), False, None, D(2025, 6, 11), D(2025, 7, 7)),
    ("day 30 on a Saturday", D(2025, 6, 6), False, None, D(2025, 6, 10), D(2025, 7, 7)),
    ("day 30 on Marine Day", D(2025, 6, 22), False, None, D(2025, 6, 26), D(2025, 7, 22)),
    ("weekend then Respect for the Aged Day", D(2025, 8, 15), False, None, D(2025, 8, 19), D(2025, 9, 16)),
    ("substitute holiday after a Sunday holiday", D(2025, 10, 24), False, None, D(2025, 10, 28), D(2025, 11, 25)),
    ("2026 silver week incl. citizens' holiday", D(2026, 8, 21), False, None, D(2026, 8, 25), D(2026, 9, 24)),
    ("Golden Week 2025: day 30 on 3 May", D(2025, 4, 4), False, None, D(2025, 4, 8), D(2025, 5, 7)),
    ("Golden Week 2025: day 5 on 5 May", D(2025, 5, 1), False, None, D(2025, 5, 7), D(2025, 5, 30)),
    ("Golden Week 2026: day 5 on 3 May", D(2026, 4, 29), False, None, D(2026, 5, 7), D(2026, 5, 28)),
    ("year end: day 5 on 30 Dec", D(2025, 12, 26), False, None, D(2026, 1, 5), D(2026, 1, 26)),
    ("year end: day 30 on 29 Dec", D(2026, 11, 30), False, None, D(2026, 12, 4), D(2027, 1, 4)),
    ("28 Dec is still open", D(2026, 11, 29), False, None, D(2026, 12, 3), D(2026, 12, 28)),
    ("knew on a closed day: day 1 does not move", D(2025, 12, 29), False, None, D(2026, 1, 5), D(2026, 1, 27)),
    ("after the year end: Coming of Age Day", D(2026, 12, 11), False, None, D(2026, 12, 15), D(2027, 1, 12)),
    ("type 3: day 60 on 29 Dec", D(2025, 10, 31), True, None, D(2025, 11, 4), D(2026, 1, 5)),
    ("same day, 30 days: weekend", D(2025, 10, 31), False, None, D(2025, 11, 4), D(2025, 12, 1)),
    ("leap year: day 5 on a Saturday", D(2028, 2, 1), False, None, D(2028, 2, 7), D(2028, 3, 1)),
    ("day 5 on Foundation Day", D(2028, 2, 7), False, None, D(2028, 2, 14), D(2028, 3, 7)),
    # A contractor caused it: the clock starts at the latest when the contractor told the office.
    ("contractor told before the office noted it", D(2025, 3, 14), False, D(2025, 3, 10), D(2025, 3, 14), D(2025, 4, 8)),
    ("office knew before the contractor told", D(2025, 3, 10), False, D(2025, 3, 14), D(2025, 3, 14), D(2025, 4, 8)),
    ("contractor told, type 3", D(2025, 3, 14), True, D(2025, 3, 10), D(2025, 3, 14), D(2025, 5, 8)),
    ("contractor told on the same day", D(2025, 12, 1), False, D(2025, 12, 1), D(2025, 12, 5), D(2026, 1, 5)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("knew", "wrongful", "told", "preliminary", "final"),
    [case[1:] for case in DEADLINE_CASES],
    ids=[case[0] for case in DEADLINE_CASES],
)
def test_deadlines(
    knew: date, wrongful: bool, told: date | None, preliminary: date, final: date
) -> None:
    dates = clock.deadlines(knew, wrongful_purpose=wrongful, contractor_told_on=told)
    assert (dates.preliminary_target, dates.final_due) == (preliminary, final)
    assert dates.final_days == (60 if wrongful else 30)
    assert dates.start == min(knew, told or knew)


CLOSED_DAYS = [
    (D(2025, 12, 27), True),  # Saturday
    (D(2025, 12, 28), True),  # Sunday
    (D(2025, 12, 29), True),  # Monday, year end
    (D(2025, 12, 30), True),
    (D(2025, 12, 31), True),
    (D(2026, 1, 1), True),  # New Year's Day
    (D(2026, 1, 2), True),  # Friday, year end
    (D(2026, 1, 3), True),
    (D(2026, 1, 5), False),
    (D(2026, 12, 28), False),  # a Monday just before the year end
    (D(2027, 1, 4), False),  # a Monday just after it
    (D(2025, 5, 6), True),  # substitute holiday
    (D(2026, 9, 22), True),  # citizens' holiday between two holidays
    (D(2025, 7, 21), True),  # Marine Day
    (D(2025, 7, 22), False),
]


@pytest.mark.parametrize(
    ("day", "closed"), CLOSED_DAYS, ids=[d.isoformat() for d, _ in CLOSED_DAYS]
)
def test_closed_days(day: date, closed: bool) -> None:
    assert clock.is_closed_day(day) is closed


URGENCY = [
    (-30, Due.OVERDUE),
    (-1, Due.OVERDUE),
    (0, Due.URGENT),
    (2, Due.URGENT),
    (3, Due.SOON),
    (7, Due.SOON),
    (8, Due.OK),
    (60, Due.OK),
]


@pytest.mark.parametrize(("left", "state"), URGENCY)
def test_urgency_of_days_left(left: int, state: Due) -> None:
    assert clock.urgency(left) is state


def test_days_left_counts_to_the_due_day() -> None:
    due = D(2026, 1, 5)
    assert clock.days_left(due, D(2026, 1, 5)) == 0
    assert clock.days_left(due, D(2025, 12, 31)) == 5
    assert clock.days_left(due, D(2026, 1, 6)) == -1


NEXT_CASES = [
    ("nothing sent: the preliminary report", False, False, D(2025, 12, 3), Report.PRELIMINARY, 2),
    ("preliminary overdue", False, False, D(2025, 12, 8), Report.PRELIMINARY, -3),
    ("preliminary sent: the final report", True, False, D(2025, 12, 8), Report.FINAL, 28),
    ("final overdue", True, False, D(2026, 1, 7), Report.FINAL, -2),
]


@pytest.mark.parametrize(
    ("prelim", "final", "today", "report", "left"),
    [case[1:] for case in NEXT_CASES],
    ids=[case[0] for case in NEXT_CASES],
)
def test_next_deadline(prelim: bool, final: bool, today: date, report: Report, left: int) -> None:
    dates = clock.deadlines(D(2025, 12, 1), wrongful_purpose=False)
    upcoming = clock.next_deadline(dates, preliminary_sent=prelim, final_sent=final, today=today)
    assert upcoming is not None
    assert (upcoming.report, upcoming.days_left) == (report, left)
    assert upcoming.due_state is clock.urgency(left)


def test_a_final_report_sent_owes_nothing_more_even_without_a_preliminary_one() -> None:
    dates = clock.deadlines(D(2025, 12, 1), wrongful_purpose=False)
    for preliminary in (False, True):
        assert (
            clock.next_deadline(
                dates, preliminary_sent=preliminary, final_sent=True, today=D(2026, 2, 1)
            )
            is None
        )

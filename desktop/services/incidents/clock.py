"""The clocks of an incident report to the PPC, in this one place (APPI Art. 26; Rule 8).

Source: docs/appi-rules.md, "Incidents":

- Day 1 is the day the office knew of the incident; days are calendar days
  (weekends count). When a contractor caused it, the office's clock starts at
  the latest on the day the contractor told the office (GL 3-5).
- Preliminary report (速報, Rule 8(1)): "promptly", about 3-5 days; the target
  shown is day 5.
- Final report (確報, Rule 8(2)): within 30 days, or 60 days when Rule 7
  type 3 (a suspected wrongful purpose) applies, also together with others.
- A deadline that falls on a Saturday, Sunday, national holiday (the
  ``holidays`` package, country JP, substitute and citizens' holidays
  included) or 29 December - 3 January moves to the next open day. Example:
  knew 2025-12-01, day 30 = 2025-12-30, due 2026-01-05.

The move applies to both dates: the preliminary target is a target, and a
target on a closed day cannot be met at an office that is closed either.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import cache

PRELIMINARY_DAY = 5
FINAL_DAYS = 30
FINAL_DAYS_WRONGFUL = 60
#: the year-end closing of government offices: 29 December to 3 January
YEAR_END = ((12, 29), (12, 30), (12, 31), (1, 1), (1, 2), (1, 3))
#: days left at or below which a deadline is "soon", and "urgent"
SOON_DAYS, URGENT_DAYS = 7, 2


@cache
def _national_holidays(year: int) -> frozenset[date]:
    """Japan's national holidays of ``year`` (none known past the package's last year)."""
    # Imported on first use: loading the package and Japan's tables takes about half a
    # second, which the program's start should not wait for (see warm_up).
    import holidays

    return frozenset(holidays.country_holidays("JP", years=year))


def warm_up(today: date | None = None) -> None:
    """Load the holiday tables of the years around ``today`` ahead of the first count.

    The window calls this in the background after login, so that the first table
    of incidents does not wait for the package to load.
    """
    year = (today or date.today()).year
    for around in range(year - 1, year + 2):
        _national_holidays(around)


def is_closed_day(day: date) -> bool:
    """Saturday, Sunday, a national holiday, or 29 December - 3 January."""
    return (
        day.weekday() >= 5
        or (day.month, day.day) in YEAR_END
        or day in _national_holidays(day.year)
    )


def next_open_day(day: date) -> date:
    """``day`` itself when open, else the first open day after it."""
    while is_closed_day(day):
        day += timedelta(days=1)
    return day


def day_number(start: date, number: int) -> date:
    """Day ``number`` of a period whose day 1 is ``start``."""
    return start + timedelta(days=number - 1)


def clock_start(known_on: date, contractor_told_on: date | None = None) -> date:
    """Day 1: the day the office knew, at the latest the day a contractor told it."""
    if contractor_told_on is None:
        return known_on
    return min(known_on, contractor_told_on)


@dataclass(frozen=True)
class Deadlines:
    start: date  # day 1
    preliminary_target: date
    final_due: date
    final_days: int  # 30, or 60 with type 3


def deadlines(
    known_on: date, *, wrongful_purpose: bool, contractor_told_on: date | None = None
) -> Deadlines:
    """The preliminary-report target and the final-report due date."""
    start = clock_start(known_on, contractor_told_on)
    final_days = FINAL_DAYS_WRONGFUL if wrongful_purpose else FINAL_DAYS
    return Deadlines(
        start=start,
        preliminary_target=next_open_day(day_number(start, PRELIMINARY_DAY)),
        final_due=next_open_day(day_number(start, final_days)),
        final_days=final_days,
    )


class Due(StrEnum):
    """How near a deadline is, for the colour of the table's "days left"."""

    OK = "ok"
    SOON = "soon"  # SOON_DAYS or fewer days left
    URGENT = "urgent"  # URGENT_DAYS or fewer days left, today included
    OVERDUE = "overdue"


def days_left(due: date, today: date) -> int:
    """Days until ``due``: 0 on the day itself, negative once it has passed."""
    return (due - today).days


def urgency(left: int) -> Due:
    if left < 0:
        return Due.OVERDUE
    if left <= URGENT_DAYS:
        return Due.URGENT
    if left <= SOON_DAYS:
        return Due.SOON
    return Due.OK


class Report(StrEnum):
    PRELIMINARY = "preliminary"
    FINAL = "final"


@dataclass(frozen=True)
class NextDeadline:
    """The report due next, if any: which one, when, and how near."""

    report: Report
    due: date
    days_left: int
    due_state: Due


def next_deadline(
    dates: Deadlines, *, preliminary_sent: bool, final_sent: bool, today: date
) -> NextDeadline | None:
    """The report still owed first; a final report sent also answers the preliminary one."""
    if final_sent:
        return None
    if preliminary_sent:
        report, due = Report.FINAL, dates.final_due
    else:
        report, due = Report.PRELIMINARY, dates.preliminary_target
    left = days_left(due, today)
    return NextDeadline(report, due, left, urgency(left))

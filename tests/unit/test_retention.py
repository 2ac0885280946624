"""The retention rule: ledgers are kept 2 years from the matter's closing.

See docs/appi-rules.md, "Clients and retention".
"""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services.retention import (
    LEDGER_RETENTION_YEARS,
    add_years,
    default_retention_end,
    is_due,
)


def test_the_office_keeps_its_ledgers_two_years() -> None:
    assert LEDGER_RETENTION_YEARS == 2


@pytest.mark.parametrize(
    ("start", "years", "expected"),
    [
        (date(2024, 3, 31), 2, date(2026, 3, 31)),
        (date(2025, 1, 1), 2, date(2027, 1, 1)),
        (date(2025, 12, 31), 2, date(2027, 12, 31)),
        (date(2024, 2, 29), 2, date(2026, 2, 28)),  # no 29 February in 2026
        (date(2024, 2, 29), 4, date(2028, 2, 29)),  # leap year again
        (date(2023, 2, 28), 1, date(2024, 2, 28)),  # not moved to the 29th
        (date(2024, 2, 28), 2, date(2026, 2, 28)),
        (date(2025, 6, 15), 0, date(2025, 6, 15)),
        (date(2020, 2, 29), 5, date(2025, 2, 28)),  # receipts: five years
        (date(9999, 12, 31), 2, date(9999, 12, 31)),  # typed by mistake: no date after it
        (date(9998, 6, 1), 2, date(9999, 12, 31)),
    ],
)
def test_add_years(start: date, years: int, expected: date) -> None:
    assert add_years(start, years) == expected


@pytest.mark.parametrize(
    ("matter_closed_on", "expected"),
    [
        (None, None),  # matter still open: retention has not started
        (date(2024, 3, 31), date(2026, 3, 31)),
        (date(2024, 2, 29), date(2026, 2, 28)),
        (date(2025, 11, 30), date(2027, 11, 30)),
    ],
)
def test_default_retention_end(matter_closed_on: date | None, expected: date | None) -> None:
    assert default_retention_end(matter_closed_on) == expected


@pytest.mark.parametrize(
    ("retention_end", "today", "due"),
    [
        (None, date(2099, 1, 1), False),  # open matter: never due by date
        (date(2026, 3, 31), date(2026, 3, 30), False),
        (date(2026, 3, 31), date(2026, 3, 31), False),  # the last day to keep it
        (date(2026, 3, 31), date(2026, 4, 1), True),  # the day after: due
        (date(2026, 3, 31), date(2030, 1, 1), True),
    ],
)
def test_is_due(retention_end: date | None, today: date, due: bool) -> None:
    assert is_due(retention_end, today) is due

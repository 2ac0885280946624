"""How long a client's data is kept: the retention rule, in this one place.

Source: docs/appi-rules.md, "Clients and retention" (APPI Art. 21, 22, 32; GL 10): each client has a
retention end date, by default the end of the last matter plus the office's
set period. A gyoseishoshi keeps its ledgers (事件簿) 2 years from the closing
of the matter, and receipts 5 years. The client register follows the ledger
period; receipts are kept in the accounts, not here.

``retention_end`` is the last day the data must be kept: a matter closed on
2024-03-31 is kept through 2026-03-31 and is due for disposal from the day
after (periods of years end on the day before the corresponding day after
the first day is left out, Civil Code Art. 140, 143).
"""

from __future__ import annotations

from datetime import date

#: gyoseishoshi ledgers: 2 years from the closing of the matter
LEDGER_RETENTION_YEARS = 2


def add_years(d: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 28 February in a common year.

    Past the last date there is (9999-12-31, a date typed by mistake) it is that date:
    kept for good, not a crash.
    """
    if d.year + years > date.max.year:
        return date.max
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # only 29 February has no counterpart
        return d.replace(year=d.year + years, day=28)


def default_retention_end(matter_closed_on: date | None) -> date | None:
    """The last day to keep a client's data; None while the matter is open (not yet running)."""
    if matter_closed_on is None:
        return None
    return add_years(matter_closed_on, LEDGER_RETENTION_YEARS)


def is_due(retention_end: date | None, today: date) -> bool:
    """Whether the retention period is over: the day after ``retention_end`` has come."""
    return retention_end is not None and today > retention_end

"""Numbers from named counters: client, purpose, consent, provision and receipt numbers.

A taker reads the counter row under a row lock (``SELECT ... FOR UPDATE``,
which SQLite ignores: it lets one writer at a time in anyway) and moves it on
in the caller's transaction; a second writer on a server database waits for
the first to commit and then gets the numbers after. A number once taken is
never given again, even when its record is later disposed of or the
transaction that took it is the one that fails (then nothing was taken).
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Counter


class CounterName(StrEnum):
    CLIENT = "client"
    PURPOSE = "purpose"
    CONSENT = "consent"
    PROVISION = "provision"
    RECEIPT = "receipt"


def take(session: Session, name: CounterName, count: int = 1) -> int:
    """Take ``count`` consecutive numbers; the first of them."""
    if count < 1:
        raise ValueError("take at least one number")
    query = select(Counter).where(Counter.name == name.value).with_for_update()
    counter = session.scalars(query).one()
    first = counter.next_value
    counter.next_value = first + count
    return first


def peek(session: Session, name: CounterName) -> int:
    """The number the next taker would get (nothing is taken)."""
    value = session.scalar(select(Counter.next_value).where(Counter.name == name.value))
    assert value is not None, f"ledger without the {name} counter"
    return value

"""Named counters that hand out numbers (client numbers, purpose numbers).

A number is taken by reading its counter row under a row lock and moving it
on in the same transaction (services/counters.py), so two writers on a server
database can never take the same number; a number once taken is never given
again, even when its record is disposed of.
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base


class Counter(Base):
    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    #: the number the next taker gets
    next_value: Mapped[int]

"""Dates as a Japanese office writes them: ISO, slashes, and the imperial eras (和暦).

Qt-free, so forms, reports and the command line read and write dates the same way.
``parse`` accepts 2026-11-25, 2026/11/25, 2026年11月25日, 20261125, 令和8年11月25日,
令和元年5月1日, R8.11.25 and H31/4/30, in full-width digits too (folded with NFKC).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Era:
    name: str  # 令和
    letter: str  # R
    first_day: dt.date


#: newest first; an era runs from its first day to the day before the next one's
ERAS = (
    Era("令和", "R", dt.date(2019, 5, 1)),
    Era("平成", "H", dt.date(1989, 1, 8)),
    Era("昭和", "S", dt.date(1926, 12, 25)),
    Era("大正", "T", dt.date(1912, 7, 30)),
    Era("明治", "M", dt.date(1868, 1, 25)),
)


class DateError(ValueError):
    """The text is not a date; ``no_such_day`` tells a wrong day from an unreadable text."""

    def __init__(self, text: str, *, no_such_day: bool = False) -> None:
        super().__init__(text)
        self.no_such_day = no_such_day


_SEP = r"\s*[-/.年]\s*"
_WESTERN = re.compile(rf"^(\d{{4}}){_SEP}(\d{{1,2}}){_SEP.replace('年', '月')}(\d{{1,2}})\s*日?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NAMES = "|".join(era.name for era in ERAS)
_LETTERS = "".join(era.letter for era in ERAS)
_ERA = re.compile(
    rf"^(?:({_NAMES})|([{_LETTERS}]))\s*(元|\d{{1,2}})\s*[-/.年]\s*(\d{{1,2}})\s*[-/.月]\s*"
    r"(\d{1,2})\s*日?$",
    re.IGNORECASE,
)


def parse(text: str) -> dt.date | None:
    """The date written, None for empty text; DateError when it is no date."""
    folded = unicodedata.normalize("NFKC", text).strip()
    if not folded:
        return None
    match = _WESTERN.match(folded) or _COMPACT.match(folded)
    if match is not None:
        return _date(text, int(match[1]), int(match[2]), int(match[3]))
    match = _ERA.match(folded)
    if match is None:
        raise DateError(text)
    era = _era_named(match[1] or match[2].upper())
    era_year = 1 if match[3] == "元" else int(match[3])
    if era_year < 1:
        raise DateError(text, no_such_day=True)
    value = _date(text, era.first_day.year + era_year - 1, int(match[4]), int(match[5]))
    if era_of(value) is not era:
        raise DateError(text, no_such_day=True)  # 平成31年5月1日 was already 令和元年
    return value


def era_of(value: dt.date) -> Era | None:
    """The era a day belongs to (None before Meiji)."""
    return next((era for era in ERAS if value >= era.first_day), None)


def wareki(value: dt.date) -> str:
    """令和8年11月25日; the first year of an era is 元年; ISO before Meiji."""
    era = era_of(value)
    if era is None:
        return value.isoformat()
    year = value.year - era.first_day.year + 1
    return f"{era.name}{'元' if year == 1 else year}年{value.month}月{value.day}日"


def japanese_date(value: dt.date) -> str:
    """2026年11月25日: the Western year written the Japanese way (no zero padding)."""
    return f"{value.year}年{value.month}月{value.day}日"


def printed_date(value: dt.date) -> str:
    """For a printed form an office files: 令和8年11月25日（2026年）, the era first."""
    era = wareki(value)
    if era == value.isoformat():
        return japanese_date(value)
    return f"{era}（{value.year}年）"


def _era_named(key: str) -> Era:
    return next(era for era in ERAS if key in (era.name, era.letter))


def _date(text: str, year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateError(text, no_such_day=True) from None

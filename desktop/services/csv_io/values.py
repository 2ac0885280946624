"""Cell text to values as offices type them in Excel: dates (also 和暦), yes/no, choices."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date

from ...vault.errors import QT_TRANSLATE_NOOP
from ..errors import ValidationError

#: the first year of each era (a year "1" / 元年 is that year)
ERAS = {
    "明治": 1868,
    "m": 1868,
    "大正": 1912,
    "t": 1912,
    "昭和": 1926,
    "s": 1926,
    "平成": 1989,
    "h": 1989,
    "令和": 2019,
    "r": 2019,
}
_WESTERN = re.compile(
    r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_ERA = re.compile(
    r"^(明治|大正|昭和|平成|令和|[mtshr])\.?\s*(元|\d{1,2})[年./-]\s*(\d{1,2})[月./-]\s*(\d{1,2})日?$"
)
_YES = frozenset({"yes", "y", "true", "1", "はい", "有", "あり", "○", "〇", "要", "該当"})
_NO = frozenset({"no", "n", "false", "0", "いいえ", "無", "なし", "×", "-", "非該当"})


def text(value: str) -> str:
    return unicodedata.normalize("NFKC", value).strip()


def parse_date(value: str, field: str) -> date | None:
    """``2026-03-01``, ``2026/3/1``, ``2026年3月1日``, ``20260301``, ``令和8年3月1日``, ``R8.3.1``.

    Excel writes dates back in the first two forms; era dates are common in office lists.
    """
    cleaned = text(value).casefold()
    if not cleaned:
        return None
    year = month = day = 0
    if match := _WESTERN.match(cleaned) or _COMPACT.match(cleaned):
        year, month, day = (int(part) for part in match.groups()[:3])
    elif match := _ERA.match(cleaned):
        era, era_year, month_text, day_text = match.groups()
        year = ERAS[era] + (1 if era_year == "元" else int(era_year)) - 1
        month, day = int(month_text), int(day_text)
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Write the date as 2026-03-01 (also 2026/3/1 or 令和8年3月1日), not '{value}'.",
            ),
            field,
            value=value.strip(),
        ) from None


def parse_yes_no(value: str, field: str) -> bool:
    cleaned = text(value).casefold()
    if not cleaned or cleaned in _NO:
        return False
    if cleaned in _YES:
        return True
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "Write yes or no (はい / いいえ), not '{value}'."),
        field,
        value=value.strip(),
    )


def parse_choice(
    value: str, field: str, labels: Mapping[str, tuple[str, str]], default: str
) -> str:
    """The code whose code or label the cell holds; ``labels``: code → (English, Japanese)."""
    cleaned = text(value).casefold()
    if not cleaned:
        return default
    for code, names in labels.items():
        if cleaned in {text(name).casefold() for name in (code, *names)}:
            return code
    raise ValidationError(
        QT_TRANSLATE_NOOP("errors", "'{value}' is not one of: {choices}."),
        field,
        value=value.strip(),
        choices=", ".join(f"{en} ({ja})" for en, ja in labels.values()),
    )


def parse_numbers(value: str) -> list[int]:
    """``"1; 3"``, ``"1,3"``, ``"１・３"``: the numbers in the cell."""
    return [int(number) for number in re.findall(r"\d+", text(value))]


def lines(value: str) -> tuple[str, ...]:
    """A list kept one item a line in its cell (Excel shows them one under the other)."""
    return tuple(line.strip() for line in value.splitlines() if line.strip())


def iso(day: date | None) -> str:
    return "" if day is None else day.isoformat()

"""Cell text as offices type it in Excel, read into values: dates, yes/no, names."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.services.csv_io import values
from desktop.services.csv_io.kinds import split_two
from desktop.services.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-03-01", date(2026, 3, 1)),
        ("2026/3/1", date(2026, 3, 1)),
        ("2026/03/01 0:00", date(2026, 3, 1)),  # as Excel writes a date cell back
        ("2026年3月1日", date(2026, 3, 1)),
        ("２０２６－０３－０１", date(2026, 3, 1)),
        ("20260301", date(2026, 3, 1)),
        ("令和8年3月1日", date(2026, 3, 1)),
        ("令和元年5月1日", date(2019, 5, 1)),
        ("平成31年4月30日", date(2019, 4, 30)),
        ("昭和50年1月2日", date(1975, 1, 2)),
        ("S50.1.2", date(1975, 1, 2)),
        ("H1.1.8", date(1989, 1, 8)),
        ("㍻2年2月2日", date(1990, 2, 2)),
        ("", None),
        ("  ", None),
    ],
)
def test_dates_in_the_forms_offices_write_them(text: str, day: date | None) -> None:
    assert values.parse_date(text, "date_of_birth") == day


@pytest.mark.parametrize("text", ["2026-02-30", "3/1", "昨日", "令和8年13月1日", "2026-03"])
def test_a_date_that_is_not_one_names_its_field_and_text(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        values.parse_date(text, "obtained_on")
    assert caught.value.field == "obtained_on"
    assert f"not '{text}'" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("はい", True),
        ("yes", True),
        ("○", True),
        ("1", True),
        ("有", True),
        ("いいえ", False),
        ("No", False),
        ("", False),
        ("×", False),
        ("無", False),
    ],
)
def test_yes_and_no(text: str, answer: bool) -> None:
    assert values.parse_yes_no(text, "sensitive") is answer


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("山田 花子", ("山田", "花子")),
        ("山田　花子", ("山田", "花子")),  # full-width space
        ("  山田   花子 ", ("山田", "花子")),
        ("Jean Paul Sartre", ("Jean", "Paul Sartre")),
        ("山田", ("山田", "")),
        ("", ("", "")),
    ],
)
def test_a_full_name_splits_at_the_first_space(text: str, parts: tuple[str, str]) -> None:
    assert split_two(text) == parts


@pytest.mark.parametrize(
    ("text", "numbers"), [("1; 3", [1, 3]), ("1,3", [1, 3]), ("１・５", [1, 5]), ("", [])]
)
def test_purpose_numbers_whatever_the_separator(text: str, numbers: list[int]) -> None:
    assert values.parse_numbers(text) == numbers

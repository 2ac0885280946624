"""Reading and writing dates as the office writes them, era boundaries included."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.jpdates import DateError, japanese_date, parse, printed_date, wareki


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-25", date(2026, 11, 25)),
        ("2026/11/25", date(2026, 11, 25)),
        ("2026.1.5", date(2026, 1, 5)),
        ("2026年11月25日", date(2026, 11, 25)),
        ("20261125", date(2026, 11, 25)),
        ("２０２６－１１－２５", date(2026, 11, 25)),
        ("令和8年11月25日", date(2026, 11, 25)),
        ("令和８年１１月２５日", date(2026, 11, 25)),
        ("R8.11.25", date(2026, 11, 25)),
        ("r8/11/25", date(2026, 11, 25)),
        ("Ｒ８．１１．２５", date(2026, 11, 25)),
        ("令和元年5月1日", date(2019, 5, 1)),
        ("R1.5.1", date(2019, 5, 1)),
        ("平成31年4月30日", date(2019, 4, 30)),
        ("H31.4.30", date(2019, 4, 30)),
        ("平成元年1月8日", date(1989, 1, 8)),
        ("昭和64年1月7日", date(1989, 1, 7)),
        ("S55.5.17", date(1980, 5, 17)),
        ("大正15年12月24日", date(1926, 12, 24)),
        ("", None),
        ("   ", None),
    ],
)
def test_dates_written_each_way_are_read(text: str, expected: date | None) -> None:
    assert parse(text) == expected


@pytest.mark.parametrize(
    ("text", "no_such_day"),
    [
        ("tomorrow", False),
        ("2026-13", False),
        ("X8.1.1", False),
        ("2026-02-30", True),
        ("平成31年5月1日", True),  # already 令和元年
        ("令和1年4月30日", True),  # still 平成31年
        ("昭和64年1月8日", True),  # already 平成元年
        ("令和0年5月1日", True),
        ("R8.2.30", True),
    ],
)
def test_what_is_no_date_is_refused(text: str, no_such_day: bool) -> None:
    with pytest.raises(DateError) as caught:
        parse(text)
    assert caught.value.no_such_day is no_such_day


@pytest.mark.parametrize(
    ("day", "written"),
    [
        (date(2026, 11, 25), "令和8年11月25日"),
        (date(2019, 5, 1), "令和元年5月1日"),
        (date(2019, 4, 30), "平成31年4月30日"),
        (date(1989, 1, 8), "平成元年1月8日"),
        (date(1989, 1, 7), "昭和64年1月7日"),
        (date(1800, 1, 1), "1800-01-01"),
    ],
)
def test_dates_are_written_in_the_era(day: date, written: str) -> None:
    assert wareki(day) == written
    if day.year > 1868:
        assert parse(written) == day


@pytest.mark.parametrize(
    ("day", "japanese", "printed"),
    [
        (date(2026, 11, 25), "2026年11月25日", "令和8年11月25日（2026年）"),
        (date(2026, 3, 5), "2026年3月5日", "令和8年3月5日（2026年）"),
        (date(2019, 5, 1), "2019年5月1日", "令和元年5月1日（2019年）"),
        (date(1800, 1, 1), "1800年1月1日", "1800年1月1日"),  # before Meiji: no era
    ],
)
def test_japanese_and_printed_dates(day: date, japanese: str, printed: str) -> None:
    assert japanese_date(day) == japanese
    assert printed_date(day) == printed
    assert parse(japanese) == day  # what is shown can be typed back

"""Readings (フリガナ) are stored in katakana; postal codes are shown with 〒."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.services.client_validation import clean
from desktop.services.jptext import postal_mark, to_katakana
from tests.unit.test_client_validation import VALID


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("やまだ", "ヤマダ"),  # hiragana
        ("ヤマダ", "ヤマダ"),  # already katakana
        ("ﾔﾏﾀﾞ", "ヤマダ"),  # half-width, the dakuten joined
        ("ﾊﾟｰｸ", "パーク"),  # handakuten and the long vowel mark
        ("ゔぁん・ふん", "ヴァン・フン"),  # ゔ and small kana
        ("いすゞ", "イスヾ"),  # iteration mark
        ("すずき ｲﾁﾛｳ", "スズキ イチロウ"),  # mixed, the space kept
        ("山田", "山田"),  # not a reading: left for the check to point at
        ("", ""),
    ],
)
def test_readings_become_full_width_katakana(typed: str, stored: str) -> None:
    assert to_katakana(typed) == stored


@pytest.mark.parametrize(
    ("code", "shown"),
    [
        ("123-4567", "〒123-4567"),
        ("", ""),
        ("123-456", "123-456"),  # not a postal code: shown as it is
    ],
)
def test_postal_codes_are_shown_with_the_mark(code: str, shown: str) -> None:
    assert postal_mark(code) == shown


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("１２３－４５６７", "123-4567"),
        ("〒１２３ー４５６７", "123-4567"),
        ("1234567", "123-4567"),
    ],
)
def test_a_client_saves_the_tidy_postal_code_and_katakana_readings(typed: str, stored: str) -> None:
    changes = {"postal_code": typed, "family_kana": "やまだ", "given_kana": "ﾀﾛｳ"}
    saved = clean(dataclasses.replace(VALID, **changes))
    assert (saved.postal_code, saved.family_kana, saved.given_kana) == (stored, "ヤマダ", "タロウ")

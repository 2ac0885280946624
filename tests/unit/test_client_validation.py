"""The client form's rules: every problem at once, each next to its field, in plain words."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from desktop.services.client_validation import (
    check_client,
    clean,
    normalize_email,
    normalize_phone,
    normalize_postal_code,
)
from desktop.services.clients import ClientInput, ObtainedHow, validate_client
from desktop.services.errors import ValidationError

TODAY = date(2026, 6, 1)
VALID = ClientInput(
    family_name="山田",
    given_name="花子",
    obtained_on=date(2025, 4, 1),
    purpose_ids=(1,),
)
FROM_PROVIDER: dict[str, Any] = {
    "obtained_how": ObtainedHow.THIRD_PARTY,
    "provider_name": "みなと不動産株式会社",
    "provider_address": "東京都港区芝浦9-99-1",
    "provider_obtained_how": "Rental application, with consent to pass it on",
}


def problems(**changes: Any) -> list[tuple[str, str]]:
    return [(p.field, str(p)) for p in validate_client(replace(VALID, **changes), today=TODAY)]


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({}, id="the minimum"),
        pytest.param({"family_kana": "ヤマダ", "given_kana": "ハナコ"}, id="katakana"),
        pytest.param({"family_kana": "やまだ", "given_kana": "はなこ"}, id="hiragana"),
        pytest.param({"family_kana": "ﾔﾏﾀﾞ"}, id="half-width katakana"),
        pytest.param({"family_kana": "グエン・ヴァン", "given_kana": "ルーカス"}, id="・ and ー"),
        pytest.param(
            {"family_kana": "デラ クルス", "given_kana": "マリア\u3000ルイサ"}, id="spaces"
        ),
        pytest.param({"date_of_birth": date(1900, 1, 1)}, id="born 1900"),
        pytest.param({"date_of_birth": TODAY}, id="born today"),
        pytest.param({"postal_code": "160-0023"}, id="postal code"),
        pytest.param({"postal_code": "1600023"}, id="postal code without hyphen"),
        pytest.param({"postal_code": "１６０－００２３"}, id="full-width postal code"),
        pytest.param({"postal_code": "〒160ー0023"}, id="〒 and IME hyphen"),
        pytest.param({"phone": "03-1234-5678"}, id="landline"),
        pytest.param({"phone": "09012345678"}, id="mobile without hyphens"),
        pytest.param({"phone": "０９０ー１２３４ー５６７８"}, id="full-width phone"),
        pytest.param({"phone": "03(1234)5678"}, id="parentheses"),
        pytest.param({"phone": "+81 90 1234 5678"}, id="international"),
        pytest.param({"email": "hanako.yamada@example.jp"}, id="e-mail"),
        pytest.param({"email": "ＨＡＮＡＫＯ＠ｅｘａｍｐｌｅ．ｊｐ"}, id="full-width e-mail"),
        pytest.param({"obtained_on": TODAY}, id="obtained today"),
        pytest.param(FROM_PROVIDER, id="third party with provider"),
        pytest.param({"purpose_ids": (1, 2, 3, 4, 5)}, id="all purposes"),
        pytest.param({"sensitive": True, "sensitive_note": "medical certificate"}, id="sensitive"),
        pytest.param({"matter_closed_on": TODAY}, id="closed today"),
        pytest.param({"matter_closed_on": date(2025, 4, 1)}, id="closed the day it came in"),
        pytest.param({"retention_end": date(2025, 4, 1)}, id="retention ends when obtained"),
        pytest.param({"provider_name": "ignored"}, id="provider fields of direct data"),
    ],
)
def test_valid_input_has_no_problems(changes: dict[str, Any]) -> None:
    assert problems(**changes) == []


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"family_name": "  "}, "family_name", "Enter the family name."),
        ({"given_name": ""}, "given_name", "Enter the given name."),
        (
            {"family_kana": "Yamada"},
            "family_kana",
            "Write the reading of the family name in katakana or hiragana.",
        ),
        (
            {"given_kana": "花子"},
            "given_kana",
            "Write the reading of the given name in katakana or hiragana.",
        ),
        (
            {"date_of_birth": date(2026, 6, 2)},
            "date_of_birth",
            "The date of birth cannot be in the future.",
        ),
        (
            {"date_of_birth": date(1899, 12, 31)},
            "date_of_birth",
            "Check the date of birth: it is before 1900.",
        ),
        ({"postal_code": "160-002"}, "postal_code", "Enter the postal code as 123-4567."),
        ({"postal_code": "16000234"}, "postal_code", "Enter the postal code as 123-4567."),
        ({"postal_code": "1600-023"}, "postal_code", "Enter the postal code as 123-4567."),
        ({"postal_code": "新宿区"}, "postal_code", "Enter the postal code as 123-4567."),
        (
            {"phone": "090-1234-abcd"},
            "phone",
            "Enter the phone number in digits, with hyphens if you like: 03-1234-5678.",
        ),
        (
            {"phone": "12345"},
            "phone",
            "Enter the phone number in digits, with hyphens if you like: 03-1234-5678.",
        ),
        (
            {"phone": "81+90-1234-5678"},
            "phone",
            "Enter the phone number in digits, with hyphens if you like: 03-1234-5678.",
        ),
        ({"email": "hanako.example.jp"}, "email", "Enter the e-mail address as name@example.jp."),
        ({"email": "hanako@@example.jp"}, "email", "Enter the e-mail address as name@example.jp."),
        ({"email": "hanako@example"}, "email", "Enter the e-mail address as name@example.jp."),
        ({"email": "hana ko@example.jp"}, "email", "Enter the e-mail address as name@example.jp."),
        ({"email": "hanako@example."}, "email", "Enter the e-mail address as name@example.jp."),
        ({"email": "花子@example.jp"}, "email", "Enter the e-mail address as name@example.jp."),
        ({"obtained_on": None}, "obtained_on", "Enter the date the data was obtained."),
        (
            {"obtained_on": date(2026, 6, 2)},
            "obtained_on",
            "The date the data was obtained cannot be in the future.",
        ),
        (
            {**FROM_PROVIDER, "provider_name": " "},
            "provider_name",
            "Data from a third party: enter who provided it (APPI Art. 30).",
        ),
        (
            {**FROM_PROVIDER, "provider_address": ""},
            "provider_address",
            "Data from a third party: enter the provider's address.",
        ),
        (
            {**FROM_PROVIDER, "provider_obtained_how": ""},
            "provider_obtained_how",
            "Data from a third party: enter how the provider obtained it.",
        ),
        ({"purpose_ids": ()}, "purpose_ids", "Choose at least one purpose of use."),
        (
            {"sensitive": True, "sensitive_note": "  "},
            "sensitive_note",
            "Say what kind of sensitive information this is, "
            "for example: medical certificate for a visa application.",
        ),
        (
            {"matter_closed_on": date(2026, 6, 2)},
            "matter_closed_on",
            "The date the matter closed cannot be in the future.",
        ),
        (
            {"matter_closed_on": date(2025, 3, 31)},
            "matter_closed_on",
            "The matter cannot have closed before the data was obtained.",
        ),
        (
            {"retention_end": date(2025, 3, 31)},
            "retention_end",
            "The retention end cannot be before the data was obtained.",
        ),
        ({"address": "東" * 301}, "address", "This is too long (at most 300 characters)."),
        ({"notes": "x" * 10001}, "notes", "This is too long (at most 10000 characters)."),
        ({"matters": ("x" * 301,)}, "matters", "A matter is too long (at most 300 characters)."),
    ],
)
def test_each_rule_names_its_field(changes: dict[str, Any], field: str, message: str) -> None:
    assert problems(**changes) == [(field, message)]


def test_every_problem_is_reported_at_once() -> None:
    data = ClientInput(
        family_name="",
        given_name="",
        family_kana="Yamada",
        postal_code="12-345",
        email="nobody",
        phone="call me",
        obtained_how=ObtainedHow.THIRD_PARTY,
        sensitive=True,
    )
    fields = [p.field for p in validate_client(data, today=TODAY)]
    assert fields == [
        "family_name",
        "given_name",
        "family_kana",
        "postal_code",
        "phone",
        "email",
        "obtained_on",
        "provider_name",
        "provider_address",
        "provider_obtained_how",
        "purpose_ids",
        "sensitive_note",
    ]


def test_the_date_checks_use_today_by_default() -> None:
    tomorrow = date.fromordinal(date.today().toordinal() + 1)
    found = validate_client(replace(VALID, obtained_on=tomorrow))
    assert [p.field for p in found] == ["obtained_on"]


def test_check_client_raises_the_first_problem_and_returns_the_cleaned_input() -> None:
    with pytest.raises(ValidationError) as info:
        check_client(replace(VALID, family_name="", email="nobody"))
    assert (info.value.field, str(info.value)) == ("family_name", "Enter the family name.")
    cleaned = check_client(replace(VALID, postal_code="１６０００２３"))
    assert cleaned.postal_code == "160-0023"


@pytest.mark.parametrize(
    ("typed", "normalized"),
    [
        ("160-0023", "160-0023"),
        ("1600023", "160-0023"),
        ("１６００２３", "160023"),  # six digits: not a postal code, the check will say so
        ("１６０００２３", "160-0023"),
        ("１６０－００２３", "160-0023"),
        ("160ー0023", "160-0023"),
        ("160−0023", "160-0023"),  # minus sign
        ("〒160-0023", "160-0023"),
        (" 160 0023 ", "160 0023"),  # a space is not a hyphen: the check will say so
        ("", ""),
    ],
)
def test_normalize_postal_code(typed: str, normalized: str) -> None:
    assert normalize_postal_code(typed) == normalized


@pytest.mark.parametrize(
    ("typed", "normalized"),
    [
        ("090-1234-5678", "090-1234-5678"),
        ("０９０－１２３４－５６７８", "090-1234-5678"),
        ("０９０ー１２３４ー５６７８", "090-1234-5678"),
        ("03 1234 5678", "03-1234-5678"),
        (" +81 3 1234 5678 ", "+81-3-1234-5678"),
        ("03（1234）5678", "03(1234)5678"),
        ("", ""),
    ],
)
def test_normalize_phone(typed: str, normalized: str) -> None:
    assert normalize_phone(typed) == normalized


def test_normalize_email() -> None:
    assert normalize_email(" ＨＡＮＡＫＯ＠example.jp ") == "HANAKO@example.jp"


def test_clean_stores_kana_in_katakana_and_drops_what_does_not_apply() -> None:
    data = replace(
        VALID,
        family_name=" 山田 ",
        family_kana=" やまだ ",
        provider_name="not from a third party",
        sensitive_note="no longer sensitive",
        matters=(" 在留期間更新 ", " ", ""),
        purpose_ids=(3, 1, 3),
    )
    cleaned = clean(data)
    assert cleaned.family_name == "山田"
    assert cleaned.family_kana == "ヤマダ"
    assert cleaned.provider_name == ""
    assert cleaned.sensitive_note == ""
    assert cleaned.matters == ("在留期間更新",)
    assert cleaned.purpose_ids == (1, 3)
    assert clean(replace(data, **FROM_PROVIDER)).provider_name == "みなと不動産株式会社"


def test_pasted_line_breaks_and_control_characters_do_not_reach_one_line_fields() -> None:
    data = replace(
        VALID,
        family_name="山田\n",
        given_name="太\t郎",
        address="東京都新宿区\r\n西新宿1-2-3",
        matters=("在留\x00期間更新",),
        notes="一行目\n二行目\x00\x07",
    )
    cleaned = clean(data)
    assert cleaned.family_name == "山田"
    assert cleaned.given_name == "太 郎"
    assert cleaned.address == "東京都新宿区 西新宿1-2-3"
    assert cleaned.matters == ("在留 期間更新",)
    assert cleaned.notes == "一行目\n二行目"  # notes keep their lines
    assert validate_client(data) == []


def test_bidirectional_overrides_cannot_disguise_a_name() -> None:
    """U+202E would show "山田\u202eabc" as "山田cba": such marks are dropped, text kept."""
    data = replace(
        VALID,
        family_name="山田\u202eabc",
        given_name="\u2066太郎\u2069",
        notes="メモ\u200f",
    )
    cleaned = clean(data)
    assert cleaned.family_name == "山田abc"
    assert cleaned.given_name == "太郎"
    assert cleaned.notes == "メモ"

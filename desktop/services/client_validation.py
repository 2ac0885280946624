"""The client form's rules: normalizing what was typed, and every problem found at once.

``clean`` tidies the input the way a clerk would expect (full-width digits,
〒 and IME hyphens in postal codes and phone numbers, stray spaces, provider
fields of data not from a third party); ``validate_client`` lists every rule
the tidied input breaks, each naming its ``ClientInput`` field so the form can
show the message next to it. The UI may call both while a person types.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from datetime import date
from typing import Any, Protocol

from ..vault.errors import QT_TRANSLATE_NOOP
from .client_types import ClientInput, ObtainedHow
from .errors import ValidationError
from .validation import BIDI_CONTROLS, one_line

EARLIEST_BIRTH = date(1900, 1, 1)

#: the longest text each field may hold (the columns in db/models/clients.py)
MAX_LENGTHS = {
    "family_name": 100,
    "given_name": 100,
    "family_kana": 100,
    "given_kana": 100,
    "address": 300,
    "phone": 30,
    "email": 254,
    "provider_name": 200,
    "provider_address": 300,
    "provider_representative": 200,
    "provider_obtained_how": 2000,
    "sensitive_note": 2000,
    "notes": 10000,
}
MAX_MATTER_LENGTH = 300

_POSTAL_CODE = re.compile(r"^[0-9]{3}-[0-9]{4}$")
# Hyphens as typed: ASCII, the dashes NFKC leaves alone, the minus sign, and ー, which
# an IME in kana mode types between digits.
_DASHES = re.compile(r"[\u2010-\u2015\u2212\u30fc\uff70]")
_PHONE = re.compile(r"^\+?[0-9()][0-9()-]*$")
MIN_PHONE_DIGITS, MAX_PHONE_DIGITS = 6, 15  # 15: the longest number ITU-T E.164 allows
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
# Readings: hiragana, katakana (full and half width), ー, ・, and spaces between parts.
_NOT_IN_NOTES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_KANA = re.compile(r"^[\u3041-\u3096\u309d\u309e\u30a1-\u30fe\uff65-\uff9f\s]+$")


class _Problem(Protocol):
    def __call__(self, field: str, template: str, **params: Any) -> None: ...


def normalize_postal_code(text: str) -> str:
    """``"１２３４５６７"``, ``"〒123ー4567"`` and ``"1234567"`` become ``"123-4567"``.

    Text that is not a postal code comes back tidied but otherwise as typed, so
    the check can say what is wrong with it.
    """
    code = _tidy_digits(text).removeprefix("〒").strip()
    if re.fullmatch(r"[0-9]{7}", code):
        return f"{code[:3]}-{code[3:]}"
    return code


def normalize_phone(text: str) -> str:
    """Full-width digits and IME dashes become ``0-9`` and ``-``; spaces become hyphens."""
    return "-".join(_tidy_digits(text).split())


def normalize_email(text: str) -> str:
    """Full-width letters (typed with the IME on) become ASCII; spaces at the ends go."""
    return unicodedata.normalize("NFKC", text).strip()


def clean(data: ClientInput) -> ClientInput:
    """The input as it will be saved: trimmed, normalized, and without fields that do not apply."""
    third_party = _from_third_party(data)
    return dataclasses.replace(
        data,
        family_name=one_line(data.family_name),
        given_name=one_line(data.given_name),
        family_kana=one_line(data.family_kana),
        given_kana=one_line(data.given_kana),
        postal_code=normalize_postal_code(data.postal_code),
        address=one_line(data.address),
        phone=normalize_phone(data.phone),
        email=normalize_email(data.email),
        provider_name=one_line(data.provider_name) if third_party else "",
        provider_address=one_line(data.provider_address) if third_party else "",
        provider_representative=one_line(data.provider_representative) if third_party else "",
        provider_obtained_how=one_line(data.provider_obtained_how) if third_party else "",
        purpose_ids=tuple(sorted(set(data.purpose_ids))),
        sensitive_note=one_line(data.sensitive_note) if data.sensitive else "",
        matters=tuple(one_line(m) for m in data.matters if one_line(m)),
        # Line breaks and tabs belong in notes; other control characters (NUL...) do not.
        notes=BIDI_CONTROLS.sub("", _NOT_IN_NOTES.sub("", data.notes)).strip(),
    )


def check_client(data: ClientInput) -> ClientInput:
    """The cleaned input, or the first problem it has raised (for the services that save)."""
    cleaned = clean(data)
    problems = _problems(cleaned, date.today())
    if problems:
        raise problems[0]
    return cleaned


def validate_client(data: ClientInput, *, today: date | None = None) -> list[ValidationError]:
    """Every rule the input breaks once cleaned, in the order of the form (lengths last)."""
    return _problems(clean(data), today or date.today())


def _problems(data: ClientInput, today: date) -> list[ValidationError]:
    problems: list[ValidationError] = []

    def problem(field: str, template: str, **params: Any) -> None:
        problems.append(ValidationError(template, field, **params))

    if not data.family_name:
        problem("family_name", QT_TRANSLATE_NOOP("errors", "Enter the family name."))
    if not data.given_name:
        problem("given_name", QT_TRANSLATE_NOOP("errors", "Enter the given name."))
    if data.family_kana and not _KANA.match(data.family_kana):
        problem(
            "family_kana",
            QT_TRANSLATE_NOOP(
                "errors", "Write the reading of the family name in katakana or hiragana."
            ),
        )
    if data.given_kana and not _KANA.match(data.given_kana):
        problem(
            "given_kana",
            QT_TRANSLATE_NOOP(
                "errors", "Write the reading of the given name in katakana or hiragana."
            ),
        )
    if data.date_of_birth is not None:
        if data.date_of_birth > today:
            problem(
                "date_of_birth",
                QT_TRANSLATE_NOOP("errors", "The date of birth cannot be in the future."),
            )
        elif data.date_of_birth < EARLIEST_BIRTH:
            problem(
                "date_of_birth",
                QT_TRANSLATE_NOOP("errors", "Check the date of birth: it is before 1900."),
            )
    if data.postal_code and not _POSTAL_CODE.match(data.postal_code):
        problem("postal_code", QT_TRANSLATE_NOOP("errors", "Enter the postal code as 123-4567."))
    if data.phone and not _phone_ok(data.phone):
        problem(
            "phone",
            QT_TRANSLATE_NOOP(
                "errors",
                "Enter the phone number in digits, with hyphens if you like: 03-1234-5678.",
            ),
        )
    if data.email and not (_EMAIL.match(data.email) and data.email.isascii()):
        problem(
            "email", QT_TRANSLATE_NOOP("errors", "Enter the e-mail address as name@example.jp.")
        )
    if data.obtained_on is None:
        problem("obtained_on", QT_TRANSLATE_NOOP("errors", "Enter the date the data was obtained."))
    elif data.obtained_on > today:
        problem(
            "obtained_on",
            QT_TRANSLATE_NOOP("errors", "The date the data was obtained cannot be in the future."),
        )
    if _from_third_party(data):
        _check_provider(data, problem)
    if not data.purpose_ids:
        problem("purpose_ids", QT_TRANSLATE_NOOP("errors", "Choose at least one purpose of use."))
    if data.sensitive and not data.sensitive_note:
        problem(
            "sensitive_note",
            QT_TRANSLATE_NOOP(
                "errors",
                "Say what kind of sensitive information this is, "
                "for example: medical certificate for a visa application.",
            ),
        )
    if data.matter_closed_on is not None:
        if data.matter_closed_on > today:
            problem(
                "matter_closed_on",
                QT_TRANSLATE_NOOP("errors", "The date the matter closed cannot be in the future."),
            )
        elif data.obtained_on is not None and data.matter_closed_on < data.obtained_on:
            problem(
                "matter_closed_on",
                QT_TRANSLATE_NOOP(
                    "errors", "The matter cannot have closed before the data was obtained."
                ),
            )
    if (
        data.retention_end is not None
        and data.obtained_on is not None
        and data.retention_end < data.obtained_on
    ):
        problem(
            "retention_end",
            QT_TRANSLATE_NOOP(
                "errors", "The retention end cannot be before the data was obtained."
            ),
        )
    _check_lengths(data, problem)
    return problems


def _from_third_party(data: ClientInput) -> bool:
    return data.obtained_how == ObtainedHow.THIRD_PARTY


def _check_provider(data: ClientInput, problem: _Problem) -> None:
    """APPI Art. 30: data received from a third party needs the provider's details recorded."""
    if not data.provider_name:
        problem(
            "provider_name",
            QT_TRANSLATE_NOOP(
                "errors", "Data from a third party: enter who provided it (APPI Art. 30)."
            ),
        )
    if not data.provider_address:
        problem(
            "provider_address",
            QT_TRANSLATE_NOOP("errors", "Data from a third party: enter the provider's address."),
        )
    if not data.provider_obtained_how:
        problem(
            "provider_obtained_how",
            QT_TRANSLATE_NOOP(
                "errors", "Data from a third party: enter how the provider obtained it."
            ),
        )


def _check_lengths(data: ClientInput, problem: _Problem) -> None:
    for field, limit in MAX_LENGTHS.items():
        if len(getattr(data, field)) > limit:
            problem(
                field,
                QT_TRANSLATE_NOOP("errors", "This is too long (at most {limit} characters)."),
                limit=limit,
            )
    if any(len(matter) > MAX_MATTER_LENGTH for matter in data.matters):
        problem(
            "matters",
            QT_TRANSLATE_NOOP("errors", "A matter is too long (at most {limit} characters)."),
            limit=MAX_MATTER_LENGTH,
        )


def _phone_ok(phone: str) -> bool:
    digits = sum(c.isdigit() for c in phone)
    return bool(_PHONE.match(phone)) and MIN_PHONE_DIGITS <= digits <= MAX_PHONE_DIGITS


def _tidy_digits(text: str) -> str:
    """Full-width to ASCII, every kind of dash to ``-``, and the ends trimmed."""
    return _DASHES.sub("-", unicodedata.normalize("NFKC", text)).strip()

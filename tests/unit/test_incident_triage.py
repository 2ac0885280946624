"""Rule 7 triage: must the PPC be told and the persons notified? (docs/appi-rules.md)."""

# One case per line reads as a table; such lines run past 100 characters.
# ruff: noqa: E501

from __future__ import annotations

import pytest

from desktop.services.incidents.triage import (
    Duty,
    ReportType,
    TriageAnswers,
    prefill,
    triage,
)

T = ReportType
REQUIRED, NOT_REQUIRED, UNDECIDED = Duty.REQUIRED, Duty.NOT_REQUIRED, Duty.UNDECIDED

# (case, sensitive, financial, wrongful, persons, encrypted, duty, types, open questions)
TRIAGE_CASES = [
    ("nothing answered", None, None, None, None, False, UNDECIDED, (), (T.SENSITIVE, T.FINANCIAL, T.WRONGFUL, T.OVER_1000)),
    ("type 1 alone, one person", True, None, None, 1, False, REQUIRED, (T.SENSITIVE,), (T.FINANCIAL, T.WRONGFUL)),
    ("type 2 alone", False, True, False, 3, False, REQUIRED, (T.FINANCIAL,), ()),
    ("type 3 alone", False, False, True, 1, False, REQUIRED, (T.WRONGFUL,), ()),
    ("type 3 with type 1", True, False, True, 2, False, REQUIRED, (T.SENSITIVE, T.WRONGFUL), ()),
    ("all four", True, True, True, 5000, False, REQUIRED, (T.SENSITIVE, T.FINANCIAL, T.WRONGFUL, T.OVER_1000), ()),
    ("exactly 1,000 persons is not more than 1,000", False, False, False, 1000, False, NOT_REQUIRED, (), ()),
    ("1,001 persons", False, False, False, 1001, False, REQUIRED, (T.OVER_1000,), ()),
    ("999 persons", False, False, False, 999, False, NOT_REQUIRED, (), ()),
    ("no type, all answered", False, False, False, 12, False, NOT_REQUIRED, (), ()),
    ("number unknown", False, False, False, None, False, UNDECIDED, (), (T.OVER_1000,)),
    ("one question open", False, False, None, 10, False, UNDECIDED, (), (T.WRONGFUL,)),
    ("a yes decides even with questions open", None, None, True, None, False, REQUIRED, (T.WRONGFUL,), (T.SENSITIVE, T.FINANCIAL, T.OVER_1000)),
    ("encryption exemption: sensitive data", True, False, False, 3, True, NOT_REQUIRED, (T.SENSITIVE,), ()),
    ("encryption exemption: 5,000 persons", False, False, False, 5000, True, NOT_REQUIRED, (T.OVER_1000,), ()),
    ("encryption exemption: type 3", False, False, True, 1, True, NOT_REQUIRED, (T.WRONGFUL,), ()),
    ("encryption exemption with nothing answered", None, None, None, None, True, NOT_REQUIRED, (), (T.SENSITIVE, T.FINANCIAL, T.WRONGFUL, T.OVER_1000)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sensitive", "financial", "wrongful", "persons", "encrypted", "duty", "types", "unanswered"),
    [case[1:] for case in TRIAGE_CASES],
    ids=[case[0] for case in TRIAGE_CASES],
)
def test_triage(
    sensitive: bool | None,
    financial: bool | None,
    wrongful: bool | None,
    persons: int | None,
    encrypted: bool,
    duty: Duty,
    types: tuple[ReportType, ...],
    unanswered: tuple[ReportType, ...],
) -> None:
    answers = TriageAnswers(sensitive, financial, wrongful, persons, encrypted)
    result = triage(answers)
    assert result.duty is duty
    assert result.types == types
    assert result.open_questions == unanswered
    assert result.exempt is encrypted


def test_the_answer_reads_plainly() -> None:
    required = triage(TriageAnswers(True, False, True, 2))
    assert required.text == (
        "Report to the PPC and notify the persons: required, because sensitive personal "
        "information is involved (type 1); a wrongful purpose is suspected (type 3; final "
        "report within 60 days)."
    )
    over = triage(TriageAnswers(False, False, False, 1500))
    assert "up to 1500 persons may be affected, more than 1,000 (type 4)" in over.text
    exempt = triage(TriageAnswers(True, None, None, None, strongly_encrypted=True))
    assert exempt.text.startswith("Report to the PPC and notify the persons: not required")
    assert "strongly encrypted" in exempt.text
    none = triage(TriageAnswers(False, False, False, 1000))
    assert none.text.endswith("because none of the four types of Rule 7 applies.")
    open_ = triage(TriageAnswers(False, False, None, 4))
    assert open_.text == (
        "Report to the PPC and notify the persons: not decided yet, because still to answer: "
        "is a wrongful purpose suspected?"
    )


# (case, stored sensitive, stored persons, linked sensitive, linked count, sensitive, persons)
PREFILL_CASES = [
    ("a sensitive client answers an open type 1", None, None, True, 1, True, None),
    ("an explicit no stays", False, 1, True, 1, False, 1),
    ("no sensitive client leaves it open", None, 3, False, 3, None, 3),
    ("linked clients raise a smaller number", None, 10, False, 1001, None, 1001),
    ("more than 1,000 linked: type 4 while the number is unknown", None, None, False, 1001, None, 1001),
    ("1,000 linked says nothing about the maximum", None, None, False, 1000, None, None),
    ("a larger number stays", None, 1000, False, 3, None, 1000),
]  # fmt: skip


@pytest.mark.parametrize(
    ("stored", "persons", "linked_sensitive", "linked_count", "sensitive", "expected_persons"),
    [case[1:] for case in PREFILL_CASES],
    ids=[case[0] for case in PREFILL_CASES],
)
def test_prefill_from_linked_clients(
    stored: bool | None,
    persons: int | None,
    linked_sensitive: bool,
    linked_count: int,
    sensitive: bool | None,
    expected_persons: int | None,
) -> None:
    answers = TriageAnswers(sensitive=stored, persons=persons)
    filled = prefill(answers, linked_sensitive=linked_sensitive, linked_count=linked_count)
    assert (filled.sensitive, filled.persons) == (sensitive, expected_persons)

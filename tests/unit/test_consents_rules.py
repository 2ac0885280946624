"""The rules of consents and provisions, case by case (docs/appi-rules.md, "Consents")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from desktop.services.consents.rules import (
    ConsentChoiceNeeded,
    ConsentFacts,
    ConsentRequired,
    Coverage,
    ProvisionFacts,
    consent_state,
    cover,
    record_exempt,
    record_retention_end,
)
from desktop.services.consents.types import ConsentState, LegalBasis, RecipientKind, RecordMethod
from desktop.services.errors import ValidationError

ABC, XYZ = 1, 2  # recipients
VISA, MAILING = 10, 20  # purposes
NAME, ADDRESS, FAMILY_REGISTER, MEDICAL = 100, 101, 102, 103
ITEM_NAMES = {
    NAME: "Name",
    ADDRESS: "Address",
    FAMILY_REGISTER: "family register details",
    MEDICAL: "Medical information",
}

BASE = ConsentFacts(
    id=7,
    number="CS-000007",
    recipient_id=ABC,
    purpose_id=VISA,
    item_ids=frozenset({NAME, ADDRESS, FAMILY_REGISTER}),
    obtained_on=date(2026, 1, 10),
)
PROVISION = ProvisionFacts(
    recipient_id=ABC,
    purpose_id=VISA,
    item_ids=frozenset({NAME, FAMILY_REGISTER}),
    provided_on=date(2026, 2, 1),
    recipient_name="ABC Co.",
    recipient_kind=RecipientKind.COMPANY,
    purpose_number=1,
)
OTHER = replace(BASE, id=8, number="CS-000008")

# (case, provision changes, the consents, the coverage, or the refusal's English message)
CASES: list[tuple[str, dict[str, object], list[ConsentFacts], Coverage | str]] = [
    ("covered: same recipient, purpose, a subset of items", {}, [BASE], Coverage(7, None, False)),
    (
        "covered: exactly the consented items",
        {"item_ids": BASE.item_ids},
        [BASE],
        Coverage(7, None, False),
    ),
    (
        "covered: on the day the consent was given",
        {"provided_on": date(2026, 1, 10)},
        [BASE],
        Coverage(7, None, False),
    ),
    (
        "covered: on the last day before expiry",
        {"provided_on": date(2026, 6, 30)},
        [replace(BASE, expires_on=date(2026, 6, 30))],
        Coverage(7, None, False),
    ),
    (
        "covered: the day before withdrawal",
        {"provided_on": date(2026, 2, 28)},
        [replace(BASE, withdrawn_on=date(2026, 3, 1))],
        Coverage(7, None, False),
    ),
    (
        "refused: a superset of the consented items",
        {"item_ids": frozenset({NAME, MEDICAL})},
        [BASE],
        "The consent CS-000007 to ABC Co. does not include 'Medical information'. Record a "
        "consent that includes them, or leave them out of this provision.",
    ),
    (
        "refused: before the consent was given",
        {"provided_on": date(2026, 1, 9)},
        [BASE],
        "The consent for 'Name', 'family register details' to ABC Co. was given on 2026-01-10, "
        "after the provision date 2026-01-09; consent must come before the provision.",
    ),
    (
        "refused: on the day of withdrawal",
        {"provided_on": date(2026, 3, 1), "item_ids": frozenset({FAMILY_REGISTER})},
        [replace(BASE, withdrawn_on=date(2026, 3, 1))],
        "The consent for 'family register details' to ABC Co. was withdrawn on 2026-03-01.",
    ),
    (
        "refused: after withdrawal",
        {"provided_on": date(2026, 4, 1), "item_ids": frozenset({FAMILY_REGISTER})},
        [replace(BASE, withdrawn_on=date(2026, 3, 1))],
        "The consent for 'family register details' to ABC Co. was withdrawn on 2026-03-01.",
    ),
    (
        "refused: after expiry",
        {"provided_on": date(2026, 7, 1)},
        [replace(BASE, expires_on=date(2026, 6, 30))],
        "The consent for 'Name', 'family register details' to ABC Co. expired on 2026-06-30.",
    ),
    (
        "refused: consent to another recipient only",
        {},
        [replace(BASE, recipient_id=XYZ)],
        "This client has no consent to a provision to ABC Co. for purpose 1. Record the consent "
        "first, or give the legal basis of the provision.",
    ),
    (
        "refused: consent for another purpose only",
        {},
        [replace(BASE, purpose_id=MAILING)],
        "This client has no consent to a provision to ABC Co. for purpose 1. Record the consent "
        "first, or give the legal basis of the provision.",
    ),
    (
        "refused: no consent at all",
        {},
        [],
        "This client has no consent to a provision to ABC Co. for purpose 1. Record the consent "
        "first, or give the legal basis of the provision.",
    ),
    (
        "refused: of two, the one closest to covering is named",
        {"item_ids": frozenset({NAME, FAMILY_REGISTER})},
        [replace(BASE, item_ids=frozenset({NAME})), replace(OTHER, withdrawn_on=date(2026, 1, 20))],
        "The consent for 'Name', 'family register details' to ABC Co. was withdrawn on 2026-01-20.",
    ),
    (
        "covered: a withdrawn one and a new one, the new one is taken",
        {},
        [
            replace(BASE, withdrawn_on=date(2026, 1, 20)),
            replace(OTHER, obtained_on=date(2026, 1, 25)),
        ],
        Coverage(8, None, False),
    ),
    (
        "several cover: the chosen one is taken",
        {"consent_id": 8},
        [BASE, OTHER],
        Coverage(8, None, False),
    ),
    (
        "several cover, the chosen one does not",
        {"consent_id": 8},
        [BASE, replace(OTHER, expires_on=date(2026, 1, 31))],
        "The consent for 'Name', 'family register details' to ABC Co. expired on 2026-01-31.",
    ),
    (
        "the chosen consent is for another recipient",
        {"consent_id": 8},
        [BASE, replace(OTHER, recipient_id=XYZ)],
        "The chosen consent is not for ABC Co. and purpose 1.",
    ),
    (
        "government recipient with consent: covered, record not required",
        {"recipient_kind": RecipientKind.NATIONAL_GOVERNMENT},
        [BASE],
        Coverage(7, None, True),
    ),
    (
        "local government without consent or basis: refused all the same",
        {"recipient_kind": RecipientKind.LOCAL_GOVERNMENT},
        [],
        "This client has no consent to a provision to ABC Co. for purpose 1. Record the consent "
        "first, or give the legal basis of the provision.",
    ),
    *[
        (
            f"legal basis {basis.value}: no consent needed, no record required",
            {"legal_basis": basis, "basis_note": "Immigration Control Act Art. 7-2"},
            [],
            Coverage(None, basis, True),
        )
        for basis in LegalBasis
    ],
    (
        "legal basis without its note",
        {"legal_basis": LegalBasis.OUTSOURCING, "basis_note": "  "},
        [],
        "Write down the legal basis: which law, contract or arrangement.",
    ),
    (
        "legal basis and a chosen consent together",
        {"legal_basis": LegalBasis.JOINT_USE, "basis_note": "joint use notice", "consent_id": 7},
        [BASE],
        "Give either the covering consent or a legal basis, not both.",
    ),
]


@pytest.mark.parametrize(
    ("changes", "consents", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_cover(
    changes: dict[str, object], consents: list[ConsentFacts], expected: Coverage | str
) -> None:
    provision = replace(PROVISION, **changes)  # type: ignore[arg-type]
    if isinstance(expected, Coverage):
        assert cover(provision, consents, ITEM_NAMES) == expected
    else:
        with pytest.raises(ValidationError) as info:
            cover(provision, consents, ITEM_NAMES)
        assert str(info.value) == expected


def test_several_covering_consents_must_be_chosen_between() -> None:
    with pytest.raises(ConsentChoiceNeeded) as info:
        cover(PROVISION, [BASE, OTHER], ITEM_NAMES)
    assert info.value.candidates == (7, 8)
    assert str(info.value) == (
        "Several consents cover this provision (CS-000007, CS-000008); choose the one it relies on."
    )
    assert info.value.field == "consent_id"


def test_a_refusal_names_the_consent_field() -> None:
    with pytest.raises(ConsentRequired) as info:
        cover(PROVISION, [], ITEM_NAMES)
    assert info.value.field == "consent_id"


STATES = [
    (date(2026, 1, 9), {}, ConsentState.NOT_YET),
    (date(2026, 1, 10), {}, ConsentState.ACTIVE),
    (date(2030, 1, 1), {}, ConsentState.ACTIVE),
    (date(2026, 6, 30), {"expires_on": date(2026, 6, 30)}, ConsentState.ACTIVE),
    (date(2026, 7, 1), {"expires_on": date(2026, 6, 30)}, ConsentState.EXPIRED),
    (date(2026, 2, 28), {"withdrawn_on": date(2026, 3, 1)}, ConsentState.ACTIVE),
    (date(2026, 3, 1), {"withdrawn_on": date(2026, 3, 1)}, ConsentState.WITHDRAWN),
    (
        date(2026, 8, 1),
        {"withdrawn_on": date(2026, 3, 1), "expires_on": date(2026, 6, 30)},
        ConsentState.WITHDRAWN,
    ),
]


@pytest.mark.parametrize(("day", "changes", "state"), STATES)
def test_consent_state(day: date, changes: dict[str, date], state: ConsentState) -> None:
    assert consent_state(replace(BASE, **changes), day) is state


RETENTION = [
    # (method, record made, last provision, last day kept)
    (RecordMethod.EACH, date(2026, 4, 1), date(2026, 4, 1), date(2029, 4, 1)),
    (RecordMethod.EACH, date(2026, 4, 1), date(2027, 9, 1), date(2029, 4, 1)),
    (RecordMethod.BULK, date(2026, 4, 1), date(2027, 9, 1), date(2030, 9, 1)),
    (RecordMethod.CONTRACT, date(2026, 4, 1), date(2027, 9, 1), date(2028, 9, 1)),
    (RecordMethod.EACH, date(2024, 2, 29), date(2024, 2, 29), date(2027, 2, 28)),
    (RecordMethod.CONTRACT, date(2024, 2, 29), date(2024, 2, 29), date(2025, 2, 28)),
]


@pytest.mark.parametrize(("method", "made_on", "last_on", "end"), RETENTION)
def test_record_retention_end(
    method: RecordMethod, made_on: date, last_on: date, end: date
) -> None:
    assert record_retention_end(method, made_on, last_on) == end


@pytest.mark.parametrize(
    ("kind", "basis", "exempt"),
    [
        (RecipientKind.NATIONAL_GOVERNMENT, None, True),
        (RecipientKind.LOCAL_GOVERNMENT, None, True),
        (RecipientKind.INCORPORATED_ADMINISTRATIVE_AGENCY, None, True),
        (RecipientKind.COMPANY, None, False),
        (RecipientKind.ALLIANCE_PARTNER, None, False),
        (RecipientKind.INDIVIDUAL, None, False),
        (RecipientKind.COMPANY, LegalBasis.OUTSOURCING, True),
    ],
)
def test_record_exempt(kind: RecipientKind, basis: LegalBasis | None, exempt: bool) -> None:
    assert record_exempt(kind, basis) is exempt

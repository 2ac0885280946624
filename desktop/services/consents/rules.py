"""The rules of consents and provisions (docs/appi-rules.md, "Consents and provisions").

Each rule lives here once, as a plain function over plain facts, so that the
window, the command line, the CSV import and the demo data all apply the same
one and a table-driven test covers every case:

- :func:`consent_state`: whether a consent is in force on a day (APPI Art. 27(1));
- :func:`cover`: which consent or legal basis allows a provision, or why none does
  (Art. 27(1), 27(5));
- :func:`record_exempt`: whether the Rule 20 record is not required (Art. 29(1));
- :func:`record_retention_end`: how long a record is kept (Rules 21, 25).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from ...vault.errors import QT_TRANSLATE_NOOP
from .. import retention
from ..errors import ValidationError
from .types import ConsentState, LegalBasis, RecipientKind, RecordMethod

#: Art. 29(1) via Art. 16(2): no provision record is required for these recipients
GOVERNMENT_KINDS = frozenset(
    {
        RecipientKind.NATIONAL_GOVERNMENT,
        RecipientKind.LOCAL_GOVERNMENT,
        RecipientKind.INCORPORATED_ADMINISTRATIVE_AGENCY,
    }
)
#: Rules 21 and 25: years a record is kept, by how it is kept
RECORD_YEARS = {RecordMethod.EACH: 3, RecordMethod.BULK: 3, RecordMethod.CONTRACT: 1}


class ConsentRequired(ValidationError):
    """No consent covers the provision and no legal basis was given; the message says why."""

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template, "consent_id", **params)


class ConsentChoiceNeeded(ValidationError):
    """Several consents cover the provision: the person chooses the one it relies on."""

    def __init__(self, candidates: Sequence[int], numbers: Sequence[str]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Several consents cover this provision ({consents}); choose the one it relies on.",
            ),
            "consent_id",
            consents=", ".join(numbers),
        )
        self.candidates = tuple(candidates)


@dataclass(frozen=True)
class ConsentFacts:
    """What the coverage rule needs to know of a consent."""

    id: int
    number: str
    recipient_id: int
    purpose_id: int
    item_ids: frozenset[int]
    obtained_on: date
    expires_on: date | None = None
    withdrawn_on: date | None = None


@dataclass(frozen=True)
class ProvisionFacts:
    """What the coverage rule needs to know of a provision about to be recorded."""

    recipient_id: int
    purpose_id: int
    item_ids: frozenset[int]
    provided_on: date
    recipient_name: str = ""
    recipient_kind: RecipientKind = RecipientKind.COMPANY
    purpose_number: int = 0
    #: the consent the person chose (needed when several cover the provision)
    consent_id: int | None = None
    legal_basis: LegalBasis | None = None
    basis_note: str = ""


@dataclass(frozen=True)
class Coverage:
    """What allows a provision: exactly one of a consent and a legal basis."""

    consent_id: int | None
    legal_basis: LegalBasis | None
    record_exempt: bool


def consent_state(consent: ConsentFacts, day: date) -> ConsentState:
    """A consent is in force from the day it was obtained, up to and including its expiry
    day, and no longer from the day it was withdrawn."""
    if day < consent.obtained_on:
        return ConsentState.NOT_YET
    if consent.withdrawn_on is not None and day >= consent.withdrawn_on:
        return ConsentState.WITHDRAWN
    if consent.expires_on is not None and day > consent.expires_on:
        return ConsentState.EXPIRED
    return ConsentState.ACTIVE


def record_exempt(kind: RecipientKind, legal_basis: LegalBasis | None) -> bool:
    """Art. 29(1): no record for a government recipient (Art. 16(2)), nor for a provision
    that a legal basis of Art. 27(1) or 27(5) allows (its proviso); a basis is still kept."""
    return kind in GOVERNMENT_KINDS or legal_basis is not None


def record_retention_end(method: RecordMethod, made_on: date, last_provided_on: date) -> date:
    """The last day a provision or receipt record is kept (Rules 21, 25).

    One record per provision: 3 years from the day it was made. One record for
    continuing provisions: 3 years from the last provision. A contract with the
    person standing in for the record: 1 year after the last provision.
    """
    start = made_on if method is RecordMethod.EACH else last_provided_on
    return retention.add_years(start, RECORD_YEARS[method])


def cover(
    provision: ProvisionFacts,
    consents: Sequence[ConsentFacts],
    item_names: Mapping[int, str],
) -> Coverage:
    """What allows ``provision``: a legal basis with its note, or the one consent that covers it.

    Coverage itself is :func:`why_not_covered`. ``consents`` are the client's
    consents (any recipient).
    Raises ConsentRequired naming what is missing, or ConsentChoiceNeeded when
    several cover it and none was chosen.
    """
    exempt = record_exempt(provision.recipient_kind, provision.legal_basis)
    if provision.legal_basis is not None:
        if provision.consent_id is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Give either the covering consent or a legal basis, not both."
                ),
                "legal_basis",
            )
        if not provision.basis_note.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Write down the legal basis: which law, contract or arrangement."
                ),
                "basis_note",
            )
        return Coverage(None, provision.legal_basis, exempt)
    matching = [
        c
        for c in consents
        if c.recipient_id == provision.recipient_id and c.purpose_id == provision.purpose_id
    ]
    if provision.consent_id is not None:
        chosen = [c for c in matching if c.id == provision.consent_id]
        if not chosen:
            raise ConsentRequired(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The chosen consent is not for {recipient} and purpose {purpose}.",
                ),
                recipient=provision.recipient_name,
                purpose=provision.purpose_number,
            )
        matching = chosen
    covering = [c for c in matching if why_not_covered(provision, c) is None]
    if len(covering) == 1:
        return Coverage(covering[0].id, None, exempt)
    if covering:
        raise ConsentChoiceNeeded([c.id for c in covering], [c.number for c in covering])
    if not matching:
        raise ConsentRequired(
            QT_TRANSLATE_NOOP(
                "errors",
                "This client has no consent to a provision to {recipient} for purpose {purpose}. "
                "Record the consent first, or give the legal basis of the provision.",
            ),
            recipient=provision.recipient_name,
            purpose=provision.purpose_number,
        )
    nearest = min(
        matching, key=lambda c: (len(provision.item_ids - c.item_ids), -c.obtained_on.toordinal())
    )
    raise _refusal(provision, nearest, item_names)


def why_not_covered(provision: ProvisionFacts, consent: ConsentFacts) -> str | None:
    """The coverage rule: None when ``consent`` covers ``provision``, else why not.

    A consent covers a provision when recipient and purpose match, every item
    provided is among the consented items, and the consent is in force on the
    provision date. The reason is "recipient", a ConsentState value, or "items".
    """
    if (consent.recipient_id, consent.purpose_id) != (provision.recipient_id, provision.purpose_id):
        return "recipient"
    state = consent_state(consent, provision.provided_on)
    if state is not ConsentState.ACTIVE:
        return state.value
    return "items" if provision.item_ids - consent.item_ids else None


def _refusal(
    provision: ProvisionFacts, consent: ConsentFacts, item_names: Mapping[int, str]
) -> ConsentRequired:
    shared = provision.item_ids & consent.item_ids or provision.item_ids
    items = _quoted(shared, item_names)
    recipient = provision.recipient_name
    state = consent_state(consent, provision.provided_on)
    if state is ConsentState.WITHDRAWN:
        assert consent.withdrawn_on is not None
        return ConsentRequired(
            QT_TRANSLATE_NOOP(
                "errors", "The consent for {items} to {recipient} was withdrawn on {day}."
            ),
            items=items,
            recipient=recipient,
            day=consent.withdrawn_on.isoformat(),
        )
    if state is ConsentState.EXPIRED:
        assert consent.expires_on is not None
        return ConsentRequired(
            QT_TRANSLATE_NOOP("errors", "The consent for {items} to {recipient} expired on {day}."),
            items=items,
            recipient=recipient,
            day=consent.expires_on.isoformat(),
        )
    if state is ConsentState.NOT_YET:
        return ConsentRequired(
            QT_TRANSLATE_NOOP(
                "errors",
                "The consent for {items} to {recipient} was given on {day}, after the provision "
                "date {provided}; consent must come before the provision.",
            ),
            items=items,
            recipient=recipient,
            day=consent.obtained_on.isoformat(),
            provided=provision.provided_on.isoformat(),
        )
    return ConsentRequired(
        QT_TRANSLATE_NOOP(
            "errors",
            "The consent {consent} to {recipient} does not include {items}. Record a consent "
            "that includes them, or leave them out of this provision.",
        ),
        consent=consent.number,
        recipient=recipient,
        items=_quoted(provision.item_ids - consent.item_ids, item_names),
    )


def _quoted(item_ids: frozenset[int], names: Mapping[int, str]) -> str:
    return ", ".join(f"'{names.get(i, i)}'" for i in sorted(item_ids))

"""What the printed consent form shows, read from the ledger for one consent.

The person signs the paper; its cabinet reference is then recorded on the
consent (``evidence_ref``). Printing is recorded in the audit trail, since the
form carries the person's name and address.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db.models import Client, Consent, DataItem, PolicyVersion, Purpose, Recipient, consent_items
from ...vault.errors import QT_TRANSLATE_NOOP
from .. import audit, settings
from ..errors import ReadCannotBeRecorded
from ..ledger import Ledger
from ..permissions import Actor, Permission, require
from . import store
from .actions import CONSENT_RECORD, ConsentAction


@dataclass(frozen=True)
class ConsentForm:
    office_name: str
    consent_number: str
    person_name: str
    person_kana: str
    person_address: str
    date_of_birth: date | None
    recipient_name: str
    recipient_address: str
    recipient_representative: str
    purpose_number: int
    purpose_title: str
    purpose_note: str
    items: tuple[tuple[str, bool], ...]  # (name, sensitive)
    policy_version: str  # "" when unknown: the form leaves a line to write it in
    policy_date: date | None
    obtained_on: date
    expires_on: date | None


def consent_form(ledger: Ledger, actor: Actor, consent_id: int) -> ConsentForm:
    """The form's contents; the print is recorded in the audit trail."""
    require(actor, Permission.PRINT_RECORD)
    if ledger.read_only:
        raise ReadCannotBeRecorded()
    with ledger.transaction() as session:
        consent: Consent = store.get(
            session, Consent, consent_id, QT_TRANSLATE_NOOP("errors", "The consent")
        )
        client = session.get(Client, consent.client_id)
        recipient = session.get(Recipient, consent.recipient_id)
        purpose = session.get(Purpose, consent.purpose_id)
        assert client is not None and recipient is not None and purpose is not None
        items = session.execute(
            select(DataItem.name, DataItem.sensitive)
            .join(consent_items, consent_items.c.item_id == DataItem.id)
            .where(consent_items.c.consent_id == consent.id)
            .order_by(DataItem.number)
        ).all()
        version, effective = policy_of(session, consent.policy_version_id)
        audit.record(
            session, actor, ConsentAction.CONSENT_PRINT, CONSENT_RECORD, consent.id, consent.number
        )
        return ConsentForm(
            office_name=settings.load(session).office_name,
            consent_number=consent.number,
            person_name=store.client_name(client.family_name, client.given_name),
            person_kana=store.client_name(client.family_kana, client.given_kana),
            person_address=client.address,
            date_of_birth=client.date_of_birth,
            recipient_name=recipient.name,
            recipient_address=recipient.address,
            recipient_representative=recipient.representative,
            purpose_number=purpose.number,
            purpose_title=purpose.title,
            purpose_note=consent.purpose_note,
            items=tuple((name, sensitive) for name, sensitive in items),
            policy_version=version,
            policy_date=effective,
            obtained_on=consent.obtained_on,
            expires_on=consent.expires_on,
        )


def policy_of(session: Session, policy_version_id: int | None) -> tuple[str, date | None]:
    """The privacy policy version's label and effective date; ("", None) when the consent
    names none (the form then leaves a line to write it in by hand)."""
    version = session.get(PolicyVersion, policy_version_id) if policy_version_id else None
    return ("", None) if version is None else (version.version, version.effective_on)

"""The consent register's audit codes and the kinds of record its events name.

The codes are part of the hash chain: once written they never change, only
their names may (see audit_actions.py).
"""

from __future__ import annotations

from ...vault.errors import QT_TRANSLATE_NOOP
from ..audit_actions import AuditAction, RecordKind


class ConsentAction(AuditAction):
    """Recipients, data items, consents, provisions, receipts and their records."""

    RECIPIENT_ADD = "recipient.add", QT_TRANSLATE_NOOP("AuditNames", "Recipient added")
    RECIPIENT_EDIT = "recipient.edit", QT_TRANSLATE_NOOP("AuditNames", "Recipient edited")
    ITEM_ADD = "data_item.add", QT_TRANSLATE_NOOP("AuditNames", "Data item added")
    ITEM_EDIT = "data_item.edit", QT_TRANSLATE_NOOP("AuditNames", "Data item edited")
    CONSENT_ADD = "consent.add", QT_TRANSLATE_NOOP("AuditNames", "Consent recorded")
    CONSENT_EDIT = "consent.edit", QT_TRANSLATE_NOOP("AuditNames", "Consent edited")
    CONSENT_WITHDRAW = "consent.withdraw", QT_TRANSLATE_NOOP("AuditNames", "Consent withdrawn")
    CONSENT_PRINT = "consent.print", QT_TRANSLATE_NOOP("AuditNames", "Consent form printed")
    PROVISION_ADD = "provision.add", QT_TRANSLATE_NOOP("AuditNames", "Provision recorded")
    RECEIPT_ADD = "receipt.add", QT_TRANSLATE_NOOP("AuditNames", "Receipt recorded")
    RECORDS_PURGE = (
        "records.purge",
        QT_TRANSLATE_NOOP("AuditNames", "Provision and receipt records purged"),
    )


RECIPIENT_RECORD = RecordKind("recipient", QT_TRANSLATE_NOOP("AuditNames", "Recipient"))
DATA_ITEM_RECORD = RecordKind("data_item", QT_TRANSLATE_NOOP("AuditNames", "Data item"))
CONSENT_RECORD = RecordKind("consent", QT_TRANSLATE_NOOP("AuditNames", "Consent"))
PROVISION_RECORD = RecordKind("provision", QT_TRANSLATE_NOOP("AuditNames", "Provision"))
RECEIPT_RECORD = RecordKind("receipt", QT_TRANSLATE_NOOP("AuditNames", "Receipt"))
RECORDS_RECORD = RecordKind(
    "records", QT_TRANSLATE_NOOP("AuditNames", "Provision and receipt records")
)
RECORD_KINDS = (
    RECIPIENT_RECORD,
    DATA_ITEM_RECORD,
    CONSENT_RECORD,
    PROVISION_RECORD,
    RECEIPT_RECORD,
    RECORDS_RECORD,
)

"""Purposes of use (policy clause 1): the five defaults, and the manager's edits to the list.

A purpose keeps its number for life. Retiring one keeps it on the records that
have it, but it can no longer be chosen for a client who does not already have
it (that rule is applied where clients are saved, in clients.py).
"""

from __future__ import annotations

import unicodedata

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import DEFAULT_PURPOSE_TITLES, DEFAULT_PURPOSE_TITLES_JA
from ..db.models import Purpose as PurposeRecord
from ..vault.errors import QT_TRANSLATE_NOOP
from . import audit, counters
from .audit_actions import AuditAction, RecordKind
from .client_types import Purpose
from .counters import CounterName
from .errors import NotFound, ValidationError
from .ledger import Ledger
from .permissions import Actor, Permission, require
from .validation import required_text


class PurposeAction(AuditAction):
    """The list of purposes of use."""

    ADD = "purpose.add", QT_TRANSLATE_NOOP("AuditNames", "Purpose added")
    RENAME = "purpose.rename", QT_TRANSLATE_NOOP("AuditNames", "Purpose renamed")
    RETIRE = "purpose.retire", QT_TRANSLATE_NOOP("AuditNames", "Purpose retired")
    REINSTATE = "purpose.reinstate", QT_TRANSLATE_NOOP("AuditNames", "Purpose back in use")


PURPOSE_RECORD = RecordKind("purpose", QT_TRANSLATE_NOOP("AuditNames", "Purpose"))


MAX_TITLE_LENGTH = 200

#: the policy's own purposes by a name short enough for a table cell; the full title is
#: the tooltip. Titles are office data in the ledger's language, so both languages are here.
_SHORT_TITLES = dict(
    zip(
        (*DEFAULT_PURPOSE_TITLES, *DEFAULT_PURPOSE_TITLES_JA),
        (
            "Filing",
            "Identity, billing",
            "Inquiries",
            "Outsourcing",
            "Information",
            "官公署提出",
            "本人確認・請求",
            "質問・相談",
            "業務委託",
            "ご案内",
        ),
        strict=True,
    )
)
#: a title of the office's own, in a table cell: this many characters, then "…"
SHORT_TITLE_LENGTH = 12


def short_title(title: str) -> str:
    """A purpose's name for a table cell: the policy's purposes by their short names,
    an office's own title as it is when short, else its beginning and "…"."""
    text = title.strip()
    if text in _SHORT_TITLES:
        return _SHORT_TITLES[text]
    return text if len(text) <= SHORT_TITLE_LENGTH else text[: SHORT_TITLE_LENGTH - 1] + "…"


def seed_default_purposes(session: Session, language: str = "en") -> None:
    """Give a new ledger the policy's five purposes, numbered 1..5; nothing if it has purposes.

    Titles are office data, not interface text: they are written in the language the
    ledger was set up in (Japanese or English) and the manager may reword them.
    """
    if session.scalar(select(func.count()).select_from(PurposeRecord)):
        return
    titles = DEFAULT_PURPOSE_TITLES_JA if language == "ja" else DEFAULT_PURPOSE_TITLES
    first = counters.take(session, CounterName.PURPOSE, len(titles))
    session.add_all(
        PurposeRecord(number=number, title=title)
        for number, title in enumerate(titles, start=first)
    )


def list_purposes(ledger: Ledger, *, include_retired: bool = True) -> list[Purpose]:
    """Purposes by number; titles are office policy, not personal data, so anyone may list them."""
    query = select(PurposeRecord).order_by(PurposeRecord.number)
    if not include_retired:
        query = query.where(PurposeRecord.retired.is_(False))
    with ledger.read() as session:
        return [_purpose(record) for record in session.scalars(query)]


def add_purpose(ledger: Ledger, actor: Actor, title: str) -> Purpose:
    require(actor, Permission.EDIT_SETTINGS)
    text = _title(title)
    with ledger.transaction() as session:
        _refuse_duplicate(session, text)
        record = PurposeRecord(
            number=counters.take(session, CounterName.PURPOSE),
            title=text,
            created_by_id=actor.id,
            updated_by_id=actor.id,
        )
        session.add(record)
        session.flush()
        audit.record(
            session, actor, PurposeAction.ADD, PURPOSE_RECORD, record.id, f"{record.number}: {text}"
        )
        return _purpose(record)


def rename_purpose(ledger: Ledger, actor: Actor, purpose_id: int, title: str) -> Purpose:
    require(actor, Permission.EDIT_SETTINGS)
    text = _title(title)
    with ledger.transaction() as session:
        record = _record(session, purpose_id)
        if record.title == text:
            return _purpose(record)
        if not record.retired:
            _refuse_duplicate(session, text, record.id)
        old, record.title, record.updated_by_id = record.title, text, actor.id
        summary = f"{record.number}: '{old}' → '{text}'"
        audit.record(session, actor, PurposeAction.RENAME, PURPOSE_RECORD, record.id, summary)
        return _purpose(record)


def set_purpose_retired(ledger: Ledger, actor: Actor, purpose_id: int, retired: bool) -> Purpose:
    """Retire a purpose (it stays on old records) or put it back in use."""
    require(actor, Permission.EDIT_SETTINGS)
    with ledger.transaction() as session:
        record = _record(session, purpose_id)
        if record.retired == retired:
            return _purpose(record)
        if retired:
            _keep_one_in_use(session, record)
        else:
            _refuse_duplicate(session, record.title, record.id)
        record.retired, record.updated_by_id = retired, actor.id
        action = PurposeAction.RETIRE if retired else PurposeAction.REINSTATE
        audit.record(session, actor, action, PURPOSE_RECORD, record.id, str(record.number))
        return _purpose(record)


def _purpose(record: PurposeRecord) -> Purpose:
    return Purpose(record.id, record.number, record.title, record.retired)


def _record(session: Session, purpose_id: int) -> PurposeRecord:
    record = session.get(PurposeRecord, purpose_id)
    if record is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "The purpose"))
    return record


def _title(title: str) -> str:
    text = " ".join(title.split())
    return required_text(
        text, "title", QT_TRANSLATE_NOOP("errors", "the purpose's title"), MAX_TITLE_LENGTH
    )


def _same_title(title: str) -> str:
    """Titles that differ only in width, case or spacing count as the same."""
    return " ".join(unicodedata.normalize("NFKC", title).casefold().split())


def _refuse_duplicate(session: Session, title: str, purpose_id: int | None = None) -> None:
    key = _same_title(title)
    for record in session.scalars(select(PurposeRecord).where(PurposeRecord.retired.is_(False))):
        if record.id != purpose_id and _same_title(record.title) == key:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "Purpose {number} already has this title; choose another."
                ),
                "title",
                number=record.number,
            )


def _keep_one_in_use(session: Session, leaving: PurposeRecord) -> None:
    query = (
        select(func.count())
        .select_from(PurposeRecord)
        .where(PurposeRecord.retired.is_(False), PurposeRecord.id != leaving.id)
    )
    if not session.scalar(query):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "At least one purpose must stay in use."), "retired"
        )

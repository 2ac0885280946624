"""Versions of the office's privacy policy (policy clause 7, continuous improvement).

Each version is kept as it was published, per language, with the day it came
into force; rows are never changed, because a consent names the version the
person agreed to (:func:`version_in_force` on the day of the consent). A new
version is recorded by a manager and audited; it cannot come into force
before the version already in force, so history is never rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.base import utcnow
from ..db.models import PolicyVersion, User
from ..vault.errors import QT_TRANSLATE_NOOP
from . import audit
from .audit_actions import AuditAction, RecordKind
from .errors import ValidationError
from .ledger import Ledger
from .permissions import Actor, Permission, require
from .validation import one_line, required_text

#: the languages a policy is published in
LANGUAGES = ("ja", "en")
#: the longest text each field may hold (the columns in db/models/policies.py)
MAX_LENGTHS = {"version": 20, "text": 100_000}


class PolicyAction(AuditAction):
    """The privacy policy's versions."""

    RECORD = "policy.record", QT_TRANSLATE_NOOP("AuditNames", "Policy version recorded")


POLICY_RECORD = RecordKind("policy", QT_TRANSLATE_NOOP("AuditNames", "Privacy policy"))


@dataclass(frozen=True)
class PolicyVersionRow:
    id: int
    version: str
    language: str
    effective_on: date
    recorded_by: str  # the user's display name; "" for the version the program seeded
    recorded_at: datetime
    text: str


def version_in_force(
    ledger: Ledger, actor: Actor, on: date, language: str = "ja"
) -> PolicyVersionRow | None:
    """The version in force on ``on`` in ``language``: the latest that took effect by then."""
    require(actor, Permission.VIEW_OFFICE)
    with ledger.read() as session:
        return _in_force(session, on, language)


def current_version(
    ledger: Ledger, actor: Actor, language: str = "ja", today: date | None = None
) -> PolicyVersionRow | None:
    """The version in force today (Help ▸ Privacy policy shows its label and date)."""
    return version_in_force(ledger, actor, today or date.today(), language)


def list_versions(ledger: Ledger, actor: Actor) -> list[PolicyVersionRow]:
    """Every version in every language, the newest in force first."""
    require(actor, Permission.VIEW_OFFICE)
    query = select(PolicyVersion).order_by(
        PolicyVersion.effective_on.desc(), PolicyVersion.id.desc()
    )
    with ledger.read() as session:
        return [_row(session, record) for record in session.scalars(query)]


def record_version(
    ledger: Ledger,
    actor: Actor,
    version: str,
    language: str,
    text: str,
    effective_on: date,
) -> PolicyVersionRow:
    """Record a new version of the policy (manager only); it is kept for good."""
    require(actor, Permission.RECORD_POLICY)
    label = required_text(
        one_line(version),
        "version",
        QT_TRANSLATE_NOOP("errors", "the version label"),
        MAX_LENGTHS["version"],
    )
    if language not in LANGUAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the language of the policy: ja or en."),
            "language",
        )
    body = required_text(
        text, "text", QT_TRANSLATE_NOOP("errors", "the policy's text"), MAX_LENGTHS["text"]
    )
    with ledger.transaction() as session:
        _refuse_rewriting_history(session, label, language, effective_on)
        record = PolicyVersion(
            version=label,
            language=language,
            text=body,
            effective_on=effective_on,
            recorded_by_id=actor.id,
            recorded_at=utcnow(),
        )
        session.add(record)
        session.flush()
        summary = f"{label} ({language}) in force from {effective_on.isoformat()}"
        audit.record(session, actor, PolicyAction.RECORD, POLICY_RECORD, record.id, summary)
        return _row(session, record)


def _refuse_rewriting_history(
    session: Session, label: str, language: str, effective_on: date
) -> None:
    same = select(PolicyVersion.id).where(
        PolicyVersion.version == label, PolicyVersion.language == language
    )
    if session.scalar(same) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Version {version} of the policy is already recorded; give a new label."
            ),
            "version",
            version=label,
        )
    latest = session.scalar(
        select(PolicyVersion.effective_on)
        .where(PolicyVersion.language == language)
        .order_by(PolicyVersion.effective_on.desc())
        .limit(1)
    )
    if latest is not None and effective_on < latest:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A new version cannot take effect before the current one ({day}).",
            ),
            "effective_on",
            day=latest.isoformat(),
        )


def in_force(session: Session, on: date, language: str = "ja") -> PolicyVersionRow | None:
    """:func:`version_in_force` in the caller's transaction (a consent being recorded)."""
    return _in_force(session, on, language)


def _in_force(session: Session, on: date, language: str) -> PolicyVersionRow | None:
    query = (
        select(PolicyVersion)
        .where(PolicyVersion.language == language, PolicyVersion.effective_on <= on)
        .order_by(PolicyVersion.effective_on.desc(), PolicyVersion.id.desc())
        .limit(1)
    )
    record = session.scalar(query)
    return None if record is None else _row(session, record)


def _row(session: Session, record: PolicyVersion) -> PolicyVersionRow:
    user = session.get(User, record.recorded_by_id) if record.recorded_by_id else None
    return PolicyVersionRow(
        id=record.id,
        version=record.version,
        language=record.language,
        effective_on=record.effective_on,
        recorded_by="" if user is None else user.display_name,
        recorded_at=record.recorded_at,
        text=record.text,
    )

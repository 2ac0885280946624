"""Personnel safety measures (GL 10): each user's confidentiality pledge and privacy training.

A manager records the dates under Admin ▸ Users; a user never trained, or
trained more than a year ago, is flagged (the rule is
contractors.rules.training_outdated).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..db.models import User
from ..vault.errors import QT_TRANSLATE_NOOP
from . import audit
from .audit_actions import AuditAction
from .contractors.checks import not_future
from .contractors.rules import training_outdated
from .errors import NotFound
from .ledger import Ledger
from .permissions import Actor, Permission, require
from .users import USER_RECORD


class PersonnelAction(AuditAction):
    SET_DATES = "user.personnel", QT_TRANSLATE_NOOP("AuditNames", "Pledge and training dates set")


@dataclass(frozen=True)
class PersonnelRow:
    user_id: int
    username: str
    display_name: str
    active: bool
    pledge_signed_on: date | None
    trained_on: date | None
    training_due: bool  # never trained, or over a year ago


def list_personnel(ledger: Ledger, actor: Actor, today: date | None = None) -> list[PersonnelRow]:
    require(actor, Permission.MANAGE_USERS)
    day = today or date.today()
    with ledger.read() as session:
        return [_row(user, day) for user in session.scalars(select(User).order_by(User.username))]


def set_personnel_dates(
    ledger: Ledger,
    actor: Actor,
    user_id: int,
    *,
    pledge_signed_on: date | None,
    trained_on: date | None,
) -> PersonnelRow:
    """Record when the user signed the confidentiality pledge and was last trained."""
    require(actor, Permission.MANAGE_USERS)
    today = date.today()
    not_future(pledge_signed_on, "pledge_signed_on", today)
    not_future(trained_on, "trained_on", today)
    with ledger.transaction() as session:
        user = session.get(User, user_id)
        if user is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The user"))
        user.pledge_signed_on, user.trained_on = pledge_signed_on, trained_on
        summary = f"{user.username}: pledge {_iso(pledge_signed_on)}, training {_iso(trained_on)}"
        audit.record(session, actor, PersonnelAction.SET_DATES, USER_RECORD, user.id, summary)
        return _row(user, today)


def _row(user: User, today: date) -> PersonnelRow:
    return PersonnelRow(
        user.id,
        user.username,
        user.display_name,
        user.active,
        user.pledge_signed_on,
        user.trained_on,
        training_outdated(user.trained_on, today),
    )


def _iso(day: date | None) -> str:
    return "-" if day is None else day.isoformat()

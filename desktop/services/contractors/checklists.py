"""Inspection checklists: versioned templates the manager edits (GL 3-4-4; GL 10).

A saved version never changes: saving an edit makes the next version, and
every inspection keeps the version it was recorded with, so an old sheet
prints the questions that were actually asked.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db.checklist_defaults import CONTRACTOR_CHECKLIST, SELF_CHECKLIST
from ...db.models import ChecklistItem, ChecklistTemplate
from ...vault.errors import QT_TRANSLATE_NOOP
from .. import audit
from ..audit_actions import AuditAction, RecordKind
from ..errors import NotFound, ValidationError
from ..ledger import Ledger
from ..permissions import Actor, Permission, require
from . import checks
from .types import Category, ChecklistItemInput, ChecklistItemRow, ChecklistKind, Template


class ChecklistAction(AuditAction):
    EDIT = "checklist.edit", QT_TRANSLATE_NOOP("AuditNames", "Checklist edited")


CHECKLIST_RECORD = RecordKind("checklist", QT_TRANSLATE_NOOP("AuditNames", "Checklist"))
MAX_ITEMS = 100
MAX_QUESTION = 500
_TEMPLATE = QT_TRANSLATE_NOOP("errors", "The checklist")


def seed_default_templates(session: Session, language: str = "en") -> None:
    """Version 1 of both checklists, in the ledger's language; nothing if it has them."""
    if session.scalar(select(func.count()).select_from(ChecklistTemplate)):
        return
    for kind, seed in (
        (ChecklistKind.CONTRACTOR, CONTRACTOR_CHECKLIST),
        (ChecklistKind.SELF, SELF_CHECKLIST),
    ):
        items = [
            ChecklistItemInput(Category(category), ja if language == "ja" else en)
            for category, en, ja in seed
        ]
        _insert(session, kind, 1, items, None)


def current_template(ledger: Ledger, actor: Actor, kind: ChecklistKind) -> Template:
    require(actor, Permission.VIEW_CONTRACTORS)
    with ledger.read() as session:
        return current_template_in(session, kind)


def template_versions(ledger: Ledger, actor: Actor, kind: ChecklistKind) -> list[Template]:
    """Every version of a checklist, newest first."""
    require(actor, Permission.VIEW_CONTRACTORS)
    with ledger.read() as session:
        ids = session.scalars(
            select(ChecklistTemplate.id)
            .where(ChecklistTemplate.kind == ChecklistKind(kind).value)
            .order_by(ChecklistTemplate.version.desc())
        ).all()
        return [template_in(session, template_id) for template_id in ids]


def save_template(
    ledger: Ledger,
    actor: Actor,
    kind: ChecklistKind,
    items: Sequence[ChecklistItemInput],
    note: str = "",
) -> Template:
    """Save an edited checklist as the next version; unchanged items keep the current one."""
    require(actor, Permission.EDIT_CHECKLIST)
    checked = _check_items(items)
    kind = ChecklistKind(kind)
    with ledger.transaction() as session:
        current = current_template_in(session, kind)
        if [(i.category, i.question) for i in current.items] == [
            (i.category, i.question) for i in checked
        ]:
            return current
        template = _insert(session, kind, current.version + 1, checked, actor, note)
        summary = f"{kind.value} checklist version {template.version}: {len(checked)} items"
        audit.record(session, actor, ChecklistAction.EDIT, CHECKLIST_RECORD, template.id, summary)
        return template


def current_template_in(session: Session, kind: ChecklistKind) -> Template:
    template_id = session.scalar(
        select(ChecklistTemplate.id)
        .where(ChecklistTemplate.kind == ChecklistKind(kind).value)
        .order_by(ChecklistTemplate.version.desc())
        .limit(1)
    )
    if template_id is None:
        raise NotFound(_TEMPLATE)
    return template_in(session, template_id)


def template_in(session: Session, template_id: int) -> Template:
    record = session.get(ChecklistTemplate, template_id)
    if record is None:
        raise NotFound(_TEMPLATE)
    items = session.scalars(
        select(ChecklistItem)
        .where(ChecklistItem.template_id == template_id)
        .order_by(ChecklistItem.position)
    )
    return Template(
        id=record.id,
        kind=ChecklistKind(record.kind),
        version=record.version,
        items=tuple(
            ChecklistItemRow(i.id, i.position, Category(i.category), i.question) for i in items
        ),
        created_at=record.created_at,
    )


def _check_items(items: Sequence[ChecklistItemInput]) -> list[ChecklistItemInput]:
    checked = []
    for item in items:
        question = checks.line(item.question, "items", MAX_QUESTION)
        if question:
            checked.append(ChecklistItemInput(Category(item.category), question))
    if not checked:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A checklist needs at least one question."), "items"
        )
    if len(checked) > MAX_ITEMS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A checklist has at most {limit} questions."),
            "items",
            limit=MAX_ITEMS,
        )
    # Grouped by category in the order of the categories, keeping the order within each.
    order = list(Category)
    return sorted(checked, key=lambda item: order.index(item.category))


def _insert(
    session: Session,
    kind: ChecklistKind,
    version: int,
    items: Sequence[ChecklistItemInput],
    actor: Actor | None,
    note: str = "",
) -> Template:
    by = None if actor is None else actor.id
    record = ChecklistTemplate(
        kind=kind.value, version=version, note=note, created_by_id=by, updated_by_id=by
    )
    session.add(record)
    session.flush()
    session.add_all(
        ChecklistItem(
            template_id=record.id, position=n, category=item.category.value, question=item.question
        )
        for n, item in enumerate(items, start=1)
    )
    session.flush()
    return template_in(session, record.id)

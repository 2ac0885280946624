"""A consent's history: each change appends its whole state, never overwriting an earlier one."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from ...db.base import utcnow
from ...db.models import Consent, ConsentVersion
from ..permissions import Actor
from .types import ConsentInput, ConsentMethod


def columns(data: ConsentInput) -> dict[str, object]:
    """The consent's own columns (its items are in a link table)."""
    values = {f.name: getattr(data, f.name) for f in dataclasses.fields(ConsentInput)}
    del values["item_ids"]
    values["method"] = ConsentMethod(data.method).value
    return values


def write_version(
    session: Session,
    actor: Actor,
    record: Consent,
    change: str,
    changed: Sequence[str],
    data: ConsentInput,
    names: dict[int, str],
) -> None:
    """Append the consent as it now is (``data``); the number goes up by one (1 when new)."""
    state: dict[str, object] = {
        key: value.isoformat() if isinstance(value, date) else value
        for key, value in columns(data).items()
    }
    state["items"] = [names[i] for i in data.item_ids]
    state["withdrawn_on"] = record.withdrawn_on.isoformat() if record.withdrawn_on else None
    state["withdrawal_how"] = record.withdrawal_how
    state["withdrawal_note"] = record.withdrawal_note
    version = 1 if change == "created" else record.version + 1
    record.version = version
    session.add(
        ConsentVersion(
            consent_id=record.id,
            version=version,
            at=utcnow(),
            user_id=actor.id,
            change=change,
            changed_fields=",".join(changed),
            state=json.dumps(state, ensure_ascii=False, sort_keys=True),
        )
    )

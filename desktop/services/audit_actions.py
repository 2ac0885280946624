"""What the audit trail's codes are, and what a person reads for them.

Each area declares its own action codes next to its service, as an
:class:`AuditAction` enum whose members carry the code written into the chain
and an English name marked for translation (context ``AuditNames``); and the
kind of record its events name, as a :class:`RecordKind`. The codes are part
of the hash chain, so a code, once written, never changes; only its name may.
:mod:`desktop.services.audit_catalog` gathers every area's declarations for the
audit log.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Self

#: the translation context of every action and record name
CONTEXT = "AuditNames"


class AuditAction(StrEnum):
    """Base of an area's action codes: ``MEMBER = "code", QT_TRANSLATE_NOOP(CONTEXT, name)``."""

    label: str

    def __new__(cls, code: str, label: str) -> Self:
        member = str.__new__(cls, code)
        member._value_ = code
        member.label = label
        return member


@dataclass(frozen=True)
class RecordKind:
    """The kind of record an event names (``client`` → "Client"), declared by its area."""

    code: str
    label: str

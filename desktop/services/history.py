"""Is this the ledger as this PC last saw it? Older copies and cut audit trails, found on open.

The per-PC record (:class:`desktop.vault.SeenGenerations`) keeps, per file id,
the highest generation opened here and a MAC (under the ledger's own audit
key) of the audit trail's last event. On every open — window, ``verify`` and
every command — the file is compared with it:

- a lower generation: an older copy (changes made since are not in it);
- the recorded last event missing, or a different event under its number: the
  audit trail's tail was cut, or this copy went its own way after an old copy
  was opened and saved (so the warning does not vanish once the replayed copy
  is saved past the old generation).

The record is updated on open (when nothing was found), lock and close, or when
a person deliberately accepts the copy (``verify --accept-older``, a restore).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import AuditEvent, Setting
from ..vault.errors import EXIT_CORRUPT, QT_TRANSLATE_NOOP, LedgerError, Phrase
from ..vault.seen import Seen, SeenGenerations
from .audit_chain import AUDIT_HEAD, AUDIT_KEY


@dataclass(frozen=True)
class HistoryFinding:
    """What differs from the last state this PC saw."""

    # True: an older copy; False: same or newer save, but the audit trail lost its tail
    older: bool
    file_generation: int
    seen_generation: int
    file_events: int
    seen_events: int

    def describe(self) -> Phrase:
        if self.older:
            return Phrase(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This is an older copy: it has save number {found}, but this computer "
                    "has opened save number {seen} of the same ledger. Changes made since "
                    "then are not in this copy.",
                ),
                found=self.file_generation,
                seen=self.seen_generation,
            )
        return Phrase(
            QT_TRANSLATE_NOOP(
                "errors",
                "The audit trail is not the one this computer saw: it has {found} events, and "
                "event {seen} as this computer last saw it is missing or different. Events "
                "were cut from its end, or this copy was continued from an older one.",
            ),
            found=self.file_events,
            seen=self.seen_events,
        )


class OlderCopyRefused(LedgerError):
    """A command met an older copy or a cut audit trail, and changed nothing."""

    exit_code = EXIT_CORRUPT

    def __init__(self, finding: HistoryFinding) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "{finding} Nothing was changed; add --accept-older to use this copy anyway.",
            ),
            finding=finding.describe(),
        )


def check(
    session: Session, file_id: str, generation: int, seen: SeenGenerations
) -> HistoryFinding | None:
    """Compare the open ledger with what this PC saw of it; None when all is as expected."""
    last = seen.get(file_id)
    if last is None:
        return None
    seq, _ = _head(session)
    if generation < last.generation:
        return HistoryFinding(True, generation, last.generation, seq, last.audit_seq)
    if last.audit_seq and last.audit_mac:
        mac = session.scalar(select(AuditEvent.mac).where(AuditEvent.seq == last.audit_seq))
        expected = None if mac is None else _seen_mac(session, file_id, last.audit_seq, mac)
        if expected is None or not hmac.compare_digest(expected, last.audit_mac):
            return HistoryFinding(False, generation, last.generation, seq, last.audit_seq)
    return None


def remember(session: Session, file_id: str, generation: int, seen: SeenGenerations) -> None:
    """Record the ledger as it is now (after a check found nothing, or a person accepted it)."""
    seq, mac = _head(session)
    seen.record(
        file_id, Seen(generation, seq, _seen_mac(session, file_id, seq, mac) if seq else "")
    )


def _head(session: Session) -> tuple[int, str]:
    row = session.get(Setting, AUDIT_HEAD)
    if row is None:
        return 0, ""
    seq, mac = json.loads(row.value)
    return int(seq), str(mac)


def _seen_mac(session: Session, file_id: str, seq: int, event_mac: str) -> str:
    row = session.get(Setting, AUDIT_KEY)
    key = bytes.fromhex(row.value) if row is not None else b""
    message = f"seen|{file_id}|{seq}|{event_mac}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()

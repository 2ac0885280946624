"""What this PC has seen of each ledger: the highest generation and the audit trail's head.

A small JSON file (0600) maps each ledger's file id to the highest save number
(generation) opened here and a MAC of the audit trail's last event as it was
then. It is written when a ledger is opened, locked and closed — never at every
save, so saving costs one fsync'd file, the ledger itself. Opening an older
copy, or a copy whose audit trail lost its tail, is then noticed (see
``desktop.services.history``).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from .atomic import write_atomic
from .errors import SaveFailed


@dataclass(frozen=True)
class Seen:
    """One ledger as last seen on this PC."""

    generation: int
    #: number of the audit trail's last event then, and a MAC of it (see services.history)
    audit_seq: int = 0
    audit_mac: str = ""


class SeenGenerations:
    """The per-PC record; a damaged or missing record only loses the warning, never data."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> dict[str, Seen]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict):
            return {}
        found: dict[str, Seen] = {}
        for key, value in data.items():
            try:
                if isinstance(value, dict):
                    found[str(key)] = Seen(
                        int(value["generation"]),
                        int(value.get("audit_seq", 0)),
                        str(value.get("audit_mac", "")),
                    )
                else:  # the first format: the generation alone
                    found[str(key)] = Seen(int(value))
            except (KeyError, TypeError, ValueError, OverflowError):
                continue
        return found

    def get(self, file_id: str) -> Seen | None:
        return self._load().get(file_id)

    def highest(self, file_id: str) -> int:
        seen = self.get(file_id)
        return 0 if seen is None else seen.generation

    def record(self, file_id: str, seen: Seen) -> None:
        """Store ``seen`` for ``file_id`` as it is (the caller decides it may replace the old)."""
        data = self._load()
        if data.get(file_id) == seen:
            return
        data[file_id] = seen
        text = json.dumps({key: asdict(value) for key, value in data.items()}, indent=1)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, text.encode())
        except (OSError, SaveFailed):
            pass  # only a warning aid; a failure here must not stop work on the ledger

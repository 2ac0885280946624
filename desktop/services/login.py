"""Slowing down password guessing, and remembering failures until the next login.

Failed attempts happen before the ledger is decrypted, so they are counted in
a small file beside the program's settings and written into the audit log at
the next successful login of that user.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..vault.atomic import write_atomic
from ..vault.errors import SaveFailed
from ..vault.slots import username_key

FREE_ATTEMPTS = 3
MAX_DELAY_SECONDS = 30


def delay_after(failures: int) -> int:
    """Seconds to wait before the next attempt: none for the first three, then 1, 2, 4 … 30."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS))


@dataclass(frozen=True)
class Failures:
    count: int
    last: str


class LoginThrottle:
    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> dict[str, dict[str, dict[str, object]]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _store(self, data: dict[str, dict[str, dict[str, object]]]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, json.dumps(data).encode())
        except (OSError, SaveFailed):
            pass  # counting is a brake, not a lock: a read-only folder must not block logins

    def failures(self, file_id: str, username: str) -> Failures:
        entry = self._load().get(file_id, {}).get(username_key(username), {})
        return Failures(int(str(entry.get("count", 0))), str(entry.get("last", "")))

    def wait_seconds(self, file_id: str, username: str, now: datetime | None = None) -> int:
        """How long the person must still wait before the next attempt is tried."""
        failures = self.failures(file_id, username)
        delay = delay_after(failures.count)
        if not delay or not failures.last:
            return 0
        now = now or datetime.now(UTC)
        elapsed = (now - datetime.fromisoformat(failures.last)).total_seconds()
        return max(0, int(delay - elapsed + 0.999))

    def record_failure(self, file_id: str, username: str) -> int:
        data = self._load()
        entry = data.setdefault(file_id, {}).setdefault(username_key(username), {})
        count = int(str(entry.get("count", 0))) + 1
        entry.update(count=count, last=datetime.now(UTC).isoformat(timespec="seconds"))
        self._store(data)
        return count

    def take(self, file_id: str, username: str) -> Failures:
        """Read and clear the failures of a user who has just logged in."""
        data = self._load()
        entry = data.get(file_id, {}).pop(username_key(username), None)
        if entry is None:
            return Failures(0, "")
        self._store(data)
        return Failures(int(str(entry.get("count", 0))), str(entry.get("last", "")))

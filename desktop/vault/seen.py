"""The highest generation this PC has seen of each ledger, to warn about an old copy."""

from __future__ import annotations

import json
from pathlib import Path

from .atomic import write_atomic
from .errors import SaveFailed


class SeenGenerations:
    """A small JSON file mapping file id to the highest generation opened or saved here."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> dict[str, int]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return {str(k): int(v) for k, v in data.items()} if isinstance(data, dict) else {}
        except (OSError, ValueError, TypeError, OverflowError):
            return {}  # a damaged registry only loses the warning, never the ledger

    def highest(self, file_id: str) -> int:
        return self._load().get(file_id, 0)

    def record(self, file_id: str, generation: int) -> None:
        data = self._load()
        if data.get(file_id, 0) >= generation:
            return
        data[file_id] = generation
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, json.dumps(data, indent=1).encode())
        except (OSError, SaveFailed):
            pass  # only a warning aid; a failure here must not stop work on the ledger

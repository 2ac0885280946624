"""Where the program keeps its own files besides the ledger (passed in by app.py and cli.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Places:
    """Folders in the user's data folder; the composition root decides where that is."""

    data_dir: Path

    @property
    def default_ledger(self) -> Path:
        return self.data_dir / "ledger.pldb"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    def backups_of(self, ledger: Path, file_id: str) -> Path:
        """The backup folder of one ledger: named by file name and file id, so two ledgers
        with the same file name (in different folders) never share a folder."""
        return self.backups / f"{ledger.stem}-{file_id[:12]}"

    @property
    def seen_generations(self) -> Path:
        return self.data_dir / "seen-generations.json"

    @property
    def login_failures(self) -> Path:
        return self.data_dir / "login-failures.json"

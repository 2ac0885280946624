"""The full check behind ``privacy-ledger verify``: header, decryption, SQLite, audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..db import Database
from ..vault import Vault, ledger_header
from . import audit


@dataclass
class VerifyReport:
    lines: list[tuple[str, bool, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.lines) and all(ok for _, ok, _ in self.lines)

    def add(self, check: str, ok: bool, detail: str) -> None:
        self.lines.append((check, ok, detail))


def verify_file(
    path: Path,
    *,
    username: str | None = None,
    password: str | None = None,
    recovery_key: str | None = None,
) -> VerifyReport:
    """Check everything without changing the file; stops at the first step that fails."""
    report = VerifyReport()
    header = ledger_header(path)
    report.add(
        "header",
        True,
        f"generation {header.generation}, {len(header.slots)} key slots, saved {header.saved}",
    )
    vault, image = Vault.open(
        path, username=username, password=password, recovery_key=recovery_key, read_only=True
    )
    vault.close()
    who = "recovery key" if recovery_key is not None else f"password of {username}"
    report.add("decryption", True, f"{len(image):,} bytes authenticated with the {who}")
    database = Database.from_image(image)
    try:
        problems = database.integrity_problems()
        ok = not problems
        detail = f"schema {database.revision}" if ok else "; ".join(problems[:3])
        report.add("database", ok, detail)
        if not ok:
            return report
        with database.session() as session:
            chain = audit.verify_chain(session)
        report.add("audit trail", chain.ok, chain.describe().removeprefix("audit trail "))
    finally:
        database.close()
    return report

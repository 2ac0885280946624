"""The full check behind ``privacy-ledger verify``: header, decryption, SQLite, audit chain."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from ..db import Database
from ..vault import Header, SeenGenerations, UnknownUser, Vault, WrongPassword, ledger_header
from . import audit, history
from .login import LoginThrottle
from .places import Places
from .session import TooManyAttempts


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
    places: Places | None = None,
    accept_older: bool = False,
) -> VerifyReport:
    """Check everything without changing the file; stops at the first step that fails.

    With ``places`` a password goes through the same login throttle as the window
    (a wrong one is counted and reported at the user's next login), and the file
    is compared with what this PC saw of it: an older copy or a cut audit trail
    fails the check unless ``accept_older``, which makes this copy the new mark.
    """
    report = VerifyReport()
    header = ledger_header(path)
    throttle = None if places is None or username is None else LoginThrottle(places.login_failures)
    if throttle is not None and username is not None:
        wait = throttle.wait_seconds(header.file_id, username)
        if wait:
            raise TooManyAttempts(wait)
    report.add(
        "header",
        True,
        f"generation {header.generation}, {len(header.slots)} key slots, saved {header.saved}",
    )
    try:
        vault, image = Vault.open(
            path, username=username, password=password, recovery_key=recovery_key, read_only=True
        )
    except (WrongPassword, UnknownUser):
        if throttle is not None and username is not None:
            throttle.record_failure(header.file_id, username)
        raise
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
            if places is not None and chain.ok:
                _check_history(report, session, header, places, accept_older)
    finally:
        database.close()
    return report


def _check_history(
    report: VerifyReport, session: Session, header: Header, places: Places, accept_older: bool
) -> None:
    seen = SeenGenerations(places.seen_generations)
    finding = history.check(session, header.file_id, header.generation, seen)
    if finding is None:
        history.remember(session, header.file_id, header.generation, seen)
        report.add("history", True, "as this computer last saw it (or first seen here)")
    elif accept_older:
        history.remember(session, header.file_id, header.generation, seen)
        report.add("history", True, f"accepted as the current copy: {finding.describe()}")
    else:
        report.add("history", False, f"{finding.describe()} (--accept-older to accept it)")

"""A real writer for the crash test: commits office-name changes and prints each acknowledgement.

``python -m tests.cli.ack_writer LEDGER BASEDIR START`` logs in and commits
"Office START", "Office START+1", … forever; after each commit returns (the
file is written and fsync'd) it prints ``ack N`` and flushes, so the test
knows which commits were acknowledged before it killed the process.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.services import settings
from desktop.services.places import Places
from desktop.services.session import open_ledger

USER, PASSWORD = "manager", "crash-test-pass"


def main() -> None:
    path, basedir, start = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    ledger = open_ledger(path, USER, PASSWORD, Places(basedir))
    assert ledger.actor is not None
    number = start
    while True:
        settings.update_settings(
            ledger, ledger.actor, settings.OfficeSettings(f"Office {number}", 5)
        )
        print(f"ack {number}", flush=True)
        number += 1


if __name__ == "__main__":
    main()

"""Kill a real writer at random moments: every acknowledged commit survives, the file verifies.

A writer process commits numbered changes and prints an acknowledgement after
each one returns. The test kills it (SIGKILL / TerminateProcess) at a seeded
random moment, then checks that the ledger verifies and holds every change
acknowledged before the kill. 8 kills in the normal run; 200 in the run
marked slow (``python -m pytest -m slow``).
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.services import audit, settings
from desktop.services.places import Places
from desktop.services.session import NewLedger, create_ledger, open_ledger
from desktop.services.verify import verify_file

from .ack_writer import PASSWORD, USER

SEED = 20261126


def _run(tmp_path: Path, kills: int) -> tuple[int, int]:
    places = Places(tmp_path / "data")
    path = tmp_path / "office.pldb"
    create_ledger(path, NewLedger("Office", USER, "Manager", PASSWORD), places)[0].close()
    rng = random.Random(SEED)
    env = {**os.environ, "PRIVACY_LEDGER_TEST_KDF": "1"}
    acknowledged: list[int] = []
    next_number = 0
    for _ in range(kills):
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.cli.ack_writer",
                str(path),
                str(places.data_dir),
                str(next_number),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd=Path(__file__).parents[2],
        )
        assert process.stdout is not None
        wanted = rng.randint(0, 4)  # kill after this many acknowledgements, a moment later
        for _ in range(wanted):
            line = process.stdout.readline().decode()
            assert line.startswith("ack "), process.stderr.read() if process.stderr else line
            acknowledged.append(int(line.split()[1]))
        time.sleep(rng.uniform(0, 0.05))
        process.kill()
        process.wait(timeout=30)
        # lines the writer printed before it died are acknowledgements too
        acknowledged += [
            int(line.split()[1])
            for line in process.stdout.read().decode().split("\n")
            if line.startswith("ack ")
        ]
        process.stdout.close()
        if process.stderr is not None:
            process.stderr.close()
        report = verify_file(path, username=USER, password=PASSWORD)
        assert report.ok, report.lines
        next_number = (acknowledged[-1] + 1 if acknowledged else next_number) + 1000
    ledger = open_ledger(path, USER, PASSWORD, places)
    assert ledger.actor is not None
    changes = audit.list_events(ledger, ledger.actor, action="settings.change", limit=100000)
    committed = {int(e.summary.rsplit("'Office ", 1)[1].rstrip("'")) for e in changes}
    name = settings.get_settings(ledger, ledger.actor).office_name
    ledger.close()
    lost = [n for n in acknowledged if n not in committed]
    assert lost == [], f"acknowledged but lost: {lost}"
    if acknowledged:
        assert int(name.split()[1]) >= acknowledged[-1]
    return len(acknowledged), len(lost)


def test_killing_a_writer_loses_no_acknowledged_commit(tmp_path: Path) -> None:
    acked, lost = _run(tmp_path, 8)
    print(f"\n8 kills: {acked} acknowledged commits, {lost} lost")


@pytest.mark.slow
def test_killing_a_writer_200_times_loses_no_acknowledged_commit(tmp_path: Path) -> None:
    acked, lost = _run(tmp_path, 200)
    print(f"\n200 kills: {acked} acknowledged commits, {lost} lost")

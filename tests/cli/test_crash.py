"""Killing the program at any moment never costs the ledger: it always opens and verifies.

A real ``privacy-ledger demo-data`` run saves after every few clients; it is
killed (SIGKILL on POSIX, TerminateProcess on Windows) at seeded random moments,
many times over. After each kill the file must verify at a generation no lower
than before, leftovers must never look like a ledger, and the lock of the dead
process must be taken over by the next run. About 40 s; part of the normal suite.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.services.verify import verify_file
from desktop.vault import SeenGenerations, read_header, read_lock

RUNS = 18
SEED = 20261125
#: every third run is killed this many seconds after it starts (start-up, key derivation, login)
EARLY_WINDOW = (0.1, 1.2)
#: the others this long after their first save, while they save every few clients
SAVING_WINDOW = (0.0, 1.5)
PASSWORD = "crash-test-pass"


def start(path: Path, basedir: Path, clients: int = 3000) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PRIVACY_LEDGER_TEST_KDF": "1", "PRIVACY_LEDGER_BASEDIR": str(basedir)}
    command = [sys.executable, "-m", "desktop", "demo-data", str(path), "--clients", str(clients)]
    command += ["--batch", "5", "--user", "manager", "--password-stdin"]
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
    )
    assert process.stdin is not None
    process.stdin.write(PASSWORD.encode() + b"\n")
    process.stdin.close()
    return process


def wait_for_a_save(process: subprocess.Popen[bytes], path: Path, generation: int) -> None:
    """Return once the file is past ``generation`` (or the run ended), however slow the machine."""
    deadline = time.monotonic() + 30
    while process.poll() is None:
        assert time.monotonic() < deadline, "the run saved nothing in 30 s"
        try:
            if read_header(path).generation > generation:
                return
        except OSError:
            pass  # Windows: the file is being replaced at this very moment
        time.sleep(0.01)


def kill(process: subprocess.Popen[bytes]) -> int:
    process.kill()  # SIGKILL on POSIX: no cleanup handler runs
    return process.wait(timeout=30)


def check_folder(path: Path) -> list[str]:
    """Only the ledger is a *.pldb file; anything else is a known leftover. Returns leftovers."""
    names = sorted(p.name for p in path.parent.iterdir())
    assert [n for n in names if n.endswith(".pldb")] == [path.name]
    known = re.compile(
        rf"^(\.{re.escape(path.name)}\.[0-9a-f]+\.tmp|{re.escape(path.name)}\.lock(\.\d+)?)$"
    )
    others = [n for n in names if n != path.name]
    assert all(known.match(n) for n in others), others
    return others


def verified_generation(path: Path, seen: SeenGenerations) -> int:
    report = verify_file(path, username="manager", password=PASSWORD)
    assert report.ok, report.lines
    header = read_header(path)
    # The program never recorded a generation the file does not have (no false "old copy").
    assert seen.highest(header.file_id) <= header.generation
    return header.generation


@pytest.mark.slow
def test_killing_the_program_never_damages_the_ledger(tmp_path: Path) -> None:
    folder, basedir = tmp_path / "office", tmp_path / "data"
    folder.mkdir()
    path = folder / "office.pldb"
    env = {**os.environ, "PRIVACY_LEDGER_TEST_KDF": "1", "PRIVACY_LEDGER_BASEDIR": str(basedir)}
    init = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "init",
            str(path),
            "--user",
            "manager",
            "--password-stdin",
            "--demo",
        ],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert init.returncode == 0, init.stderr
    seen = SeenGenerations(basedir / "seen-generations.json")
    rng = random.Random(SEED)
    generation = verified_generation(path, seen)
    first = generation
    killed = completed = 0

    for run in range(RUNS):
        process = start(path, basedir)
        if run % 3 == 0:
            time.sleep(rng.uniform(*EARLY_WINDOW))
        else:
            wait_for_a_save(process, path, generation)
            time.sleep(rng.uniform(*SAVING_WINDOW))
        code = kill(process)
        stderr = process.stderr.read().decode() if process.stderr else ""
        if code == 0:
            completed += 1
        else:
            killed += 1
            assert "Traceback" not in stderr and "privacy-ledger:" not in stderr, stderr
        now = verified_generation(path, seen)
        assert now >= generation
        generation = now
        check_folder(path)

    assert killed >= RUNS - 2, f"only {killed} runs were cut off"
    assert generation > first + RUNS, "the runs saved next to nothing"

    # A run killed while it holds the lock leaves a stale lock; the next run takes it over.
    process = start(path, basedir)
    wait_for_a_save(process, path, generation + 1)
    kill(process)
    stale = read_lock(path)
    assert stale is not None and stale.pid == process.pid
    generation = verified_generation(path, seen)

    final = start(path, basedir, clients=20)
    assert final.wait(timeout=60) == 0, final.stderr.read() if final.stderr else ""
    assert verified_generation(path, seen) > generation
    assert read_lock(path) is None
    leftovers = check_folder(path)
    print(
        f"\n{RUNS} runs: {killed} killed, {completed} completed; generation {first} → "
        f"{read_header(path).generation}; leftover files: {len(leftovers)}"
    )

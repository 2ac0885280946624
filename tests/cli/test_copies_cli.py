"""backup, restore, and every command's refusal of an older copy (exit 4 unless --accept-older)."""

from __future__ import annotations

import shutil
from pathlib import Path

from desktop.vault import read_header
from tests.cli.test_cli import CORRUPT, OK, USAGE, Run, run, verify_as
from tests.ledger_fixtures import CLERK, MANAGER, MANAGER_PASSWORD

__all__ = ["run"]  # the fixture, shared with test_cli.py


def test_backup_writes_a_verified_copy_and_restore_brings_it_back(
    run: Run, ledger_file: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    made = run("backup", ledger_file, usb, "--user", MANAGER, "--password-stdin",
               stdin=MANAGER_PASSWORD + "\n")  # fmt: skip
    assert made.code == OK, made.err
    (copy,) = usb.glob("*.pldb")
    assert f"Backup written and verified: {copy}" in made.out
    removed = run("user", "remove", ledger_file, CLERK, "--user", MANAGER, "--password-stdin",
                  stdin=MANAGER_PASSWORD + "\n")  # fmt: skip
    assert removed.code == OK, removed.err
    before = read_header(ledger_file).generation

    back = run("restore", ledger_file, copy, "--user", MANAGER, "--password-stdin",
               stdin=MANAGER_PASSWORD + "\n")  # fmt: skip
    assert back.code == OK, back.err
    assert f"Restored {copy.name} into {ledger_file}" in back.out
    assert read_header(ledger_file).generation > before  # the save number keeps rising
    assert verify_as(run, ledger_file, MANAGER, MANAGER_PASSWORD).code == OK


def test_a_clerk_may_not_restore(run: Run, ledger_file: Path, tmp_path: Path) -> None:
    from tests.ledger_fixtures import CLERK_PASSWORD

    made = run("backup", ledger_file, tmp_path / "usb", "--user", CLERK, "--password-stdin",
               stdin=CLERK_PASSWORD + "\n")  # fmt: skip
    assert made.code == OK, made.err  # any role may make a backup
    (copy,) = (tmp_path / "usb").glob("*.pldb")
    refused = run("restore", ledger_file, copy, "--user", CLERK, "--password-stdin",
                  stdin=CLERK_PASSWORD + "\n")  # fmt: skip
    assert refused.code == USAGE
    assert "privacy-ledger: " in refused.error_line


def test_every_command_refuses_an_older_copy_unless_accepted(
    run: Run, ledger_file: Path, tmp_path: Path
) -> None:
    old = tmp_path / "old.pldb"
    shutil.copyfile(ledger_file, old)
    assert verify_as(run, ledger_file, MANAGER, MANAGER_PASSWORD).code == OK  # this PC saw it
    changed = run("user", "add", ledger_file, "suzuki", "--user", MANAGER, "--password-stdin",
                  stdin=f"{MANAGER_PASSWORD}\nfirst-pass-lantern-42\n")  # fmt: skip
    assert changed.code == OK, changed.err
    shutil.copyfile(old, ledger_file)  # the older copy is back (from a USB stick, say)
    generation = read_header(ledger_file).generation

    for argv in (
        ("user", "remove", ledger_file, CLERK),
        ("backup", ledger_file, tmp_path / "usb"),
        ("export", ledger_file, "clients", "--out", tmp_path / "c.csv"),
    ):
        refused = run(*argv, "--user", MANAGER, "--password-stdin",
                      stdin=MANAGER_PASSWORD + "\n")  # fmt: skip
        assert refused.code == CORRUPT, argv
        assert "older copy" in refused.error_line and "--accept-older" in refused.error_line
    assert read_header(ledger_file).generation == generation  # nothing was written
    assert not (tmp_path / "usb").exists() and not (tmp_path / "c.csv").exists()

    accepted = run("user", "remove", ledger_file, CLERK, "--accept-older", "--user", MANAGER,
                   "--password-stdin", stdin=MANAGER_PASSWORD + "\n")  # fmt: skip
    assert accepted.code == OK, accepted.err
    assert "older copy" in accepted.err and "(accepted)" in accepted.err
    # accepted: this copy is now the one this computer knows, and opens without a word
    assert verify_as(run, ledger_file, MANAGER, MANAGER_PASSWORD).code == OK

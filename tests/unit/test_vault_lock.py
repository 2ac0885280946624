"""The lock file: a second opener is told who has the ledger; stale locks are taken over."""

from __future__ import annotations

import getpass
import json
import os
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.vault import (
    LedgerError,
    LedgerLocked,
    ReadOnlyLedger,
    UnknownUser,
    Vault,
    WrongPassword,
    lockfile,
    processes,
    read_header,
    read_lock,
)
from desktop.vault.errors import EXIT_LOCKED
from desktop.vault.lockfile import LedgerLock
from desktop.vault.recovery import MistypedRecoveryKey

from .conftest import (
    CLERK,
    LEDGER_NAME,
    LOCK_NAME,
    MANAGER,
    SATO,
    OpenVault,
    Template,
    folder_names,
    make_image,
)


def write_lock(vault_file: Path, *, host: str, pid: int, user: str = "yamada") -> bytes:
    content = json.dumps(
        {"host": host, "user": user, "pid": pid, "since": "2024-04-01T09:15:00"}
    ).encode()
    (vault_file.parent / LOCK_NAME).write_bytes(content)
    return content


def test_the_lock_names_who_holds_the_ledger(vault_file: Path, open_vault: OpenVault) -> None:
    assert read_lock(vault_file) is None
    open_vault(vault_file)
    lock = read_lock(vault_file)
    assert lock is not None
    assert (lock.host, lock.pid) == (socket.gethostname(), os.getpid())
    assert lock.user == getpass.getuser()


def test_a_second_opener_is_told_who_has_the_ledger_open(
    vault_file: Path, open_vault: OpenVault
) -> None:
    open_vault(vault_file)
    lock = read_lock(vault_file)
    assert lock is not None
    with pytest.raises(LedgerLocked) as info:
        open_vault(vault_file, CLERK)
    message = str(info.value)
    assert lock.user in message
    assert socket.gethostname() in message
    assert lock.since in message
    assert "open this ledger read-only" in message
    assert info.value.exit_code == EXIT_LOCKED
    assert read_lock(vault_file) == lock  # the holder's lock is untouched


def test_a_locked_ledger_opens_read_only_and_refuses_changes(
    vault_file: Path, open_vault: OpenVault, vault_template: Template
) -> None:
    open_vault(vault_file)
    lock_before = (vault_file.parent / LOCK_NAME).read_bytes()
    viewer, image = open_vault(vault_file, CLERK, read_only=True)
    assert image == vault_template.image
    assert viewer.read_only
    before = vault_file.read_bytes()
    with pytest.raises(ReadOnlyLedger, match="open read-only; changes cannot be saved"):
        viewer.save(make_image("not allowed"))
    assert vault_file.read_bytes() == before
    viewer.close()
    assert (vault_file.parent / LOCK_NAME).read_bytes() == lock_before  # the viewer took no lock


def test_a_read_only_open_takes_no_lock(vault_file: Path, open_vault: OpenVault) -> None:
    open_vault(vault_file, read_only=True)
    assert folder_names(vault_file.parent) == [LEDGER_NAME]
    open_vault(vault_file, CLERK)  # so someone else may still open it for changes


def test_closing_releases_the_lock(vault_file: Path, open_vault: OpenVault) -> None:
    vault, _ = open_vault(vault_file)
    vault.close()
    assert folder_names(vault_file.parent) == [LEDGER_NAME]
    vault.close()  # closing twice is harmless
    again, _ = open_vault(vault_file, CLERK)
    assert not again.read_only


def test_a_lock_left_by_a_dead_process_on_this_host_is_taken_over(
    vault_file: Path, open_vault: OpenVault, dead_pid: int
) -> None:
    write_lock(vault_file, host=socket.gethostname(), pid=dead_pid)
    vault, _ = open_vault(vault_file)
    lock = read_lock(vault_file)
    assert lock is not None
    assert lock.pid == os.getpid()
    vault.save(make_image("after a crash"))
    vault.close()
    assert folder_names(vault_file.parent) == [LEDGER_NAME]


def test_an_unreadable_lock_is_taken_over(vault_file: Path, open_vault: OpenVault) -> None:
    """A crash while the lock was being written leaves it empty."""
    (vault_file.parent / LOCK_NAME).write_bytes(b"")
    open_vault(vault_file)
    lock = read_lock(vault_file)
    assert lock is not None
    assert lock.pid == os.getpid()


@pytest.mark.parametrize("pid_of", ["dead", "alive"])
def test_a_lock_from_another_host_is_respected(
    vault_file: Path, open_vault: OpenVault, dead_pid: int, pid_of: str
) -> None:
    """A process id from another PC says nothing about this one, so it is never taken over."""
    pid = dead_pid if pid_of == "dead" else os.getpid()
    content = write_lock(vault_file, host="RECEPTION-PC", pid=pid, user="suzuki")
    with pytest.raises(LedgerLocked) as info:
        open_vault(vault_file)
    assert "suzuki on RECEPTION-PC" in str(info.value)
    assert "2024-04-01T09:15:00" in str(info.value)
    assert (vault_file.parent / LOCK_NAME).read_bytes() == content


def test_a_lock_held_by_a_running_process_on_this_host_is_respected(
    vault_file: Path, open_vault: OpenVault
) -> None:
    """Another program holds the operating-system lock: its lock file is left as it is."""
    holder = LedgerLock.acquire(vault_file)
    content = (vault_file.parent / LOCK_NAME).read_bytes()
    try:
        with pytest.raises(LedgerLocked, match=f"process {os.getpid()}"):
            open_vault(vault_file)
        assert (vault_file.parent / LOCK_NAME).read_bytes() == content
    finally:
        holder.release()
    open_vault(vault_file)


def test_a_lock_naming_a_reused_process_id_is_taken_over(
    vault_file: Path, open_vault: OpenVault
) -> None:
    """The lock names a live process (the id was reused) that holds no lock: taken over."""
    write_lock(vault_file, host=socket.gethostname(), pid=os.getppid())
    open_vault(vault_file)
    lock = read_lock(vault_file)
    assert lock is not None and lock.pid == os.getpid()
    assert lock.started == processes.start_time(os.getpid()) != ""


@pytest.mark.parametrize(
    ("started", "taken_over"),
    [("same", False), ("other", True), ("", False)],
    ids=["its own start time", "another start time (reused id)", "no start time recorded"],
)
def test_without_operating_system_locks_the_start_time_decides(
    vault_file: Path,
    open_vault: OpenVault,
    monkeypatch: pytest.MonkeyPatch,
    started: str,
    taken_over: bool,
) -> None:
    """On a file system that cannot lock, the lock file's text alone decides."""
    monkeypatch.setattr(lockfile, "_os_lock", lambda fd: None)
    monkeypatch.setattr(lockfile, "_os_unlock", lambda fd: None)
    pid = os.getppid()
    stamp = {"same": processes.start_time(pid), "other": "12345", "": ""}[started]
    content = json.dumps(
        {"host": socket.gethostname(), "user": "yamada", "pid": pid, "since": "x", "started": stamp}
    )
    (vault_file.parent / LOCK_NAME).write_text(content)
    if taken_over:
        open_vault(vault_file)
        lock = read_lock(vault_file)
        assert lock is not None and lock.pid == os.getpid()
    else:
        with pytest.raises(LedgerLocked, match=f"process {pid}"):
            open_vault(vault_file)


def test_two_programs_taking_over_a_stale_lock_never_both_win(
    vault_file: Path, dead_pid: int
) -> None:
    """100 races of two openers over a lock left by a dead process: exactly one wins each."""
    for _ in range(100):
        write_lock(vault_file, host=socket.gethostname(), pid=dead_pid)
        barrier = threading.Barrier(2)
        results: list[object] = []

        def race(barrier: threading.Barrier = barrier, results: list[object] = results) -> None:
            barrier.wait()
            try:
                results.append(LedgerLock.acquire(vault_file))
            except LedgerLocked as exc:
                results.append(exc)

        threads = [threading.Thread(target=race) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        winners = [r for r in results if isinstance(r, LedgerLock)]
        assert len(winners) == 1, results
        winners[0].release()


@pytest.mark.parametrize(
    ("attempt", "error"),
    [
        ({"username": MANAGER, "password": "wrong"}, WrongPassword),
        ({"username": "nobody", "password": "whatever"}, UnknownUser),
        ({"recovery_key": "0000-0000"}, MistypedRecoveryKey),
    ],
    ids=["wrong password", "unknown user", "mistyped recovery key"],
)
def test_a_failed_unlock_leaves_no_lock(
    vault_file: Path, attempt: dict[str, Any], error: type[LedgerError]
) -> None:
    with pytest.raises(error):
        Vault.open(vault_file, **attempt)
    assert folder_names(vault_file.parent) == [LEDGER_NAME]


def test_a_wrong_password_after_a_crash_leaves_the_folder_clean(
    vault_file: Path, dead_pid: int
) -> None:
    """The stale lock was taken over for the attempt and released with it."""
    write_lock(vault_file, host=socket.gethostname(), pid=dead_pid)
    with pytest.raises(WrongPassword):
        Vault.open(vault_file, username=SATO, password="wrong")
    assert folder_names(vault_file.parent) == [LEDGER_NAME]


def test_releasing_does_not_remove_a_lock_that_someone_else_took(
    vault_file: Path, open_vault: OpenVault
) -> None:
    vault, _ = open_vault(vault_file)
    content = write_lock(vault_file, host="RECEPTION-PC", pid=4242)
    vault.close()
    assert (vault_file.parent / LOCK_NAME).read_bytes() == content


def test_a_ledger_in_a_read_only_folder_explains_and_opens_read_only(
    vault_file: Path,
    open_vault: OpenVault,
    read_only_folder: Callable[[Path], Callable[[], None]],
    vault_template: Template,
) -> None:
    read_only_folder(vault_file.parent)
    with pytest.raises(LedgerError, match="Open it read-only instead"):
        open_vault(vault_file)
    assert folder_names(vault_file.parent) == [LEDGER_NAME]
    _, image = open_vault(vault_file, CLERK, read_only=True)
    assert image == vault_template.image
    assert read_header(vault_file).generation == vault_template.generation

"""Saving: round trips, generations, failures that leave the old file intact, no plaintext."""

from __future__ import annotations

import errno
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

import pytest

from desktop.vault import (
    FileChangedOnDisk,
    LedgerError,
    SaveFailed,
    Vault,
    atomic,
    fileformat,
    read_header,
)

from .conftest import (
    APP_VERSION,
    CLERK,
    CLIENT,
    LEDGER_NAME,
    LOCK_NAME,
    MANAGER,
    MANAGER_PASSWORD,
    SATO,
    OpenVault,
    Template,
    client_names,
    decrypt_file,
    folder_names,
    make_image,
)

RECOVERY_KEY_PATTERN = r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){13}"


# --- round trips and generations ---------------------------------------------------------


def test_a_new_ledger_opens_again_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "new folder" / LEDGER_NAME
    image = make_image(CLIENT, "Sato Ichiro")
    vault, recovery_key = Vault.create(
        path, MANAGER, MANAGER_PASSWORD, image, app_version=APP_VERSION
    )
    assert re.fullmatch(RECOVERY_KEY_PATTERN, recovery_key)
    assert vault.header.generation == 1
    assert read_header(path).generation == 1
    assert vault.header.usernames() == vault.usernames() == [MANAGER]
    assert folder_names(path.parent) == [LEDGER_NAME, LOCK_NAME]
    vault.close()
    assert folder_names(path.parent) == [LEDGER_NAME]

    reopened, loaded = Vault.open(path, username=MANAGER, password=MANAGER_PASSWORD)
    reopened.close()
    assert loaded == image
    assert client_names(loaded) == [CLIENT, "Sato Ichiro"]
    assert reopened.header.file_id == vault.header.file_id
    assert reopened.header.generation == 1
    assert reopened.app_version == APP_VERSION


def test_each_save_adds_one_to_the_generation(vault_file: Path, open_vault: OpenVault) -> None:
    vault, _ = open_vault(vault_file)
    start = vault.header.generation
    on_disk = []
    for number in range(3):
        vault.save(make_image(f"Client {number}"))
        on_disk.append(read_header(vault_file).generation)
    assert on_disk == [start + 1, start + 2, start + 3]
    assert vault.header.generation == start + 3
    vault.close()

    reopened, image = open_vault(vault_file, CLERK)
    assert client_names(image) == ["Client 2"]
    assert reopened.header.generation == start + 3
    assert reopened.header.file_id == vault.header.file_id
    assert reopened.header.usernames() == [MANAGER, CLERK, SATO]


def test_every_save_uses_a_fresh_salt_and_nonce(
    vault_file: Path, open_vault: OpenVault, vault_template: Template
) -> None:
    vault, image = open_vault(vault_file)
    saves = []
    for _ in range(3):
        vault.save(image)
        saves.append(vault_file.read_bytes())
    headers = [fileformat.parse(data)[0] for data in saves]
    assert len({header.body_nonce for header in headers}) == 3
    assert len({header.body_salt for header in headers}) == 3
    assert len({data[-len(image) :] for data in saves}) == 3
    assert [decrypt_file(data, vault_template.data_key) for data in saves] == [image] * 3


def test_the_header_records_when_and_by_which_version_it_was_saved(
    vault_file: Path, open_vault: OpenVault
) -> None:
    vault, image = open_vault(vault_file, app_version="2.0.0")
    created = vault.header.created
    vault.save(image)
    header = read_header(vault_file)
    assert header.app_version == "2.0.0"
    assert header.created == created
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", header.saved)


def test_create_does_not_overwrite_an_existing_file(vault_file: Path) -> None:
    before = vault_file.read_bytes()
    with pytest.raises(LedgerError, match="already exists; choose another name"):
        Vault.create(vault_file, "Intruder", "new password", make_image(), app_version="t")
    assert vault_file.read_bytes() == before
    assert folder_names(vault_file.parent) == [LEDGER_NAME]


def test_a_closed_vault_refuses_to_save(
    vault_file: Path, open_vault: OpenVault, peek: Callable[[Path], bytes]
) -> None:
    vault, image = open_vault(vault_file)
    vault.close()
    before = vault_file.read_bytes()
    with pytest.raises(LedgerError, match="closed; open it again"):
        vault.save(make_image("after close"))
    assert vault_file.read_bytes() == before
    loaded = peek(vault_file)
    assert loaded == image


# --- no plaintext ------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["UTF-8", "UTF-16le", "UTF-16be"])
def test_no_client_name_is_readable_in_the_saved_file(
    vault_file: Path, open_vault: OpenVault, encoding: str, peek: Callable[[Path], bytes]
) -> None:
    image = make_image(CLIENT, encoding=encoding)
    codec = encoding.lower().replace("le", "-le").replace("be", "-be")
    assert CLIENT.encode(codec) in image  # the name is there to find in the image
    vault, _ = open_vault(vault_file)
    vault.save(image)
    data = vault_file.read_bytes()
    for text in (CLIENT, "Yamada Hanako", "山田花子"):
        for plain in ("utf-8", "utf-16-le", "utf-16-be"):
            assert text.encode(plain) not in data, (text, plain)
    assert b"SQLite format 3" not in data
    loaded = peek(vault_file)
    assert client_names(loaded) == [CLIENT]


def test_the_newly_created_file_has_no_plaintext(vault_template: Template) -> None:
    assert CLIENT in client_names(vault_template.image)
    data = vault_template.path.read_bytes()
    for plain in ("utf-8", "utf-16-le", "utf-16-be"):
        assert CLIENT.encode(plain) not in data
        assert "山田花子".encode(plain) not in data


# --- failures while saving ---------------------------------------------------------------


class _FailingHandle:
    """A real temp file that fills up halfway through the write, as a full disk does."""

    def __init__(self, real: BinaryIO) -> None:
        self._real = real

    def write(self, data: bytes) -> int:
        self._real.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def flush(self) -> None:
        self._real.flush()

    def fileno(self) -> int:
        return self._real.fileno()

    def __enter__(self) -> _FailingHandle:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._real.close()


class Fault:
    """A fault that can be switched off again, as when the person frees space and retries."""

    def __init__(self) -> None:
        self.active = True
        self.hits = 0

    def fires(self) -> bool:
        if self.active:
            self.hits += 1
        return self.active


def _disk_full(monkeypatch: pytest.MonkeyPatch, fault: Fault, folder: Path) -> None:
    real_open_temp = atomic.open_private

    def open_temp(temp: Path) -> Any:
        handle = real_open_temp(temp)
        return _FailingHandle(handle) if fault.fires() else handle

    monkeypatch.setattr(atomic, "open_private", open_temp)


def _fsync_fails(monkeypatch: pytest.MonkeyPatch, fault: Fault, folder: Path) -> None:
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if fault.fires():
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)  # as atomic calls it


def _replace_fails(monkeypatch: pytest.MonkeyPatch, fault: Fault, folder: Path) -> None:
    real_replace = os.replace

    def replace_file(source: Any, target: Any) -> None:
        if Path(target).parent == folder and fault.fires():
            raise OSError(errno.EXDEV, os.strerror(errno.EXDEV))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace_file)  # as atomic calls it


def _folder_gone_for_temp(monkeypatch: pytest.MonkeyPatch, fault: Fault, folder: Path) -> None:
    real_open_temp = atomic.open_private

    def open_temp(temp: Path) -> Any:
        if fault.fires():
            raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(temp))
        return real_open_temp(temp)

    monkeypatch.setattr(atomic, "open_private", open_temp)


class _ShortHandle(_FailingHandle):
    """A write that silently stores only half and says so in its return value."""

    def write(self, data: bytes) -> int:
        return int(self._real.write(bytes(data)[: len(data) // 2]))


def _short_write(monkeypatch: pytest.MonkeyPatch, fault: Fault, folder: Path) -> None:
    real_open_temp = atomic.open_private

    def open_temp(temp: Path) -> Any:
        handle = real_open_temp(temp)
        return _ShortHandle(handle) if fault.fires() else handle

    monkeypatch.setattr(atomic, "open_private", open_temp)


def _read_only_medium(monkeypatch: pytest.MonkeyPatch, fault: Fault, folder: Path) -> None:
    real_open_temp = atomic.open_private

    def open_temp(temp: Path) -> Any:
        if fault.fires():
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(temp))
        return real_open_temp(temp)

    monkeypatch.setattr(atomic, "open_private", open_temp)


SAVE_FAULTS: dict[str, tuple[Callable[[pytest.MonkeyPatch, Fault, Path], None], str]] = {
    "short write": (_short_write, "could not be written"),
    "read-only medium": (_read_only_medium, "read-only disk"),
    "disk full": (_disk_full, "is full"),
    "fsync fails": (_fsync_fails, os.strerror(errno.EIO)),
    "replace fails": (_replace_fails, os.strerror(errno.EXDEV)),
    "drive removed": (_folder_gone_for_temp, "is no longer there"),
}


def _assert_save_failed_cleanly(
    error: SaveFailed, expected: str, vault_file: Path, before: bytes, vault: Vault, generation: int
) -> None:
    message = str(error)
    assert expected in message
    assert str(vault_file.parent) in message
    assert "previous file was left as it was" in message
    assert vault_file.read_bytes() == before
    assert folder_names(vault_file.parent) == [LEDGER_NAME, LOCK_NAME]  # no temp file left
    assert vault.header.generation == generation


@pytest.mark.parametrize("fault_name", list(SAVE_FAULTS))
def test_a_failed_save_leaves_the_old_file_and_a_later_save_works(
    vault_file: Path,
    open_vault: OpenVault,
    monkeypatch: pytest.MonkeyPatch,
    fault_name: str,
    peek: Callable[[Path], bytes],
) -> None:
    install, expected = SAVE_FAULTS[fault_name]
    vault, old_image = open_vault(vault_file)
    generation = vault.header.generation
    before = vault_file.read_bytes()
    fault = Fault()
    install(monkeypatch, fault, vault_file.parent)
    new_image = make_image("A client added while the disk was failing")

    with pytest.raises(SaveFailed) as info:
        vault.save(new_image)
    assert fault.hits == 1
    _assert_save_failed_cleanly(info.value, expected, vault_file, before, vault, generation)
    loaded = peek(vault_file)
    assert loaded == old_image

    fault.active = False
    vault.save(new_image)
    assert read_header(vault_file).generation == generation + 1
    assert folder_names(vault_file.parent) == [LEDGER_NAME, LOCK_NAME]
    loaded = peek(vault_file)
    assert loaded == new_image


def test_a_save_into_a_read_only_folder_fails_cleanly(
    vault_file: Path,
    open_vault: OpenVault,
    read_only_folder: Callable[[Path], Callable[[], None]],
    peek: Callable[[Path], bytes],
) -> None:
    vault, old_image = open_vault(vault_file)
    generation = vault.header.generation
    before = vault_file.read_bytes()
    make_writable = read_only_folder(vault_file.parent)

    with pytest.raises(SaveFailed) as info:
        vault.save(make_image("new client"))
    _assert_save_failed_cleanly(
        info.value, "may not write to", vault_file, before, vault, generation
    )
    loaded = peek(vault_file)
    assert loaded == old_image

    make_writable()
    vault.save(make_image("new client"))
    assert read_header(vault_file).generation == generation + 1
    assert folder_names(vault_file.parent) == [LEDGER_NAME, LOCK_NAME]


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "The disk holding {folder} is full."),
        (
            OSError(getattr(errno, "EDQUOT", 122), "Disk quota exceeded"),
            "The disk holding {folder} is full.",
        ),
        (OSError(errno.EROFS, "Read-only file system"), "{folder} is on a read-only disk."),
        (PermissionError(errno.EACCES, "Permission denied"), "may not write to {folder}"),
        (FileNotFoundError(errno.ENOENT, "No such file"), "{folder} is no longer there"),
        (OSError(errno.EIO, "Input/output error"), "written to {folder}: Input/output error."),
    ],
    ids=["disk full", "quota used up", "read-only disk", "no permission", "folder gone", "other"],
)
def test_each_write_failure_is_described_in_plain_words(
    tmp_path: Path, error: OSError, expected: str
) -> None:
    path = tmp_path / LEDGER_NAME
    assert expected.format(folder=tmp_path) in atomic.describe_os_error(error, path)


# --- a busy file (antivirus, sync clients) -----------------------------------------------


def _busy_replace(monkeypatch: pytest.MonkeyPatch, target: Path, busy_times: float) -> list[Path]:
    """os.replace onto ``target`` reports the file busy ``busy_times`` times; returns calls."""
    real_replace = os.replace
    calls: list[Path] = []

    def replace_file(source: Any, destination: Any) -> None:
        if Path(destination) == target:
            calls.append(Path(source))
            if len(calls) <= busy_times:
                raise PermissionError(errno.EACCES, "The file is being used by another process")
        real_replace(source, destination)

    monkeypatch.setattr(os, "replace", replace_file)  # as atomic calls it
    return calls


def test_a_briefly_busy_file_is_saved_after_retrying(
    vault_file: Path,
    open_vault: OpenVault,
    monkeypatch: pytest.MonkeyPatch,
    vault_template: Template,
) -> None:
    sleeps: list[float] = []
    monkeypatch.setattr(atomic, "_sleep", sleeps.append)
    calls = _busy_replace(monkeypatch, vault_file, busy_times=3)
    vault, _ = open_vault(vault_file)
    generation = vault.header.generation

    vault.save(make_image("saved despite the scanner"))

    assert len(calls) == 4
    assert sleeps == [0.05, 0.1, 0.2]
    assert read_header(vault_file).generation == generation + 1
    assert client_names(decrypt_file(vault_file.read_bytes(), vault_template.data_key)) == [
        "saved despite the scanner"
    ]
    assert folder_names(vault_file.parent) == [LEDGER_NAME, LOCK_NAME]


def test_a_file_that_stays_busy_fails_after_the_retry_window(
    vault_file: Path,
    open_vault: OpenVault,
    monkeypatch: pytest.MonkeyPatch,
    peek: Callable[[Path], bytes],
) -> None:
    monkeypatch.setattr(atomic, "REPLACE_RETRY_SECONDS", 0.01)
    monkeypatch.setattr(atomic, "_sleep", lambda seconds: None)
    calls = _busy_replace(monkeypatch, vault_file, busy_times=float("inf"))
    vault, old_image = open_vault(vault_file)
    generation = vault.header.generation
    before = vault_file.read_bytes()

    with pytest.raises(SaveFailed) as info:
        vault.save(make_image("never written"))

    assert len(calls) > 1  # it did retry
    _assert_save_failed_cleanly(
        info.value, "keeps the file busy", vault_file, before, vault, generation
    )
    loaded = peek(vault_file)
    assert loaded == old_image


# --- another program wrote the file ------------------------------------------------------


def test_a_save_made_elsewhere_is_not_overwritten(
    vault_file: Path,
    open_vault: OpenVault,
    tmp_path_factory: pytest.TempPathFactory,
    peek: Callable[[Path], bytes],
) -> None:
    """Two PCs open copies; a sync client brings the other PC's save back."""
    vault, _ = open_vault(vault_file)
    elsewhere = tmp_path_factory.mktemp("other-pc") / LEDGER_NAME
    shutil.copyfile(vault_file, elsewhere)
    other, _ = open_vault(elsewhere, CLERK)
    other.save(make_image("saved on the other PC"))
    other.close()
    shutil.copyfile(elsewhere, vault_file)
    outside = vault_file.read_bytes()

    with pytest.raises(FileChangedOnDisk) as info:
        vault.save(make_image("saved here"))

    assert isinstance(info.value, SaveFailed)
    assert "changed by another program since it was opened" in str(info.value)
    assert "not overwritten" in str(info.value)
    assert vault_file.read_bytes() == outside
    assert folder_names(vault_file.parent) == [LEDGER_NAME, LOCK_NAME]
    loaded = peek(vault_file)
    assert client_names(loaded) == ["saved on the other PC"]


def _newer_generation(data: bytes, data_key: bytes) -> bytes:
    header = fileformat.parse(data)[0]
    newer = replace(header, generation=header.generation + 1)
    return fileformat.encode(newer, data_key, make_image("outside"))


def _another_ledger(data: bytes, data_key: bytes) -> bytes:
    header = fileformat.parse(data)[0]
    return fileformat.encode(replace(header, file_id="0" * 32), data_key, make_image("other"))


OUTSIDE_WRITES: dict[str, Callable[[bytes, bytes], bytes]] = {
    "a newer generation": _newer_generation,
    "another ledger copied over it": _another_ledger,
    "an older copy restored over it": lambda data, key: _older(data, key),
    "not a ledger any more": lambda data, key: b"conflicted copy",
    "cut short": lambda data, key: data[:100],
}


def _older(data: bytes, data_key: bytes) -> bytes:
    header = fileformat.parse(data)[0]
    return fileformat.encode(replace(header, generation=header.generation - 1), data_key, b"old")


@pytest.mark.parametrize("write", list(OUTSIDE_WRITES.values()), ids=list(OUTSIDE_WRITES))
def test_a_file_changed_by_another_program_is_left_alone(
    vault_file: Path,
    open_vault: OpenVault,
    vault_template: Template,
    write: Callable[[bytes, bytes], bytes],
) -> None:
    vault, _ = open_vault(vault_file)
    generation = vault.header.generation
    outside = write(vault_file.read_bytes(), vault_template.data_key)
    vault_file.write_bytes(outside)

    with pytest.raises(FileChangedOnDisk, match="changed by another program"):
        vault.save(make_image("mine"))

    assert vault_file.read_bytes() == outside
    assert vault.header.generation == generation
    assert folder_names(vault_file.parent) == [LEDGER_NAME, LOCK_NAME]


def test_a_file_removed_meanwhile_is_written_anew(
    vault_file: Path, open_vault: OpenVault, vault_template: Template
) -> None:
    vault, _ = open_vault(vault_file)
    vault_file.unlink()
    vault.save(make_image("still here"))
    assert client_names(decrypt_file(vault_file.read_bytes(), vault_template.data_key)) == [
        "still here"
    ]


# --- save as and copies ------------------------------------------------------------------


def test_save_as_after_a_failed_save_continues_in_the_new_place(
    vault_file: Path,
    open_vault: OpenVault,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    vault, _ = open_vault(vault_file)
    generation = vault.header.generation
    before = vault_file.read_bytes()
    fault = Fault()
    _replace_fails(monkeypatch, fault, vault_file.parent)
    image = make_image("kept in memory")
    with pytest.raises(SaveFailed):
        vault.save(image)

    usb = tmp_path_factory.mktemp("usb") / "office on usb.pldb"
    vault.save_as(usb, image)

    assert vault.path == usb
    assert vault_file.read_bytes() == before
    assert folder_names(vault_file.parent) == [LEDGER_NAME]  # old lock released
    assert folder_names(usb.parent) == [usb.name, usb.name + ".lock"]
    assert read_header(usb).generation == generation + 1
    vault.save(make_image("next change"))
    assert read_header(usb).generation == generation + 2
    assert vault_file.read_bytes() == before
    vault.close()

    _, loaded = open_vault(usb, CLERK)
    assert client_names(loaded) == ["next change"]


def test_save_as_onto_an_existing_file_changes_nothing(
    vault_file: Path, open_vault: OpenVault, tmp_path: Path
) -> None:
    other = tmp_path / "other.pldb"
    other.write_bytes(b"someone else's file")
    vault, image = open_vault(vault_file)
    before = vault_file.read_bytes()
    with pytest.raises(SaveFailed, match="already exists"):
        vault.save_as(other, image)
    assert other.read_bytes() == b"someone else's file"
    assert vault_file.read_bytes() == before
    assert vault.path == vault_file
    vault.save(make_image("still saves in the usual place"))
    assert read_header(vault_file).generation == vault.header.generation
    assert folder_names(tmp_path) == [LEDGER_NAME, LOCK_NAME, "other.pldb"]


def test_a_copy_is_the_encrypted_file_as_last_saved(
    vault_file: Path, open_vault: OpenVault, tmp_path: Path
) -> None:
    vault, _ = open_vault(vault_file)
    vault.save(make_image("backed up"))
    target = tmp_path / "backups" / "2024" / "office-2024-04-01.pldb"
    vault.copy_to(target)
    assert target.read_bytes() == vault_file.read_bytes()
    assert folder_names(target.parent) == [target.name]


def test_a_failed_copy_says_so_and_leaves_no_part_file(
    vault_file: Path, open_vault: OpenVault, tmp_path: Path
) -> None:
    vault, _ = open_vault(vault_file)
    blocker = tmp_path / "backups"
    blocker.mkdir()
    (blocker / "copy.pldb").mkdir()  # a folder where the copy should go
    with pytest.raises(SaveFailed, match=r"could not be written|may not write"):
        vault.copy_to(blocker / "copy.pldb")
    assert folder_names(blocker) == ["copy.pldb"]
    assert folder_names(blocker / "copy.pldb") == []


def test_temp_files_left_by_a_killed_save_are_removed_at_the_next_open(
    vault_file: Path, open_vault: OpenVault
) -> None:
    leftover = vault_file.with_name(f".{vault_file.name}.0badf00d.tmp")
    leftover.write_bytes(b"half a save")
    other = vault_file.with_name(".another.pldb.0badf00d.tmp")
    other.write_bytes(b"belongs to another ledger")

    vault, _ = open_vault(vault_file, read_only=True)
    assert leftover.exists(), "a read-only opener holds no lock and must not clean up"
    vault.close()
    vault, _ = open_vault(vault_file)

    assert not leftover.exists()
    assert other.read_bytes() == b"belongs to another ledger"
    vault.close()

"""The file container: every damaged, cut, extended or forged file is refused as CorruptFile.

A person who opens a damaged file must see "damaged, restore the latest backup",
never a traceback and never "wrong password"; a forged header must never open.
"""

from __future__ import annotations

import base64
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import pytest

from desktop.vault import CorruptFile, LedgerError, Vault, WrongPassword, fileformat, read_header
from desktop.vault.errors import EXIT_CORRUPT

from .conftest import (
    CLERK,
    LEDGER_NAME,
    MANAGER,
    MANAGER_PASSWORD,
    Template,
    flip,
    folder_names,
    header_json,
    make_image,
    rewrite_header,
    sections,
    with_header_bytes,
)

NOT_A_LEDGER = CorruptFile.NOT_A_LEDGER
UNKNOWN_VERSION = CorruptFile.UNKNOWN_VERSION
DAMAGED_HEADER = CorruptFile.DAMAGED_HEADER
DAMAGED_BODY = CorruptFile.DAMAGED_BODY
TRUNCATED = CorruptFile.TRUNCATED

#: What a person reads for each reason.
MESSAGE_FOR_REASON = {
    NOT_A_LEDGER: "This file is not a Privacy Ledger file.",
    UNKNOWN_VERSION: "written by a newer version of Privacy Ledger",
    DAMAGED_HEADER: "damaged or was changed outside Privacy Ledger (damaged header)",
    DAMAGED_BODY: "damaged or was changed outside Privacy Ledger (damaged body)",
    TRUNCATED: "damaged or was changed outside Privacy Ledger (truncated)",
}


@pytest.fixture
def no_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files refused before the password is tried must not cost (or risk) a derivation."""

    def refuse(*args: object) -> NoReturn:
        raise AssertionError("key derivation ran for a file that should have been refused")

    monkeypatch.setattr("desktop.vault.kdf.derive", refuse)


def open_damaged(path: Path) -> CorruptFile:
    """Open with the right password; return the CorruptFile (anything else fails the test)."""
    with pytest.raises(CorruptFile) as info:
        Vault.open(path, username=MANAGER, password=MANAGER_PASSWORD)
    error = info.value
    assert MESSAGE_FOR_REASON[error.reason] in str(error)
    assert error.exit_code == EXIT_CORRUPT
    return error


# --- the intact file ---------------------------------------------------------------------


def test_the_session_ledger_follows_the_documented_layout(vault_template: Template) -> None:
    data = vault_template.path.read_bytes()
    parts = sections(data)
    assert data[:4] == b"PLDB"
    assert int.from_bytes(data[4:6], "little") == 1
    header = header_json(data)
    assert header["file_id"] == vault_template.file_id
    assert header["generation"] == vault_template.generation
    assert header["body"]["length"] == len(parts["body"]) == len(vault_template.image) + 16
    assert read_header(vault_template.path).usernames() == [MANAGER, CLERK, "佐藤"]
    assert fileformat.parse(data)[0] == read_header(vault_template.path)


# --- single-byte flips -------------------------------------------------------------------

#: The reasons a flip in each part of the clear-text prefix may honestly give.
PREFIX_REGIONS = {
    "magic": {NOT_A_LEDGER},
    "version": {UNKNOWN_VERSION, DAMAGED_HEADER},
    "length": {DAMAGED_HEADER, TRUNCATED},
    "header": {DAMAGED_HEADER},
    "digest": {DAMAGED_HEADER},
}
MASKS = [0xFF, 0x01]
PREFIX_MASKS = [0xFF, *(1 << bit for bit in range(8))]


@pytest.mark.usefixtures("no_key_derivation")
@pytest.mark.parametrize("mask", PREFIX_MASKS, ids=lambda mask: f"xor{mask:02x}")
@pytest.mark.parametrize("region", list(PREFIX_REGIONS))
def test_every_flipped_prefix_byte_is_refused_before_the_password_is_tried(
    vault_template: Template, tmp_path: Path, region: str, mask: int
) -> None:
    data = vault_template.path.read_bytes()
    target = tmp_path / LEDGER_NAME
    target.write_bytes(data)
    offsets = sections(data)[region]
    wrong: list[tuple[int, str]] = []
    with target.open("r+b") as handle:  # flip one byte in place, open, put it back
        for offset in offsets:
            handle.seek(offset)
            handle.write(bytes([data[offset] ^ mask]))
            handle.flush()
            reason = open_damaged(target).reason
            if reason not in PREFIX_REGIONS[region]:
                wrong.append((offset, reason))
            handle.seek(offset)
            handle.write(data[offset : offset + 1])
            handle.flush()
    assert target.read_bytes() == data
    assert len(offsets) > 0
    assert wrong == []
    assert folder_names(tmp_path) == [LEDGER_NAME]  # no lock left behind


@pytest.mark.parametrize("mask", MASKS, ids=lambda mask: f"xor{mask:02x}")
def test_every_flipped_body_byte_is_refused_as_a_damaged_body(
    vault_template: Template, mask: int
) -> None:
    data = vault_template.path.read_bytes()
    # With the right key the intact body opens, so only the flip can make it fail.
    header, prefix, body = fileformat.parse(data)
    assert (
        fileformat.decrypt_body(header, prefix, body, vault_template.data_key)
        == vault_template.image
    )
    not_refused: list[tuple[int, str]] = []
    for offset in sections(data)["body"]:
        damaged = flip(data, offset, mask)
        try:
            header, prefix, body = fileformat.parse(damaged)
            fileformat.decrypt_body(header, prefix, body, vault_template.data_key)
        except CorruptFile as error:
            if error.reason != DAMAGED_BODY:
                not_refused.append((offset, error.reason))
        else:
            not_refused.append((offset, "accepted"))
    assert not_refused == []


def test_flipped_files_are_refused_by_the_full_open(
    vault_template: Template, tmp_path: Path
) -> None:
    data = vault_template.path.read_bytes()
    parts = sections(data)
    rng = random.Random(4711)
    body = parts["body"]
    offsets = [
        *(rng.choice(parts[name]) for name in PREFIX_REGIONS),
        body.start,  # first byte of the ciphertext
        body.stop - 1,  # last byte of the authentication tag
        *rng.sample(body, 20),
    ]
    target = tmp_path / LEDGER_NAME
    reasons = []
    for offset in offsets:
        target.write_bytes(flip(data, offset, rng.randrange(1, 256)))
        reasons.append(open_damaged(target).reason)
        assert folder_names(tmp_path) == [LEDGER_NAME]
    assert reasons[len(PREFIX_REGIONS) :] == [DAMAGED_BODY] * 22


# --- cut, extended, foreign files --------------------------------------------------------

CUTS: dict[str, Callable[[dict[str, range]], int]] = {
    "empty file": lambda p: 0,
    "inside the magic": lambda p: 3,
    "after the magic": lambda p: 4,
    "after the version": lambda p: 6,
    "after the header length": lambda p: 10,
    "inside the header": lambda p: p["header"].start + len(p["header"]) // 2,
    "after the header": lambda p: p["header"].stop,
    "inside the digest": lambda p: p["digest"].start + 16,
    "after the digest": lambda p: p["digest"].stop,
    "inside the body": lambda p: p["body"].start + len(p["body"]) // 2,
    "inside the tag": lambda p: p["body"].stop - 8,
    "one byte short": lambda p: p["body"].stop - 1,
}


@pytest.mark.usefixtures("no_key_derivation")
@pytest.mark.parametrize("cut", list(CUTS))
def test_a_cut_file_is_refused_as_truncated(vault_file: Path, cut: str) -> None:
    data = vault_file.read_bytes()
    length = CUTS[cut](sections(data))
    vault_file.write_bytes(data[:length])
    expected = NOT_A_LEDGER if length < 4 else TRUNCATED
    assert open_damaged(vault_file).reason == expected
    assert folder_names(vault_file.parent) == [LEDGER_NAME]


@pytest.mark.usefixtures("no_key_derivation")
def test_a_file_cut_at_random_points_is_refused(vault_file: Path) -> None:
    data = vault_file.read_bytes()
    rng = random.Random(1234)
    for length in rng.sample(range(len(data)), 60):
        vault_file.write_bytes(data[:length])
        assert open_damaged(vault_file).reason in {NOT_A_LEDGER, TRUNCATED}, length


@pytest.mark.usefixtures("no_key_derivation")
@pytest.mark.parametrize(
    "extra",
    [b"\x00", b"\n", bytes(16), b"PLDB"],
    ids=["zero byte", "newline", "sixteen zeros", "magic again"],
)
def test_bytes_appended_to_a_file_are_refused(vault_file: Path, extra: bytes) -> None:
    vault_file.write_bytes(vault_file.read_bytes() + extra)
    error = open_damaged(vault_file)
    assert error.reason == DAMAGED_BODY
    assert "extra bytes at the end" in str(error)


@pytest.mark.usefixtures("no_key_derivation")
def test_a_file_appended_to_itself_is_refused(vault_file: Path) -> None:
    data = vault_file.read_bytes()
    vault_file.write_bytes(data + data)
    assert open_damaged(vault_file).reason == DAMAGED_BODY


FOREIGN_FILES = {
    "empty": b"",
    "random bytes": random.Random(7).randbytes(20_000),
    "a text file": "氏名,住所\nYamada Hanako,Tokyo\n".encode(),
    "an unencrypted SQLite database": make_image("Yamada Hanako"),
    "a PDF": b"%PDF-1.7\n" + bytes(100),
}


@pytest.mark.usefixtures("no_key_derivation")
@pytest.mark.parametrize("content", list(FOREIGN_FILES.values()), ids=list(FOREIGN_FILES))
def test_a_file_that_is_not_a_ledger_says_so(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / LEDGER_NAME
    path.write_bytes(content)
    assert open_damaged(path).reason == NOT_A_LEDGER
    with pytest.raises(CorruptFile):
        read_header(path)


@pytest.mark.usefixtures("no_key_derivation")
def test_random_bytes_behind_the_magic_are_refused(tmp_path: Path) -> None:
    path = tmp_path / LEDGER_NAME
    rng = random.Random(99)
    for _ in range(30):
        path.write_bytes(b"PLDB" + rng.randbytes(rng.randrange(0, 5000)))
        assert open_damaged(path).reason in {UNKNOWN_VERSION, DAMAGED_HEADER, TRUNCATED}


def test_a_missing_file_or_a_folder_is_named_in_the_message(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.pldb"
    with pytest.raises(LedgerError, match="There is no ledger file at") as info:
        Vault.open(missing, username=MANAGER, password=MANAGER_PASSWORD)
    assert str(missing) in str(info.value)
    folder = tmp_path / "folder.pldb"
    folder.mkdir()
    with pytest.raises(LedgerError, match="is a folder, not a ledger file"):
        Vault.open(folder, username=MANAGER, password=MANAGER_PASSWORD)


# --- versions ----------------------------------------------------------------------------


@pytest.mark.usefixtures("no_key_derivation")
@pytest.mark.parametrize("version", [2, 3, 0xFFFF])
def test_a_file_from_a_newer_program_asks_for_the_newer_version(
    vault_file: Path, version: int
) -> None:
    data = vault_file.read_bytes()
    part = sections(data)["header"]
    vault_file.write_bytes(with_header_bytes(data, data[part.start : part.stop], version=version))
    error = open_damaged(vault_file)
    assert error.reason == "unknown version"
    assert "newer version" in str(error)
    assert "install the newer version" in str(error)
    with pytest.raises(CorruptFile) as info:
        read_header(vault_file)
    assert info.value.reason == UNKNOWN_VERSION


@pytest.mark.usefixtures("no_key_derivation")
def test_version_zero_is_a_damaged_header_not_a_newer_program(vault_file: Path) -> None:
    data = vault_file.read_bytes()
    part = sections(data)["header"]
    vault_file.write_bytes(with_header_bytes(data, data[part.start : part.stop], version=0))
    assert open_damaged(vault_file).reason == DAMAGED_HEADER


# --- forged headers (digest recomputed) --------------------------------------------------


def _set(path: str, value: Any) -> Any:
    """An edit that sets ``a.b.c`` (numbers index lists) in the header."""

    def edit(header: Any) -> None:
        *parents, last = [int(key) if key.isdigit() else key for key in path.split(".")]
        node = header
        for key in parents:
            node = node[key]
        node[last] = value

    return edit


def _delete(key: str) -> Any:
    def edit(header: Any) -> None:
        del header[key]

    return edit


MALFORMED_HEADERS = {
    "generation is text": _set("generation", "many"),
    "generation is infinite": _set("generation", float("inf")),
    "generation is a list": _set("generation", [1]),
    "file id missing": _delete("file_id"),
    "unknown cipher": _set("cipher", "ChaCha20-Poly1305"),
    "body nonce too short": _set("body.nonce", base64.b64encode(bytes(8)).decode()),
    "body nonce not base64": _set("body.nonce", "!!not base64!!"),
    "body nonce not ASCII": _set("body.nonce", "ノンス"),
    "body length below a tag": _set("body.length", 3),
    "slots not a list": _set("slots", 5),
    "slots a list of numbers": _set("slots", [1, 2]),
    "slot of unknown kind": _set("slots.0.kind", "admin"),
    "user slot without key parameters": _set("slots.0.kdf", None),
    "key parameters infinite": _set("slots.0.kdf.memory_kib", float("inf")),
    "key parameters text": _set("slots.0.kdf.iterations", "two"),
    "public key too short": _set("slots.0.public_key", base64.b64encode(bytes(31)).decode()),
    "private key cut short": _set(
        "slots.0.private_key.ciphertext", base64.b64encode(bytes(32)).decode()
    ),
    "header is a list": lambda header: [header],
    "header is a string": lambda header: "PLDB",
}


@pytest.mark.usefixtures("no_key_derivation")
@pytest.mark.parametrize("edit", list(MALFORMED_HEADERS.values()), ids=list(MALFORMED_HEADERS))
def test_a_malformed_header_with_a_fixed_digest_is_refused(vault_file: Path, edit: Any) -> None:
    forged = rewrite_header(vault_file.read_bytes(), edit)
    assert forged != vault_file.read_bytes()
    vault_file.write_bytes(forged)
    assert open_damaged(vault_file).reason == DAMAGED_HEADER
    assert folder_names(vault_file.parent) == [LEDGER_NAME]


RAW_HEADERS = {
    "not JSON": b"{",
    "empty": b"",
    "invalid UTF-8": b'{"file_id": "\xff\xfe"}',
    "deeply nested": b"[" * 100_000 + b"]" * 100_000,
    "an empty object": b"{}",
    "null": b"null",
}


@pytest.mark.usefixtures("no_key_derivation")
@pytest.mark.parametrize("raw", list(RAW_HEADERS.values()), ids=list(RAW_HEADERS))
def test_a_header_that_is_not_a_header_is_refused(vault_file: Path, raw: bytes) -> None:
    vault_file.write_bytes(with_header_bytes(vault_file.read_bytes(), raw))
    assert open_damaged(vault_file).reason == DAMAGED_HEADER


def _rename_other_user(header: Any) -> None:
    for slot in header["slots"]:
        if slot["username"] == CLERK:
            slot["username"] = "Boss"


def _drop_other_user(header: Any) -> None:
    header["slots"] = [slot for slot in header["slots"] if slot["username"] != CLERK]


def _reorder_slots(header: Any) -> None:
    header["slots"].reverse()


EDITED_HEADERS = {
    "generation raised": _set("generation", 99),
    "save time changed": _set("saved", "2030-01-01T00:00:00+00:00"),
    "app version changed": _set("app_version", "9.9"),
    "another user renamed": _rename_other_user,
    "another user removed": _drop_other_user,
    "slots reordered": _reorder_slots,
}


@pytest.mark.parametrize("edit", list(EDITED_HEADERS.values()), ids=list(EDITED_HEADERS))
def test_a_well_formed_edit_with_a_fixed_digest_is_caught_by_the_body_tag(
    vault_file: Path, edit: Any
) -> None:
    forged = rewrite_header(vault_file.read_bytes(), edit)
    vault_file.write_bytes(forged)
    fileformat.parse(forged)  # the forgery passes every clear-text check...
    error = open_damaged(vault_file)  # ...and the correct password still does not open it
    assert error.reason == DAMAGED_BODY
    assert folder_names(vault_file.parent) == [LEDGER_NAME]


def test_a_changed_key_id_is_never_accepted(vault_file: Path) -> None:
    vault_file.write_bytes(rewrite_header(vault_file.read_bytes(), _set("key_id", "0" * 16)))
    with pytest.raises((WrongPassword, CorruptFile)):
        Vault.open(vault_file, username=MANAGER, password=MANAGER_PASSWORD)
    assert folder_names(vault_file.parent) == [LEDGER_NAME]


def test_a_reformatted_header_is_refused(vault_file: Path) -> None:
    """Same content, other bytes: the body tag covers the exact prefix."""
    data = vault_file.read_bytes()
    reformatted = json.dumps(header_json(data), indent=2, sort_keys=True).encode()
    vault_file.write_bytes(with_header_bytes(data, reformatted))
    assert fileformat.parse(vault_file.read_bytes())[0] == fileformat.parse(data)[0]
    assert open_damaged(vault_file).reason == DAMAGED_BODY

"""The ``*.pldb`` container: magic, version, header JSON, header digest, encrypted body.

Layout (version 1)::

    "PLDB" | version u16 LE | header length u32 LE | header (UTF-8 JSON)
    | SHA-256 of all before | body (AES-256-GCM, associated data = all before)

The digest tells a damaged file from a wrong password; the body's tag covers
the whole prefix, so any changed, missing or extra byte is refused.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import json
import os
import stat
import struct
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import QT_TRANSLATE_NOOP, CorruptFile, NotARegularFile, Phrase
from .kdf import KdfParams
from .slots import KeySlot, hkdf32

MAGIC = b"PLDB"
FORMAT_VERSION = 1
CIPHER = "AES-256-GCM"
_PREFIX = struct.Struct("<4sHI")
DIGEST_BYTES = 32
TAG_BYTES = 16
MAX_HEADER_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class Header:
    """The clear-text, authenticated part of a ledger file."""

    file_id: str
    generation: int
    created: str
    saved: str
    app_version: str
    key_id: str
    body_salt: bytes
    body_nonce: bytes
    body_length: int
    slots: tuple[KeySlot, ...]
    #: the key-derivation parameters the user slots were made with, as recorded at the last
    #: save; a slot whose parameters are not among them was edited (None: an older file)
    calibration: tuple[KdfParams, ...] | None = None

    def usernames(self) -> list[str]:
        return [slot.username for slot in self.slots if slot.kind == "user"]

    def to_json(self) -> dict[str, Any]:
        return {
            "file_id": self.file_id,
            "generation": self.generation,
            "created": self.created,
            "saved": self.saved,
            "app_version": self.app_version,
            "cipher": CIPHER,
            "key_id": self.key_id,
            "body": {
                "salt": base64.b64encode(self.body_salt).decode(),
                "nonce": base64.b64encode(self.body_nonce).decode(),
                "length": self.body_length,
            },
            "slots": [slot.to_json() for slot in self.slots],
            "kdf_calibration": [params.to_json() for params in calibration_of(self.slots)],
        }

    @classmethod
    def from_json(cls, data: Any) -> Header:
        try:
            if data["cipher"] != CIPHER:
                raise ValueError("unknown cipher")
            body = data["body"]
            header = cls(
                file_id=str(data["file_id"]),
                generation=int(data["generation"]),
                created=str(data["created"]),
                saved=str(data["saved"]),
                app_version=str(data["app_version"]),
                key_id=str(data["key_id"]),
                body_salt=base64.b64decode(body["salt"], validate=True),
                body_nonce=base64.b64decode(body["nonce"], validate=True),
                body_length=int(body["length"]),
                slots=tuple(KeySlot.from_json(slot) for slot in data["slots"]),
                calibration=(
                    tuple(KdfParams.from_json(p) for p in data["kdf_calibration"])
                    if "kdf_calibration" in data
                    else None
                ),
            )
        except CorruptFile:
            raise
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            raise CorruptFile(CorruptFile.DAMAGED_HEADER) from exc
        if len(header.body_nonce) != 12 or header.body_length < TAG_BYTES:
            raise CorruptFile(CorruptFile.DAMAGED_HEADER)
        return header


def calibration_of(slot_list: tuple[KeySlot, ...]) -> list[KdfParams]:
    """The distinct key-derivation parameters of the user slots, in a stable order."""
    found = {slot.kdf_params for slot in slot_list if slot.kdf_params is not None}
    return sorted(found, key=lambda p: (p.memory_kib, p.iterations, p.lanes))


def key_id(data_key: bytes) -> str:
    """A short public fingerprint of the data key, to tell an outdated slot from damage."""
    return hkdf32(data_key, b"", b"privacy-ledger v1 key id")[:8].hex()


def encode(header: Header, data_key: bytes, image: bytes) -> bytes:
    """The complete file bytes for ``image`` under ``header`` (body fields filled in here)."""
    buffer = bytearray()
    view, _ = encode_into(buffer, header, data_key, image)
    with view:
        return bytes(view)


def encode_into(
    buffer: bytearray, header: Header, data_key: bytes, image: bytes
) -> tuple[memoryview, Header]:
    """Write the file for ``image`` into ``buffer`` (grown when too small); no other copy.

    Returns a view of the written bytes (release it before the buffer is used again)
    and the header as written. The body is encrypted straight into the buffer after
    the prefix (``AESGCM.encrypt_into``), so a save costs one image-sized write.
    """
    header = replace(header, body_length=len(image) + TAG_BYTES)
    header_bytes = json.dumps(header.to_json(), ensure_ascii=False, sort_keys=True).encode()
    prefix = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(header_bytes)) + header_bytes
    prefix += hashlib.sha256(prefix).digest()
    total = len(prefix) + header.body_length
    if len(buffer) < total:
        buffer.extend(bytes(total - len(buffer) + total // 8))  # room for the ledger to grow
    view = memoryview(buffer)[:total]
    view[: len(prefix)] = prefix
    AESGCM(_body_key(data_key, header.body_salt)).encrypt_into(
        header.body_nonce, image, prefix, view[len(prefix) :]
    )
    return view, header


def parse(data: bytes) -> tuple[Header, bytes, bytes]:
    """Split and check a file: (header, authenticated prefix, encrypted body)."""
    header, prefix_end = _parse_prefix(data)
    body = data[prefix_end:]
    if len(body) < header.body_length:
        raise CorruptFile(CorruptFile.TRUNCATED)
    if len(body) > header.body_length:
        raise CorruptFile(
            CorruptFile.DAMAGED_BODY,
            Phrase(QT_TRANSLATE_NOOP("errors", "(extra bytes at the end)")),
        )
    return header, data[:prefix_end], body


def decrypt_body(header: Header, prefix: bytes, body: bytes, data_key: bytes) -> bytes:
    try:
        return AESGCM(_body_key(data_key, header.body_salt)).decrypt(
            header.body_nonce, body, prefix
        )
    except InvalidTag as exc:
        raise CorruptFile(CorruptFile.DAMAGED_BODY) from exc


def read_header(path: Path) -> Header:
    """Read and check only the header (for the user list and the save-time check)."""
    with open_regular(path) as handle:
        return _read_prefix(handle)[0]


def read_file(path: Path) -> tuple[Header, bytes, bytes]:
    """Read and check a whole file, refusing a wrong size before the body is read.

    A crafted header cannot make the program read (and hold) more than the file's
    own size, and a file whose size differs from the header's body length is
    refused without reading it.
    """
    with open_regular(path) as handle:
        header, prefix = _read_prefix(handle)
        size = os.fstat(handle.fileno()).st_size
        expected = len(prefix) + header.body_length
        if size < expected:
            raise CorruptFile(CorruptFile.TRUNCATED)
        if size > expected:
            raise CorruptFile(
                CorruptFile.DAMAGED_BODY,
                Phrase(QT_TRANSLATE_NOOP("errors", "(extra bytes at the end)")),
            )
        body = handle.read(header.body_length)
    if len(body) != header.body_length:
        raise CorruptFile(CorruptFile.TRUNCATED)
    return header, prefix, body


def open_regular(path: Path) -> BinaryIO:
    """Open ``path`` for reading only if it is a regular file (never a FIFO or device).

    Opened without blocking, then checked on the open handle, so a pipe swapped in
    between cannot make the program wait forever.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    mode = path.stat().st_mode
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if not stat.S_ISREG(mode):
        raise NotARegularFile(path)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotARegularFile(path)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _read_prefix(handle: BinaryIO) -> tuple[Header, bytes]:
    start = handle.read(_PREFIX.size)
    header_length = 0
    if len(start) == _PREFIX.size:
        header_length = min(_PREFIX.unpack(start)[2], MAX_HEADER_BYTES + 1)
    # Never ask for more than the file holds: read(n) reserves n bytes first.
    left = max(0, os.fstat(handle.fileno()).st_size - len(start))
    data = start + handle.read(min(header_length + DIGEST_BYTES, left))
    header, prefix_end = _parse_prefix(data)
    return header, data[:prefix_end]


def _parse_prefix(data: bytes) -> tuple[Header, int]:
    """Check magic, version, length and digest; return the header and where the body starts."""
    if len(data) < len(MAGIC) or data[: len(MAGIC)] != MAGIC:
        raise CorruptFile(CorruptFile.NOT_A_LEDGER)
    if len(data) < _PREFIX.size:
        raise CorruptFile(CorruptFile.TRUNCATED)
    _, version, header_length = _PREFIX.unpack_from(data)
    if version > FORMAT_VERSION:
        raise CorruptFile(CorruptFile.UNKNOWN_VERSION)
    if version < 1 or header_length > MAX_HEADER_BYTES:
        raise CorruptFile(CorruptFile.DAMAGED_HEADER)
    digest_start = _PREFIX.size + header_length
    prefix_end = digest_start + DIGEST_BYTES
    if len(data) < prefix_end:
        raise CorruptFile(CorruptFile.TRUNCATED)
    if hashlib.sha256(data[:digest_start]).digest() != data[digest_start:prefix_end]:
        raise CorruptFile(CorruptFile.DAMAGED_HEADER)
    try:
        header_json = json.loads(data[_PREFIX.size : digest_start].decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # RecursionError: absurdly nested JSON
        raise CorruptFile(CorruptFile.DAMAGED_HEADER) from exc
    return Header.from_json(header_json), prefix_end


def _body_key(data_key: bytes, salt: bytes) -> bytes:
    return hkdf32(data_key, salt, b"privacy-ledger v1 body")

"""The ``*.pldb`` container: magic, version, header JSON, header digest, encrypted body.

Layout (version 1)::

    "PLDB" | version u16 LE | header length u32 LE | header (UTF-8 JSON)
    | SHA-256 of all before | body (AES-256-GCM, associated data = all before)

The digest tells a damaged file from a wrong password; the body's tag covers
the whole prefix, so any changed, missing or extra byte is refused.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from .errors import QT_TRANSLATE_NOOP, CorruptFile, Phrase
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
            )
        except CorruptFile:
            raise
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            raise CorruptFile(CorruptFile.DAMAGED_HEADER) from exc
        if len(header.body_nonce) != 12 or header.body_length < TAG_BYTES:
            raise CorruptFile(CorruptFile.DAMAGED_HEADER)
        return header


def key_id(data_key: bytes) -> str:
    """A short public fingerprint of the data key, to tell an outdated slot from damage."""
    return hkdf32(data_key, b"", b"privacy-ledger v1 key id")[:8].hex()


def encode(header: Header, data_key: bytes, image: bytes) -> bytes:
    """The complete file bytes for ``image`` under ``header`` (body fields filled in here)."""
    header = replace(header, body_length=len(image) + TAG_BYTES)
    header_bytes = json.dumps(header.to_json(), ensure_ascii=False, sort_keys=True).encode()
    prefix = _PREFIX.pack(MAGIC, FORMAT_VERSION, len(header_bytes)) + header_bytes
    prefix += hashlib.sha256(prefix).digest()
    body = AESGCM(_body_key(data_key, header.body_salt)).encrypt(header.body_nonce, image, prefix)
    return prefix + body


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
    """Read and check only the header (for the user list and the save-time generation check)."""
    with path.open("rb") as handle:
        start = handle.read(_PREFIX.size)
        header_length = 0
        if len(start) == _PREFIX.size:
            header_length = min(_PREFIX.unpack(start)[2], MAX_HEADER_BYTES + 1)
        data = start + handle.read(header_length + DIGEST_BYTES)
    return _parse_prefix(data)[0]


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

"""Thin typed wrappers over cryptography's X25519 so the rest reads plainly."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

PrivateKey = X25519PrivateKey
PublicKey = X25519PublicKey


def generate() -> tuple[PrivateKey, PublicKey]:
    private_key = X25519PrivateKey.generate()
    return private_key, private_key.public_key()


def public_from_bytes(raw: bytes) -> PublicKey:
    return X25519PublicKey.from_public_bytes(raw)


def private_from_bytes(raw: bytes) -> PrivateKey:
    return X25519PrivateKey.from_private_bytes(raw)

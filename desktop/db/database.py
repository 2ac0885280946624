"""The decrypted SQLite image held in memory, with a SQLAlchemy engine over it.

Loading: deserialize into a fresh in-memory connection, ``PRAGMA quick_check``
before anything else, then pragmas that keep deleted personal data out of the
image (``secure_delete``) and plaintext out of temp files (``temp_store``).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from ..vault import CorruptFile
from ..vault.errors import QT_TRANSLATE_NOOP, Phrase
from . import migrate

SQLITE_MAGIC = b"SQLite format 3\x00"


class Database:
    """One in-memory SQLite database; every session of the program goes through it."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._apply_pragmas()
        self.engine: Engine = create_engine(
            "sqlite://", creator=lambda: connection, poolclass=StaticPool
        )
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        #: one operation at a time: a worker thread (demo data, export) and the GUI share it
        self.mutex = threading.RLock()

    @classmethod
    def new(cls) -> Database:
        """An empty database at the newest schema."""
        database = cls(sqlite3.connect(":memory:", check_same_thread=False))
        database.upgrade()
        return database

    @classmethod
    def from_image(cls, image: bytes) -> Database:
        """Load a serialized image, checking its integrity before any query runs."""
        if not image.startswith(SQLITE_MAGIC):  # sqlite3 answers b"" with MemoryError
            raise CorruptFile(
                CorruptFile.BAD_DATABASE, Phrase(QT_TRANSLATE_NOOP("errors", "(not a database)"))
            )
        connection = sqlite3.connect(":memory:", check_same_thread=False)
        try:
            connection.deserialize(image)
            rows = connection.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as exc:
            connection.close()
            raise CorruptFile(CorruptFile.BAD_DATABASE, f"({exc})") from exc
        if rows != [("ok",)]:
            connection.close()
            detail = "; ".join(str(row[0]) for row in rows[:3])
            raise CorruptFile(CorruptFile.BAD_DATABASE, f"({detail})")
        if migrate.current_revision(connection) is None:
            connection.close()
            raise CorruptFile(
                CorruptFile.BAD_DATABASE,
                Phrase(QT_TRANSLATE_NOOP("errors", "(no schema version: not a ledger)")),
            )
        return cls(connection)

    def _apply_pragmas(self) -> None:
        self._connection.execute("PRAGMA foreign_keys=ON")
        self._connection.execute("PRAGMA secure_delete=ON")
        self._connection.execute("PRAGMA temp_store=MEMORY")

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for one operation; the caller commits."""
        with self.mutex, self._sessions() as session:
            yield session

    def serialize(self) -> bytes:
        """The whole database as bytes; called only outside a transaction."""
        with self.mutex:
            return self._connection.serialize()

    def integrity_problems(self) -> list[str]:
        """The full ``PRAGMA integrity_check``: empty when the database is sound."""
        with self.mutex:
            rows = self._connection.execute("PRAGMA integrity_check").fetchall()
        return [] if rows == [("ok",)] else [str(row[0]) for row in rows]

    @property
    def revision(self) -> str | None:
        return migrate.current_revision(self._connection)

    def needs_upgrade(self) -> bool:
        return self.revision != migrate.HEAD

    def is_newer_than_program(self) -> bool:
        return migrate.is_unknown(self.revision)

    def upgrade(self) -> None:
        with self.mutex:
            migrate.upgrade(self.engine)

    def close(self) -> None:
        """Drop the engine and the connection, so the decrypted data leaves memory."""
        self.engine.dispose()
        self._connection.close()

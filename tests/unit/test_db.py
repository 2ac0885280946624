"""The database in memory: loading refuses damage, pragmas hold, deleted data leaves the image.

Also checks that the models and the migration scripts describe the same
schema (whatever tables exist), so a model change without a migration fails.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import delete, select

from desktop.db import Database, migrate
from desktop.db.base import utcnow
from desktop.db.models import AuditEvent, Base, Setting, User
from desktop.vault import CorruptFile

#: would identify a client if it lingered in a saved image
SECRET = "山田花子 Yamada Hanako 090-1234-5678"


@pytest.fixture
def database() -> Iterator[Database]:
    database = Database.new()
    yield database
    database.close()


def page_damaged(image: bytes, page: int, page_size: int) -> bytes:
    damaged = bytearray(image)
    start = (page - 1) * page_size
    damaged[start : start + 16] = b"\xff" * 16  # the b-tree page header
    return bytes(damaged)


def full_image() -> tuple[bytes, int]:
    """A real database with a few pages of rows, and its page size."""
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)")
    connection.executemany("INSERT INTO t (text) VALUES (?)", [("x" * 500,)] * 50)
    connection.commit()
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    image = connection.serialize()
    connection.close()
    return image, page_size


@pytest.mark.parametrize(
    "image",
    [
        b"",
        b"garbage" * 100,
        os.urandom(8192),
        b"SQLite format 3\x00" + os.urandom(4080),
    ],
    ids=["empty", "text", "random", "random-with-sqlite-magic"],
)
def test_garbage_is_refused_as_a_damaged_database(image: bytes) -> None:
    with pytest.raises(CorruptFile) as info:
        Database.from_image(image)
    assert info.value.reason == CorruptFile.BAD_DATABASE
    assert "Restore the latest backup" in str(info.value)


def test_a_damaged_page_is_found_before_any_query() -> None:
    image, page_size = full_image()
    with pytest.raises(CorruptFile) as info:
        Database.from_image(page_damaged(image, 3, page_size))
    assert info.value.reason == CorruptFile.BAD_DATABASE


def test_a_sqlite_database_that_is_not_a_ledger_is_refused() -> None:
    image, _ = full_image()
    with pytest.raises(CorruptFile) as info:
        Database.from_image(image)
    assert info.value.reason == CorruptFile.BAD_DATABASE


def test_quick_check_runs_before_anything_else(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    statements: list[str] = []

    class Recording(sqlite3.Connection):
        def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
            statements.append(sql)
            return super().execute(sql, *args)

    real_connect = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        return real_connect(*args, factory=Recording, **kwargs)

    image = database.serialize()
    monkeypatch.setattr(sqlite3, "connect", connect)
    loaded = Database.from_image(image)
    loaded.close()
    assert statements[0] == "PRAGMA quick_check"


def test_a_loaded_database_has_the_safety_pragmas(database: Database) -> None:
    loaded = Database.from_image(database.serialize())
    try:
        with loaded.engine.connect() as connection:
            pragmas = {
                name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
                for name in ("secure_delete", "temp_store", "foreign_keys")
            }
    finally:
        loaded.close()
    assert pragmas == {"secure_delete": 1, "temp_store": 2, "foreign_keys": 1}


def test_a_loaded_database_keeps_its_rows(database: Database) -> None:
    with database.session() as session:
        session.add(Setting(key="office_name", value=SECRET))
        session.commit()
    loaded = Database.from_image(database.serialize())
    try:
        with loaded.session() as session:
            row = session.get(Setting, "office_name")
            assert row is not None and row.value == SECRET
        assert loaded.revision == migrate.HEAD
        assert loaded.integrity_problems() == []
    finally:
        loaded.close()


def secret_in(image: bytes) -> bool:
    return SECRET.encode() in image


def add_event(database: Database) -> None:
    with database.session() as session:
        user = User(
            username="u", username_key="u", display_name="U", role="clerk", password_changed_at=None
        )
        session.add(user)
        session.flush()
        for seq in (1, 2, 3):
            session.add(
                AuditEvent(
                    seq=seq,
                    at=utcnow(),
                    user_id=user.id,
                    username="u",
                    action="a",
                    entity="e",
                    entity_id=str(seq),
                    summary=SECRET if seq == 2 else "plain",
                    mac="0" * 64,
                )
            )
        session.commit()


def test_a_deleted_row_leaves_no_trace_in_the_image(database: Database) -> None:
    add_event(database)
    assert secret_in(database.serialize())
    with database.session() as session:
        session.execute(delete(AuditEvent).where(AuditEvent.seq == 2))
        session.commit()
    assert not secret_in(database.serialize())


def test_an_overwritten_value_leaves_no_trace_in_the_image(database: Database) -> None:
    with database.session() as session:
        session.add(Setting(key="office_name", value=SECRET))
        session.commit()
    assert secret_in(database.serialize())
    with database.session() as session:
        row = session.scalar(select(Setting).where(Setting.key == "office_name"))
        assert row is not None
        row.value = "short"
        session.commit()
    assert not secret_in(database.serialize())


def test_without_secure_delete_the_bytes_would_stay() -> None:
    """The control: proves the two tests above can fail (SQLite keeps freed bytes by default)."""
    connection = sqlite3.connect(":memory:")
    connection.execute("PRAGMA secure_delete=OFF")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)")
    connection.executemany("INSERT INTO t (text) VALUES (?)", [("plain",), (SECRET,), ("plain",)])
    connection.commit()
    connection.execute("DELETE FROM t WHERE id = 2")
    connection.commit()
    assert secret_in(connection.serialize())
    connection.close()


def test_a_closed_database_is_gone(database: Database) -> None:
    database.close()
    with pytest.raises(sqlite3.ProgrammingError):
        database.serialize()


# --- models and migrations agree ---------------------------------------------------------


def test_the_migrations_build_exactly_the_models(database: Database) -> None:
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
    assert database.revision == migrate.HEAD
    assert not database.needs_upgrade()


def test_head_names_the_newest_migration_script() -> None:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert scripts.get_current_head() == migrate.HEAD
    oldest_first = [script.revision for script in reversed(list(scripts.walk_revisions()))]
    assert list(migrate.REVISIONS) == oldest_first


def test_an_unknown_revision_is_recognised_as_newer(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    assert database.is_newer_than_program()
    assert not migrate.is_unknown(migrate.HEAD)
    assert not migrate.is_unknown(None)


def test_migrations_run_with_foreign_keys_off_and_leave_them_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """SQLite rebuilds a table to alter it; with foreign keys on, rebuilding users would fail."""
    from alembic import command

    seen: list[int] = []
    real_upgrade = command.upgrade

    def recording_upgrade(config: Any, revision: str) -> None:
        connection = config.attributes["connection"]
        seen.append(connection.exec_driver_sql("PRAGMA foreign_keys").scalar())
        real_upgrade(config, revision)

    monkeypatch.setattr(command, "upgrade", recording_upgrade)
    database = Database.new()
    try:
        assert seen == [0]
        assert database.revision == migrate.HEAD
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        database.close()


def test_a_table_that_others_refer_to_can_be_rebuilt_during_an_upgrade(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What a batch migration of ``users`` does, with an audit event pointing at a user."""
    from alembic import command

    def rebuild_users(config: Any, revision: str) -> None:
        connection = config.attributes["connection"]
        for sql in (
            "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)",
            "CREATE TABLE events (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id))",
            "INSERT INTO users VALUES (1, 'a')",
            "INSERT INTO events VALUES (1, 1)",
            "CREATE TABLE _alembic_tmp_users (id INTEGER PRIMARY KEY, name TEXT, extra TEXT)",
            "INSERT INTO _alembic_tmp_users (id, name) SELECT id, name FROM users",
            "DROP TABLE users",
            "ALTER TABLE _alembic_tmp_users RENAME TO users",
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
            f"INSERT INTO alembic_version VALUES ('{migrate.HEAD}')",
        ):
            connection.exec_driver_sql(sql)

    monkeypatch.setattr(command, "upgrade", rebuild_users)
    database = Database.new()
    try:
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT user_id FROM events").scalar() == 1
    finally:
        database.close()

"""Schema migrations with Alembic, run in-process on the in-memory database.

``HEAD`` names the newest revision this program knows; a test checks it
against the migration scripts, so opening a file needs no Alembic import
unless the file is older.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
#: every revision this program knows, oldest first
REVISIONS = ("0001", "0002", "0003", "0004")
HEAD = REVISIONS[-1]


def current_revision(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return None if row is None else str(row[0])


def is_unknown(revision: str | None) -> bool:
    """True when the file was written by a newer program with a schema this one lacks."""
    return revision is not None and revision not in REVISIONS


def alembic_config() -> Config:
    from alembic.config import Config  # imported here: opening a current file needs no Alembic

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(engine: Engine) -> None:
    """Run the migrations with foreign keys off, as SQLite's table rebuilds (batch mode) need."""
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection:
        # Outside any transaction, or SQLite ignores it; with it on, rebuilding a table
        # that others refer to (users) fails on the DROP.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"the upgrade left broken references: {broken[:3]}")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()

"""SQLAlchemy models, the in-memory database, schema migrations. Imports ``vault`` only."""

from .database import Database

__all__ = ["Database"]

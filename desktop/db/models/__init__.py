"""All mapped tables; importing this module registers them on ``Base.metadata``."""

from ..base import Base, Stamped
from .audit import AuditEvent
from .clients import (
    DEFAULT_PURPOSE_TITLES,
    DEFAULT_PURPOSE_TITLES_JA,
    Client,
    Purpose,
    client_purposes,
)
from .settings import Setting
from .users import User

__all__ = [
    "DEFAULT_PURPOSE_TITLES",
    "DEFAULT_PURPOSE_TITLES_JA",
    "AuditEvent",
    "Base",
    "Client",
    "Purpose",
    "Setting",
    "Stamped",
    "User",
    "client_purposes",
]

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
from .counters import Counter
from .policies import PolicyVersion
from .settings import Setting
from .users import User

__all__ = [
    "DEFAULT_PURPOSE_TITLES",
    "DEFAULT_PURPOSE_TITLES_JA",
    "AuditEvent",
    "Base",
    "Client",
    "Counter",
    "PolicyVersion",
    "Purpose",
    "Setting",
    "Stamped",
    "User",
    "client_purposes",
]

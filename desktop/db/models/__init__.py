"""All mapped tables; importing this module registers them on ``Base.metadata``."""

from ..base import Base, Stamped
from .audit import AuditEvent
from .settings import Setting
from .users import User

__all__ = ["AuditEvent", "Base", "Setting", "Stamped", "User"]

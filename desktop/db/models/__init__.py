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
from .incidents import (
    Incident,
    IncidentAction,
    IncidentNotice,
    IncidentStage,
    incident_clients,
)
from .settings import Setting
from .users import User

__all__ = [
    "DEFAULT_PURPOSE_TITLES",
    "DEFAULT_PURPOSE_TITLES_JA",
    "AuditEvent",
    "Base",
    "Client",
    "Incident",
    "IncidentAction",
    "IncidentNotice",
    "IncidentStage",
    "Purpose",
    "Setting",
    "Stamped",
    "User",
    "client_purposes",
    "incident_clients",
]

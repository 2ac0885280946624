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
from .incidents import (
    Incident,
    IncidentAction,
    IncidentNotice,
    IncidentStage,
    incident_clients,
)
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
    "Incident",
    "IncidentAction",
    "IncidentNotice",
    "IncidentStage",
    "PolicyVersion",
    "Purpose",
    "Setting",
    "Stamped",
    "User",
    "client_purposes",
    "incident_clients",
]

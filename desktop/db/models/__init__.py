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
from .contractors import DEFAULT_INSPECTION_CYCLE_MONTHS, Contract, Contractor, Subcontractor
from .counters import Counter
from .inspections import (
    ChecklistItem,
    ChecklistTemplate,
    CorrectiveAction,
    Inspection,
    InspectionResult,
)
from .policies import PolicyVersion
from .settings import Setting
from .users import User

__all__ = [
    "DEFAULT_INSPECTION_CYCLE_MONTHS",
    "DEFAULT_PURPOSE_TITLES",
    "DEFAULT_PURPOSE_TITLES_JA",
    "AuditEvent",
    "Base",
    "ChecklistItem",
    "ChecklistTemplate",
    "Client",
    "Contract",
    "Contractor",
    "CorrectiveAction",
    "Counter",
    "Inspection",
    "InspectionResult",
    "PolicyVersion",
    "Purpose",
    "Setting",
    "Stamped",
    "Subcontractor",
    "User",
    "client_purposes",
]

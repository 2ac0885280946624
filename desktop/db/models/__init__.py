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
from .consents import (
    DEFAULT_DATA_ITEMS,
    Consent,
    ConsentVersion,
    DataItem,
    Provision,
    ProvisionRecord,
    Receipt,
    Recipient,
    consent_items,
    provision_items,
    receipt_items,
)
from .contractors import DEFAULT_INSPECTION_CYCLE_MONTHS, Contract, Contractor, Subcontractor
from .counters import Counter
from .incidents import (
    Incident,
    IncidentAction,
    IncidentNotice,
    IncidentStage,
    incident_clients,
)
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
    "DEFAULT_DATA_ITEMS",
    "DEFAULT_INSPECTION_CYCLE_MONTHS",
    "DEFAULT_PURPOSE_TITLES",
    "DEFAULT_PURPOSE_TITLES_JA",
    "AuditEvent",
    "Base",
    "ChecklistItem",
    "ChecklistTemplate",
    "Client",
    "Consent",
    "ConsentVersion",
    "Contract",
    "Contractor",
    "CorrectiveAction",
    "Counter",
    "DataItem",
    "Incident",
    "IncidentAction",
    "IncidentNotice",
    "IncidentStage",
    "Inspection",
    "InspectionResult",
    "PolicyVersion",
    "Provision",
    "ProvisionRecord",
    "Purpose",
    "Receipt",
    "Recipient",
    "Setting",
    "Stamped",
    "Subcontractor",
    "User",
    "client_purposes",
    "consent_items",
    "incident_clients",
    "provision_items",
    "receipt_items",
]

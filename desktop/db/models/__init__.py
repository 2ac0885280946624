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
from .counters import Counter
from .policies import PolicyVersion
from .settings import Setting
from .users import User

__all__ = [
    "DEFAULT_DATA_ITEMS",
    "DEFAULT_PURPOSE_TITLES",
    "DEFAULT_PURPOSE_TITLES_JA",
    "AuditEvent",
    "Base",
    "Client",
    "Consent",
    "ConsentVersion",
    "Counter",
    "DataItem",
    "PolicyVersion",
    "Provision",
    "ProvisionRecord",
    "Purpose",
    "Receipt",
    "Recipient",
    "Setting",
    "Stamped",
    "User",
    "client_purposes",
    "consent_items",
    "provision_items",
    "receipt_items",
]

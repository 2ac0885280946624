"""Every area's audit codes in one lookup, for the audit log.

Each area declares its codes next to its service (see audit_actions.py); this
module only gathers them. Nothing in the services imports it, so it may import
every area. A code no area declares (from a newer version, say) has no name.
"""

from __future__ import annotations

from .audit_actions import AuditAction, RecordKind
from .clients import CLIENT_RECORD, ClientAction
from .consents.actions import RECORD_KINDS as CONSENT_RECORDS
from .consents.actions import ConsentAction
from .csv_io.transfer import CSV_RECORD, CsvAction
from .ledger import LEDGER_RECORD, LedgerAction
from .policies import POLICY_RECORD, PolicyAction
from .purposes import PURPOSE_RECORD, PurposeAction
from .settings import SETTINGS_RECORD, SettingsAction
from .users import USER_RECORD, UserAction

#: every area's action codes, in the order the audit log's filter lists them
AREAS: tuple[type[AuditAction], ...] = (
    UserAction,
    LedgerAction,
    SettingsAction,
    ClientAction,
    PurposeAction,
    ConsentAction,
    PolicyAction,
    CsvAction,
)
RECORD_KINDS: tuple[RecordKind, ...] = (
    USER_RECORD,
    LEDGER_RECORD,
    SETTINGS_RECORD,
    CLIENT_RECORD,
    PURPOSE_RECORD,
    *CONSENT_RECORDS,
    POLICY_RECORD,
    CSV_RECORD,
)

_ACTIONS = {member.value: member for area in AREAS for member in area}
_KINDS = {kind.code: kind for kind in RECORD_KINDS}


def all_actions() -> list[AuditAction]:
    return list(_ACTIONS.values())


def action(code: str) -> AuditAction | None:
    """The declared action for ``code``; its ``label`` is the English name, marked."""
    return _ACTIONS.get(code)


def record_kind(code: str) -> RecordKind | None:
    return _KINDS.get(code)

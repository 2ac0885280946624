"""Incidents (docs/appi-rules.md "Incidents"; APPI Art. 26; Rules 7-10; GL 3-5).

The register of what went wrong, the Rule 7 triage (must the PPC be told and
the persons notified?), the clocks of the reports (``clock``, the one place
they are counted), the stages to closure, the timeline and the notices.
"""

from __future__ import annotations

from .clock import Deadlines, Due, NextDeadline, Report, deadlines
from .export import EXPORT_HEADER, export_rows
from .progress import (
    add_action,
    add_action_in,
    reach_stage,
    record_notice,
    record_notice_in,
    record_stage,
    stage_permission,
)
from .register import (
    assess,
    get_incident,
    insert_incident,
    list_incidents,
    recompute_deadlines,
    record_print,
    report_incident,
    update_incident,
)
from .triage import Duty, ReportType, Triage, TriageAnswers, triage
from .types import (
    MANAGER_STAGES,
    STAGE_ORDER,
    SUB_KINDS,
    ActionEntry,
    ActionKind,
    Certainty,
    IncidentDetail,
    IncidentInput,
    IncidentRow,
    Kind,
    LinkedClient,
    Medium,
    NoticeEntry,
    NoticeMethod,
    Stage,
    StageEntry,
    SubKind,
)
from .validation import validate_incident

__all__ = [
    "EXPORT_HEADER",
    "MANAGER_STAGES",
    "STAGE_ORDER",
    "SUB_KINDS",
    "ActionEntry",
    "ActionKind",
    "Certainty",
    "Deadlines",
    "Due",
    "Duty",
    "IncidentDetail",
    "IncidentInput",
    "IncidentRow",
    "Kind",
    "LinkedClient",
    "Medium",
    "NextDeadline",
    "NoticeEntry",
    "NoticeMethod",
    "Report",
    "ReportType",
    "Stage",
    "StageEntry",
    "SubKind",
    "Triage",
    "TriageAnswers",
    "add_action",
    "add_action_in",
    "assess",
    "deadlines",
    "export_rows",
    "get_incident",
    "insert_incident",
    "list_incidents",
    "reach_stage",
    "recompute_deadlines",
    "record_notice",
    "record_notice_in",
    "record_print",
    "record_stage",
    "report_incident",
    "stage_permission",
    "triage",
    "update_incident",
    "validate_incident",
]

"""What the incident service takes and returns: enums, the form's input, rows and details."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from ...errors import QT_TRANSLATE_NOOP
from ..audit_actions import AuditAction, RecordKind
from .clock import Deadlines, NextDeadline
from .triage import Duty, ReportType, Triage


class IncidentAuditAction(AuditAction):
    """The incident register; a view is recorded because linked clients' details show."""

    ADD = "incident.add", QT_TRANSLATE_NOOP("AuditNames", "Incident reported")
    EDIT = "incident.edit", QT_TRANSLATE_NOOP("AuditNames", "Incident edited")
    VIEW = "incident.view", QT_TRANSLATE_NOOP("AuditNames", "Incident viewed")
    STAGE = "incident.stage", QT_TRANSLATE_NOOP("AuditNames", "Incident stage recorded")
    ACTION = "incident.action", QT_TRANSLATE_NOOP("AuditNames", "Incident action added")
    NOTICE = "incident.notice", QT_TRANSLATE_NOOP("AuditNames", "Incident notices logged")
    PRINT = "incident.print", QT_TRANSLATE_NOOP("AuditNames", "Incident document printed")


INCIDENT_RECORD = RecordKind("incident", QT_TRANSLATE_NOOP("AuditNames", "Incident"))
NUMBER_PREFIX = "I-"


class Kind(StrEnum):
    LEAKAGE = "leakage"  # 漏えい
    LOSS = "loss"  # 滅失
    DAMAGE = "damage"  # 毀損


class SubKind(StrEnum):
    MISDELIVERY = "misdelivery"
    MIS_SENT_EMAIL = "mis_sent_email"
    THEFT = "theft"
    UNAUTHORIZED_ACCESS = "unauthorized_access"
    INSIDER = "insider"  # an insider taking data
    LOST_DEVICE = "lost_device"
    LOST_PAPER = "lost_paper"
    WRONG_DISPOSAL = "wrong_disposal"
    RANSOMWARE = "ransomware"
    FALSIFIED = "falsified"  # altered or falsified
    UNUSABLE = "unusable"
    OTHER = "other"


#: the sub-kinds that go with each kind (theft and ransomware can be either)
SUB_KINDS: dict[Kind, tuple[SubKind, ...]] = {
    Kind.LEAKAGE: (
        SubKind.MISDELIVERY,
        SubKind.MIS_SENT_EMAIL,
        SubKind.THEFT,
        SubKind.UNAUTHORIZED_ACCESS,
        SubKind.INSIDER,
        SubKind.RANSOMWARE,
        SubKind.OTHER,
    ),
    Kind.LOSS: (
        SubKind.LOST_DEVICE,
        SubKind.LOST_PAPER,
        SubKind.THEFT,
        SubKind.WRONG_DISPOSAL,
        SubKind.OTHER,
    ),
    Kind.DAMAGE: (
        SubKind.FALSIFIED,
        SubKind.RANSOMWARE,
        SubKind.UNUSABLE,
        SubKind.OTHER,
    ),
}


class Certainty(StrEnum):
    SUSPECTED = "suspected"  # おそれ: counts as well
    CONFIRMED = "confirmed"


class Medium(StrEnum):
    PAPER = "paper"
    EMAIL = "email"
    PC = "pc"
    CLOUD = "cloud"


class Stage(StrEnum):
    REPORTED_INTERNALLY = "reported_internally"
    CONTAINED = "contained"
    INVESTIGATED = "investigated"
    PRELIMINARY_SENT = "preliminary_sent"
    FINAL_SENT = "final_sent"
    PERSONS_NOTIFIED = "persons_notified"
    CLOSED = "closed"


#: the stages in their usual order; the incident's stage is the furthest one reached
STAGE_ORDER = tuple(Stage)
#: stages only a manager records (docs/architecture.md, roles): reported to the regulator, closed
MANAGER_STAGES = frozenset({Stage.PRELIMINARY_SENT, Stage.FINAL_SENT, Stage.CLOSED})


class ActionKind(StrEnum):
    ACTION = "action"
    CONTAINMENT = "containment"
    INVESTIGATION = "investigation"
    PREVENTION_DONE = "prevention_done"  # Rule 8 item 8: measures taken
    PREVENTION_PLANNED = "prevention_planned"  # Rule 8 item 8: measures planned


PREVENTION = frozenset({ActionKind.PREVENTION_DONE, ActionKind.PREVENTION_PLANNED})


class NoticeMethod(StrEnum):
    """Rule 10: letter or e-mail; publication or an inquiry desk where people cannot be reached."""

    LETTER = "letter"
    EMAIL = "email"
    PUBLICATION = "publication"
    INQUIRY_DESK = "inquiry_desk"


@dataclass(frozen=True)
class IncidentInput:
    """What the incident form edits (the register fields and the Rule 7 questionnaire)."""

    title: str
    kind: Kind = Kind.LEAKAGE
    sub_kind: SubKind = SubKind.OTHER
    certainty: Certainty = Certainty.SUSPECTED
    occurred_on: date | None = None  # None: not known (yet)
    occurred_time: time | None = None
    known_on: date | None = None  # required: day 1 of the clocks
    known_time: time | None = None
    found_by: str = ""
    description: str = ""
    data_items: str = ""
    media: tuple[Medium, ...] = ()
    persons_count: int | None = None
    persons_max: int | None = None  # the maximum possible number (Rule 7 type 4)
    client_ids: tuple[int, ...] = ()  # affected clients, optional links
    contractor_id: int | None = None
    contractor_told_on: date | None = None
    cause: str = ""
    secondary_harm: str = ""
    response_to_persons: str = ""
    publication: str = ""
    other_notes: str = ""
    type_sensitive: bool | None = None
    type_financial: bool | None = None
    type_wrongful: bool | None = None
    strongly_encrypted: bool = False


@dataclass(frozen=True)
class IncidentRow:
    """A light row for the incident table; ``next_deadline`` is as of the day it was made."""

    id: int
    number: str  # "I-000123"
    title: str
    kind: Kind
    certainty: Certainty
    known_on: date
    stage: Stage
    duty: Duty
    types: tuple[ReportType, ...]  # the Rule 7 types that apply
    persons: int | None  # the largest number known
    deadlines: Deadlines | None  # None when no report is required
    preliminary_sent: bool
    final_sent: bool
    next_deadline: NextDeadline | None

    @property
    def closed(self) -> bool:
        return self.stage is Stage.CLOSED


@dataclass(frozen=True)
class StageEntry:
    stage: Stage
    reached_on: date
    by: str  # display name
    note: str


@dataclass(frozen=True)
class ActionEntry:
    id: int
    at: datetime
    kind: ActionKind
    text: str
    by: str


@dataclass(frozen=True)
class NoticeEntry:
    id: int
    client_id: int | None
    client_number: str  # "" for a batch by count
    persons: int
    method: NoticeMethod
    sent_on: date
    by: str
    note: str


@dataclass(frozen=True)
class LinkedClient:
    """An affected client; name and address only when the read was recorded in the audit trail."""

    id: int
    number: str
    name: str
    postal_code: str
    address: str
    email: str
    sensitive: bool
    disposed: bool
    notified: bool  # a notice to this client is in the send log


@dataclass(frozen=True)
class IncidentDetail:
    id: int
    number: str
    data: IncidentInput
    stage: Stage
    closed_on: date | None
    triage: Triage  # with what the linked clients show filled in
    deadlines: Deadlines | None
    next_deadline: NextDeadline | None
    stages: tuple[StageEntry, ...]
    actions: tuple[ActionEntry, ...]
    notices: tuple[NoticeEntry, ...]
    linked: tuple[LinkedClient, ...]
    created_at: datetime
    updated_at: datetime

    def reached(self, stage: Stage) -> bool:
        return any(entry.stage is stage for entry in self.stages)

    @property
    def persons_notified(self) -> int:
        """How many persons the send log covers."""
        return sum(notice.persons for notice in self.notices)

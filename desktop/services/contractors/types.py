"""The words of the contractor register, as enums, and the frozen rows services hand out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class ContractorStatus(StrEnum):
    CANDIDATE = "candidate"  # being selected; no data entrusted yet
    ACTIVE = "active"  # data entrusted under a contract; inspected every cycle
    ENDED = "ended"  # contract over; the data returned or erased


class Clause(StrEnum):
    """The clauses a contract must have (docs/appi-rules.md, "Contractors", part 2)."""

    CONFIDENTIALITY = "confidentiality"  # confidentiality, no use beyond the purpose
    SAFETY_MEASURES = "safety_measures"
    SUBCONTRACTING = "subcontracting"  # re-outsourcing only with prior approval
    INCIDENT_REPORTING = "incident_reporting"
    INSPECTION = "inspection"  # the office may inspect and ask for reports
    RETURN_OR_ERASURE = "return_or_erasure"  # at the end, with a disposal certificate
    REMEDIES = "remedies"


class EndHandling(StrEnum):
    RETURNED = "returned"
    ERASED = "erased"


class ChecklistKind(StrEnum):
    CONTRACTOR = "contractor"  # inspecting an outsourcing company
    SELF = "self"  # the office's yearly check of its own safety measures


class Category(StrEnum):
    """Groups of checklist items: the four safety control measures, then the rest (GL 10)."""

    ORGANIZATIONAL = "organizational"
    PERSONNEL = "personnel"
    PHYSICAL = "physical"
    TECHNICAL = "technical"
    EXTERNAL = "external"  # the external environment: data handled abroad
    CONTRACT = "contract"  # the contract's items


class InspectionMethod(StrEnum):
    ON_SITE = "on_site"
    QUESTIONNAIRE = "questionnaire"
    DOCUMENTS = "documents"


class InspectionStatus(StrEnum):
    RECORDED = "recorded"  # waiting for the manager's decision
    RETURNED = "returned"  # sent back by the manager; to be corrected and recorded again
    APPROVED = "approved"  # final; sets the next due date


class ItemResult(StrEnum):
    CONFORMS = "conforms"
    DOES_NOT_CONFORM = "does_not_conform"
    NOT_APPLICABLE = "not_applicable"


class FollowUp(StrEnum):
    NONE = "none"  # no corrective action asked for
    OPEN = "open"  # some action not done yet
    DONE = "done"  # every action done


@dataclass(frozen=True)
class SubcontractorInput:
    name: str
    work: str = ""
    approved_on: date | None = None  # the office's prior approval (None: not approved)


@dataclass(frozen=True)
class ContractorInput:
    """The register fields of the contractor form."""

    name: str
    address: str = ""
    representative: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    outsourced_work: str = ""
    data_categories: str = ""
    persons_count: int | None = None  # roughly how many persons' data are entrusted
    sensitive: bool = False
    handling_location: str = ""
    abroad: bool = False
    status: ContractorStatus = ContractorStatus.CANDIDATE
    inspection_cycle_months: int = 12
    notes: str = ""
    subcontractors: tuple[SubcontractorInput, ...] = ()


@dataclass(frozen=True)
class SelectionInput:
    """The selection questionnaire, answered before any data is entrusted."""

    checked_on: date
    privacy_mark: bool = False  # Pマーク held
    isms: bool = False  # ISMS (ISO/IEC 27001) certified
    responsible_person: str = ""
    has_rules: bool = False  # written handling rules
    past_incidents: str = ""
    note: str = ""


@dataclass(frozen=True)
class Selection:
    data: SelectionInput
    checked_by: str  # display name


@dataclass(frozen=True)
class ClauseCheck:
    clause: Clause
    present: bool
    note: str = ""


@dataclass(frozen=True)
class ContractInput:
    signed_on: date | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    renewal_on: date | None = None
    file_reference: str = ""
    clauses: tuple[ClauseCheck, ...] = ()  # a clause not listed counts as missing


@dataclass(frozen=True)
class ContractEnd:
    """How the entrusted data came back at the end: returned or erased, and the proof."""

    handling: EndHandling
    handled_on: date
    certificate_reference: str = ""


@dataclass(frozen=True)
class ContractDetail:
    id: int
    data: ContractInput
    missing: tuple[Clause, ...]
    end: ContractEnd | None


@dataclass(frozen=True)
class ContractorRow:
    """A light row of the contractor table."""

    id: int
    number: str  # "CTR-0001"
    name: str
    status: ContractorStatus
    outsourced_work: str
    sensitive: bool
    abroad: bool
    contract_ends_on: date | None
    missing_clauses: tuple[Clause, ...]  # empty also when there is no contract yet
    has_contract: bool
    last_inspected_on: date | None  # the last approved inspection
    next_due: date | None
    overdue: bool
    awaiting_approval: int  # inspections recorded, not yet decided


@dataclass(frozen=True)
class ContractorDetail:
    row: ContractorRow
    data: ContractorInput
    selection: Selection | None
    contract: ContractDetail | None


@dataclass(frozen=True)
class ChecklistItemRow:
    id: int
    position: int
    category: Category
    question: str


@dataclass(frozen=True)
class ChecklistItemInput:
    category: Category
    question: str


@dataclass(frozen=True)
class Template:
    id: int
    kind: ChecklistKind
    version: int
    items: tuple[ChecklistItemRow, ...]
    created_at: datetime


@dataclass(frozen=True)
class ItemAnswer:
    item_id: int
    result: ItemResult
    comment: str = ""


@dataclass(frozen=True)
class ActionInput:
    """A corrective action: what, the responsible person at the contractor, when."""

    action: str
    owner: str = ""
    due_on: date | None = None
    done_on: date | None = None


@dataclass(frozen=True)
class InspectionInput:
    inspected_on: date
    method: InspectionMethod
    answers: tuple[ItemAnswer, ...]
    findings: str = ""
    actions: tuple[ActionInput, ...] = ()


@dataclass(frozen=True)
class InspectionRow:
    id: int
    contractor_id: int | None  # None: the office's self-inspection
    inspected_on: date
    method: InspectionMethod
    inspector: str
    status: InspectionStatus
    template_version: int
    nonconformities: int
    follow_up: FollowUp
    decided_by: str  # "" until approved or returned


@dataclass(frozen=True)
class InspectionDetail:
    row: InspectionRow
    data: InspectionInput
    template: Template  # the version this inspection was recorded with
    return_reason: str
    decided_at: datetime | None


@dataclass(frozen=True)
class SelfInspectionState:
    """Where the office's own yearly check stands."""

    last_approved_on: date | None
    next_due: date
    overdue: bool

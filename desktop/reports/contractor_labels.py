"""The names of the contractor register's values, for the inspection sheet and the tab.

One table per enum (context "ContractorLabels", in privacy_ledger_ja.ts).
``label(text)`` translates with the program's current language; with
``language`` given ("en" or "ja") it uses that one, as a printed sheet does
whatever the window speaks.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QTranslator

from ..errors import QT_TRANSLATE_NOOP
from ..paths import resources_dir
from ..services.contractors.types import (
    Category,
    ChecklistKind,
    Clause,
    ContractorStatus,
    EndHandling,
    FollowUp,
    InspectionMethod,
    InspectionStatus,
    ItemResult,
)

CONTEXT = "ContractorLabels"
JAPANESE_TRANSLATION = "privacy_ledger_ja.qm"

CATEGORIES = {
    Category.ORGANIZATIONAL: QT_TRANSLATE_NOOP("ContractorLabels", "Organizational measures"),
    Category.PERSONNEL: QT_TRANSLATE_NOOP("ContractorLabels", "Personnel measures"),
    Category.PHYSICAL: QT_TRANSLATE_NOOP("ContractorLabels", "Physical measures"),
    Category.TECHNICAL: QT_TRANSLATE_NOOP("ContractorLabels", "Technical measures"),
    Category.EXTERNAL: QT_TRANSLATE_NOOP("ContractorLabels", "External environment"),
    Category.CONTRACT: QT_TRANSLATE_NOOP("ContractorLabels", "Contract items"),
}
RESULTS = {
    ItemResult.CONFORMS: QT_TRANSLATE_NOOP("ContractorLabels", "Conforms"),
    ItemResult.DOES_NOT_CONFORM: QT_TRANSLATE_NOOP("ContractorLabels", "Does not conform"),
    ItemResult.NOT_APPLICABLE: QT_TRANSLATE_NOOP("ContractorLabels", "Not applicable"),
}
METHODS = {
    InspectionMethod.ON_SITE: QT_TRANSLATE_NOOP("ContractorLabels", "On site"),
    InspectionMethod.QUESTIONNAIRE: QT_TRANSLATE_NOOP("ContractorLabels", "Questionnaire"),
    InspectionMethod.DOCUMENTS: QT_TRANSLATE_NOOP("ContractorLabels", "Documents"),
}
INSPECTION_STATUSES = {
    InspectionStatus.RECORDED: QT_TRANSLATE_NOOP("ContractorLabels", "Awaiting approval"),
    InspectionStatus.RETURNED: QT_TRANSLATE_NOOP("ContractorLabels", "Returned"),
    InspectionStatus.APPROVED: QT_TRANSLATE_NOOP("ContractorLabels", "Approved"),
}
CONTRACTOR_STATUSES = {
    ContractorStatus.CANDIDATE: QT_TRANSLATE_NOOP("ContractorLabels", "Candidate"),
    ContractorStatus.ACTIVE: QT_TRANSLATE_NOOP("ContractorLabels", "Active"),
    ContractorStatus.ENDED: QT_TRANSLATE_NOOP("ContractorLabels", "Ended"),
}
CLAUSES = {
    Clause.CONFIDENTIALITY: QT_TRANSLATE_NOOP(
        "ContractorLabels", "Confidentiality; no use beyond the purpose"
    ),
    Clause.SAFETY_MEASURES: QT_TRANSLATE_NOOP("ContractorLabels", "Safety control measures"),
    Clause.SUBCONTRACTING: QT_TRANSLATE_NOOP(
        "ContractorLabels", "Re-outsourcing only with prior approval"
    ),
    Clause.INCIDENT_REPORTING: QT_TRANSLATE_NOOP(
        "ContractorLabels", "Reporting incidents to the office"
    ),
    Clause.INSPECTION: QT_TRANSLATE_NOOP(
        "ContractorLabels", "The office's right to inspect and receive reports"
    ),
    Clause.RETURN_OR_ERASURE: QT_TRANSLATE_NOOP(
        "ContractorLabels", "Return or erasure at the end, with a disposal certificate"
    ),
    Clause.REMEDIES: QT_TRANSLATE_NOOP("ContractorLabels", "Remedies for breach"),
}
END_HANDLINGS = {
    EndHandling.RETURNED: QT_TRANSLATE_NOOP("ContractorLabels", "Returned"),
    EndHandling.ERASED: QT_TRANSLATE_NOOP("ContractorLabels", "Erased"),
}
FOLLOW_UPS = {
    FollowUp.NONE: QT_TRANSLATE_NOOP("ContractorLabels", "No action needed"),
    FollowUp.OPEN: QT_TRANSLATE_NOOP("ContractorLabels", "Actions open"),
    FollowUp.DONE: QT_TRANSLATE_NOOP("ContractorLabels", "Actions done"),
}
KINDS = {
    ChecklistKind.CONTRACTOR: QT_TRANSLATE_NOOP("ContractorLabels", "Contractor inspection"),
    ChecklistKind.SELF: QT_TRANSLATE_NOOP("ContractorLabels", "Office self-inspection"),
}


@cache
def _japanese() -> QTranslator:
    """The program's Japanese translation, loaded once, never installed on the application."""
    translator = QTranslator()
    translator.load(str(resources_dir() / "translations" / JAPANESE_TRANSLATION))
    return translator


def translate(context: str, text: str, language: str | None = None) -> str:
    """``text`` in ``language`` ("en", "ja"), or in the program's language when None."""
    if language is None:
        return QCoreApplication.translate(context, text)
    if language == "ja":
        return _japanese().translate(context, text) or text
    return text


def label(text: str, language: str | None = None) -> str:
    """One of the names above, translated."""
    return translate(CONTEXT, text, language)

"""The names people read for the incident register's choices, in one place.

English here, marked for translation in context "IncidentLabels"; the window
translates them with ``QCoreApplication.translate`` and documents print the
Japanese beside the English (``bilingual``). Importing this module needs no
Qt application.
"""

from __future__ import annotations

from enum import Enum

from ..services.incidents import (
    ActionKind,
    Certainty,
    Duty,
    Kind,
    Medium,
    NoticeMethod,
    Report,
    ReportType,
    Stage,
    SubKind,
)
from ..vault.errors import QT_TRANSLATE_NOOP

CONTEXT = "IncidentLabels"

#: by (kind of choice, choice): str enums of different kinds may share a value ("email")
LABELS: dict[tuple[type[Enum], Enum], str] = {
    (Kind, Kind.LEAKAGE): QT_TRANSLATE_NOOP("IncidentLabels", "Leakage"),
    (Kind, Kind.LOSS): QT_TRANSLATE_NOOP("IncidentLabels", "Loss"),
    (Kind, Kind.DAMAGE): QT_TRANSLATE_NOOP("IncidentLabels", "Damage or falsification"),
    (SubKind, SubKind.MISDELIVERY): QT_TRANSLATE_NOOP("IncidentLabels", "Misdelivery (post, fax)"),
    (SubKind, SubKind.MIS_SENT_EMAIL): QT_TRANSLATE_NOOP(
        "IncidentLabels", "E-mail sent to the wrong person"
    ),
    (SubKind, SubKind.THEFT): QT_TRANSLATE_NOOP("IncidentLabels", "Theft"),
    (SubKind, SubKind.UNAUTHORIZED_ACCESS): QT_TRANSLATE_NOOP(
        "IncidentLabels", "Unauthorized access"
    ),
    (SubKind, SubKind.INSIDER): QT_TRANSLATE_NOOP("IncidentLabels", "Taken by an insider"),
    (SubKind, SubKind.LOST_DEVICE): QT_TRANSLATE_NOOP(
        "IncidentLabels", "Loss of a device (PC, USB memory)"
    ),
    (SubKind, SubKind.LOST_PAPER): QT_TRANSLATE_NOOP("IncidentLabels", "Loss of paper documents"),
    (SubKind, SubKind.WRONG_DISPOSAL): QT_TRANSLATE_NOOP(
        "IncidentLabels", "Disposed of by mistake"
    ),
    (SubKind, SubKind.RANSOMWARE): QT_TRANSLATE_NOOP("IncidentLabels", "Ransomware"),
    (SubKind, SubKind.FALSIFIED): QT_TRANSLATE_NOOP("IncidentLabels", "Altered or falsified"),
    (SubKind, SubKind.UNUSABLE): QT_TRANSLATE_NOOP("IncidentLabels", "Made unusable"),
    (SubKind, SubKind.OTHER): QT_TRANSLATE_NOOP("IncidentLabels", "Other"),
    (Certainty, Certainty.SUSPECTED): QT_TRANSLATE_NOOP("IncidentLabels", "Suspected"),
    (Certainty, Certainty.CONFIRMED): QT_TRANSLATE_NOOP("IncidentLabels", "Confirmed"),
    (Medium, Medium.PAPER): QT_TRANSLATE_NOOP("IncidentLabels", "Paper"),
    (Medium, Medium.EMAIL): QT_TRANSLATE_NOOP("IncidentLabels", "E-mail"),
    (Medium, Medium.PC): QT_TRANSLATE_NOOP("IncidentLabels", "PC"),
    (Medium, Medium.CLOUD): QT_TRANSLATE_NOOP("IncidentLabels", "Cloud service"),
    (Stage, Stage.REPORTED_INTERNALLY): QT_TRANSLATE_NOOP("IncidentLabels", "Reported internally"),
    (Stage, Stage.CONTAINED): QT_TRANSLATE_NOOP("IncidentLabels", "Contained"),
    (Stage, Stage.INVESTIGATED): QT_TRANSLATE_NOOP("IncidentLabels", "Investigated"),
    (Stage, Stage.PRELIMINARY_SENT): QT_TRANSLATE_NOOP("IncidentLabels", "Preliminary report sent"),
    (Stage, Stage.FINAL_SENT): QT_TRANSLATE_NOOP("IncidentLabels", "Final report sent"),
    (Stage, Stage.PERSONS_NOTIFIED): QT_TRANSLATE_NOOP("IncidentLabels", "Persons notified"),
    (Stage, Stage.CLOSED): QT_TRANSLATE_NOOP("IncidentLabels", "Closed"),
    (ActionKind, ActionKind.ACTION): QT_TRANSLATE_NOOP("IncidentLabels", "Action"),
    (ActionKind, ActionKind.CONTAINMENT): QT_TRANSLATE_NOOP("IncidentLabels", "Containment"),
    (ActionKind, ActionKind.INVESTIGATION): QT_TRANSLATE_NOOP("IncidentLabels", "Investigation"),
    (ActionKind, ActionKind.PREVENTION_DONE): QT_TRANSLATE_NOOP(
        "IncidentLabels", "Prevention measure taken"
    ),
    (ActionKind, ActionKind.PREVENTION_PLANNED): QT_TRANSLATE_NOOP(
        "IncidentLabels", "Prevention measure planned"
    ),
    (NoticeMethod, NoticeMethod.LETTER): QT_TRANSLATE_NOOP("IncidentLabels", "Letter"),
    (NoticeMethod, NoticeMethod.EMAIL): QT_TRANSLATE_NOOP("IncidentLabels", "E-mail"),
    (NoticeMethod, NoticeMethod.PUBLICATION): QT_TRANSLATE_NOOP("IncidentLabels", "Publication"),
    (NoticeMethod, NoticeMethod.INQUIRY_DESK): QT_TRANSLATE_NOOP("IncidentLabels", "Inquiry desk"),
    (ReportType, ReportType.SENSITIVE): QT_TRANSLATE_NOOP(
        "IncidentLabels", "Type 1: sensitive personal information"
    ),
    (ReportType, ReportType.FINANCIAL): QT_TRANSLATE_NOOP(
        "IncidentLabels", "Type 2: risk of financial damage"
    ),
    (ReportType, ReportType.WRONGFUL): QT_TRANSLATE_NOOP(
        "IncidentLabels", "Type 3: wrongful purpose suspected"
    ),
    (ReportType, ReportType.OVER_1000): QT_TRANSLATE_NOOP(
        "IncidentLabels", "Type 4: more than 1,000 persons"
    ),
    (Duty, Duty.REQUIRED): QT_TRANSLATE_NOOP("IncidentLabels", "Report required"),
    (Duty, Duty.NOT_REQUIRED): QT_TRANSLATE_NOOP("IncidentLabels", "No report required"),
    (Duty, Duty.UNDECIDED): QT_TRANSLATE_NOOP("IncidentLabels", "Not decided yet"),
    (Report, Report.PRELIMINARY): QT_TRANSLATE_NOOP("IncidentLabels", "Preliminary report"),
    (Report, Report.FINAL): QT_TRANSLATE_NOOP("IncidentLabels", "Final report"),
}


def label(value: Enum) -> str:
    """The English name of a choice (translate it with context ``CONTEXT``)."""
    return LABELS[type(value), value]

"""Whether an incident must be reported to the PPC and notified to the persons (APPI Rule 7).

Source: docs/appi-rules.md, "Incidents". A report to the PPC (Art. 26(1)) and a
notice to each person (Art. 26(2)) are required when any of four types applies,
suspected cases included:

1. sensitive personal information (要配慮個人情報) is involved;
2. misuse could cause financial damage (e.g. card or bank data);
3. a wrongful purpose is suspected (unauthorized access, theft, an insider
   taking data, tampered web forms);
4. more than 1,000 persons are affected, counting the maximum possible
   number (exactly 1,000 is not more).

Types 1-3 apply even for one person. There is no duty where the data was
strongly encrypted and the key was not lost (the exemption of Rule 7).

The questions are three-valued: ``None`` is "not answered yet". A single
"yes" decides the duty; "not required" needs every question answered "no".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum

from ...vault.errors import QT_TRANSLATE_NOOP, Phrase

#: Rule 7 item 4: "more than 1,000" persons
PERSONS_THRESHOLD = 1000


class ReportType(IntEnum):
    SENSITIVE = 1
    FINANCIAL = 2
    WRONGFUL = 3
    OVER_1000 = 4


class Duty(StrEnum):
    REQUIRED = "required"
    NOT_REQUIRED = "not_required"
    UNDECIDED = "undecided"


@dataclass(frozen=True)
class TriageAnswers:
    """The questionnaire; ``persons`` is the maximum possible number affected (None: unknown)."""

    sensitive: bool | None = None
    financial: bool | None = None
    wrongful: bool | None = None
    persons: int | None = None
    strongly_encrypted: bool = False  # and the key was not lost


@dataclass(frozen=True)
class Triage:
    duty: Duty
    types: tuple[ReportType, ...]  # the types that apply
    open_questions: tuple[ReportType, ...]  # the types not answered yet
    exempt: bool  # the strong-encryption exemption applies
    headline: Phrase  # "Report to the PPC and notify the persons: required"
    reasons: tuple[Phrase, ...]  # what "because ..." lists

    @property
    def text(self) -> str:
        """The plain answer in one English line (the window translates the parts)."""
        because = "; ".join(self.reasons)
        return f"{self.headline}, because {because}{'' if because.endswith('?') else '.'}"


_HEADLINES = {
    Duty.REQUIRED: QT_TRANSLATE_NOOP(
        "errors", "Report to the PPC and notify the persons: required"
    ),
    Duty.NOT_REQUIRED: QT_TRANSLATE_NOOP(
        "errors", "Report to the PPC and notify the persons: not required"
    ),
    Duty.UNDECIDED: QT_TRANSLATE_NOOP(
        "errors", "Report to the PPC and notify the persons: not decided yet"
    ),
}
_APPLIES = {
    ReportType.SENSITIVE: QT_TRANSLATE_NOOP(
        "errors", "sensitive personal information is involved (type 1)"
    ),
    ReportType.FINANCIAL: QT_TRANSLATE_NOOP(
        "errors", "misuse could cause financial damage (type 2)"
    ),
    ReportType.WRONGFUL: QT_TRANSLATE_NOOP(
        "errors", "a wrongful purpose is suspected (type 3; final report within 60 days)"
    ),
}
_QUESTIONS = {
    ReportType.SENSITIVE: QT_TRANSLATE_NOOP(
        "errors", "still to answer: is sensitive personal information involved?"
    ),
    ReportType.FINANCIAL: QT_TRANSLATE_NOOP(
        "errors", "still to answer: could misuse cause financial damage?"
    ),
    ReportType.WRONGFUL: QT_TRANSLATE_NOOP(
        "errors", "still to answer: is a wrongful purpose suspected?"
    ),
    ReportType.OVER_1000: QT_TRANSLATE_NOOP(
        "errors", "still to answer: how many persons may be affected at most?"
    ),
}
_EXEMPT = QT_TRANSLATE_NOOP(
    "errors", "the data was strongly encrypted and the key was not lost (exemption of Rule 7)"
)
_NONE_APPLIES = QT_TRANSLATE_NOOP("errors", "none of the four types of Rule 7 applies")


def over_threshold(persons: int | None) -> bool | None:
    """Rule 7 type 4: more than 1,000 persons (None while the number is unknown)."""
    return None if persons is None else persons > PERSONS_THRESHOLD


def classify(
    answers: TriageAnswers,
) -> tuple[Duty, tuple[ReportType, ...], tuple[ReportType, ...]]:
    """The duty, the types that apply and the questions still open: the rule itself."""
    asked = {
        ReportType.SENSITIVE: answers.sensitive,
        ReportType.FINANCIAL: answers.financial,
        ReportType.WRONGFUL: answers.wrongful,
        ReportType.OVER_1000: over_threshold(answers.persons),
    }
    types = tuple(t for t, answer in asked.items() if answer)
    unanswered = tuple(t for t, answer in asked.items() if answer is None)
    if answers.strongly_encrypted:
        duty = Duty.NOT_REQUIRED
    elif types:
        duty = Duty.REQUIRED
    elif unanswered:
        duty = Duty.UNDECIDED
    else:
        duty = Duty.NOT_REQUIRED
    return duty, types, unanswered


def triage(answers: TriageAnswers) -> Triage:
    """The duty under Rule 7, with the reasons a person reads."""
    duty, types, unanswered = classify(answers)
    reasons: tuple[Phrase, ...]
    if answers.strongly_encrypted:
        reasons = (Phrase(_EXEMPT),)
    elif duty is Duty.REQUIRED:
        reasons = tuple(_applies(t, answers.persons) for t in types)
    elif duty is Duty.UNDECIDED:
        reasons = tuple(Phrase(_QUESTIONS[t]) for t in unanswered)
    else:
        reasons = (Phrase(_NONE_APPLIES),)
    return Triage(
        duty=duty,
        types=types,
        open_questions=unanswered,
        exempt=answers.strongly_encrypted,
        headline=Phrase(_HEADLINES[duty]),
        reasons=reasons,
    )


def _applies(report_type: ReportType, persons: int | None) -> Phrase:
    if report_type is ReportType.OVER_1000:
        return Phrase(
            QT_TRANSLATE_NOOP(
                "errors", "up to {persons} persons may be affected, more than 1,000 (type 4)"
            ),
            persons=persons,
        )
    return Phrase(_APPLIES[report_type])


def prefill(answers: TriageAnswers, *, linked_sensitive: bool, linked_count: int) -> TriageAnswers:
    """The answers with what the data already shows filled in.

    A linked client whose record has the sensitive flag answers an unanswered
    type 1 question "yes" (an explicit "no" stays: the person judged that the
    data concerned held none of it). The linked clients are a lower bound of
    the number of persons: a smaller number is raised to it, and more than
    1,000 linked clients answer type 4 even while the number is unknown.
    """
    sensitive = answers.sensitive
    if sensitive is None and linked_sensitive:
        sensitive = True
    persons = answers.persons
    if persons is not None:
        persons = max(persons, linked_count)
    elif linked_count > PERSONS_THRESHOLD:
        persons = linked_count
    return TriageAnswers(
        sensitive=sensitive,
        financial=answers.financial,
        wrongful=answers.wrongful,
        persons=persons,
        strongly_encrypted=answers.strongly_encrypted,
    )


def wrongful_purpose(answers: TriageAnswers) -> bool:
    """Whether the 60-day final-report period applies (type 3, also with others)."""
    return bool(answers.wrongful)

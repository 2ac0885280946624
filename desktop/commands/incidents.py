"""Incident commands: the report draft and notices (``print``), and the report clock.

``privacy-ledger deadlines --known YYYY-MM-DD [--wrongful-purpose] [--json]``
needs no ledger: the office checks a date or plans with it.
"""

from __future__ import annotations

import argparse
import json
from datetime import date

from ..reports.document import ensure_gui_application
from ..reports.incident_notice import addressable, notice_document
from ..reports.incident_report import incident_report_document
from ..services import incidents, settings
from ..services.incidents import Report, clock
from ..services.ledger import Ledger
from . import CommandError, PrintKind


def iso_date(text: str) -> date:
    """An argparse type: YYYY-MM-DD, or a usage error naming what was typed."""
    try:
        return date.fromisoformat(text) if len(text) == 10 else _bad_date(text)
    except ValueError:
        return _bad_date(text)


def _bad_date(text: str) -> date:
    raise argparse.ArgumentTypeError(f"'{text}' is not a date as YYYY-MM-DD")


def add_deadlines_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--known", type=iso_date, required=True, help="the day the office knew (day 1), YYYY-MM-DD"
    )
    parser.add_argument(
        "--wrongful-purpose",
        action="store_true",
        help="a wrongful purpose is suspected (Rule 7 type 3): 60 days for the final report",
    )
    parser.add_argument("--json", action="store_true", help="print the two dates as JSON")


def deadlines(args: argparse.Namespace) -> int:
    """Print the preliminary-report target and the final-report due date."""
    dates = clock.deadlines(args.known, wrongful_purpose=args.wrongful_purpose)
    if args.json:
        print(
            json.dumps(
                {
                    "preliminary_target": dates.preliminary_target.isoformat(),
                    "final_due": dates.final_due.isoformat(),
                }
            )
        )
        return 0
    counted = (
        (f"day {clock.PRELIMINARY_DAY}", clock.PRELIMINARY_DAY, dates.preliminary_target),
        (f"day {dates.final_days}", dates.final_days, dates.final_due),
    )
    print(f"Day 1 (the office knew):     {dates.start.isoformat()}")
    for (day, number, due), name in zip(
        counted, ("Preliminary report target:", "Final report due:"), strict=True
    ):
        plain = clock.day_number(dates.start, number)
        moved = "" if plain == due else f" is {plain.isoformat()}, a closed day"
        print(f"{name:<28} {due.isoformat()} ({day}{moved})")
    return 0


def _add_report_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--incident", required=True, help="the incident's number or id (I-000001)")
    parser.add_argument(
        "--final",
        action="store_true",
        help="mark the draft as the final report (default: preliminary)",
    )


def _add_notice_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--incident", required=True, help="the incident's number or id (I-000001)")
    parser.add_argument(
        "--date", type=iso_date, help="the date printed on the letters (default: today)"
    )


def _find(ledger: Ledger, text: str) -> int:
    """The incident id of a number ("I-000001") or id ("1")."""
    assert ledger.actor is not None
    for row in incidents.list_incidents(ledger, ledger.actor):
        if text in (row.number, str(row.id)):
            return row.id
    raise CommandError(f"there is no incident '{text}' in this ledger")


def _print_report(args: argparse.Namespace, ledger: Ledger) -> str:
    assert ledger.actor is not None
    incident_id = _find(ledger, args.incident)
    report = Report.FINAL if args.final else Report.PRELIMINARY
    detail = incidents.get_incident(ledger, ledger.actor, incident_id)
    ensure_gui_application()
    document = incident_report_document(
        detail,
        office_name=settings.get_settings(ledger, ledger.actor).office_name,
        report=report,
        prepared_on=date.today(),
    )
    document.write_pdf(args.out)
    incidents.record_print(ledger, ledger.actor, incident_id, f"{report.value} report draft")
    return f"Wrote the {report.value} report draft of {detail.number} to {args.out}."


def _print_notices(args: argparse.Namespace, ledger: Ledger) -> str:
    assert ledger.actor is not None
    incident_id = _find(ledger, args.incident)
    detail = incidents.get_incident(ledger, ledger.actor, incident_id)
    people = addressable(detail)
    ensure_gui_application()
    document = notice_document(
        detail,
        people or [None],
        office_name=settings.get_settings(ledger, ledger.actor).office_name,
        sent_on=args.date or date.today(),
    )
    document.write_pdf(args.out)
    incidents.record_print(ledger, ledger.actor, incident_id, f"notices ({len(people)})")
    if not people:
        return f"Wrote one unaddressed notice of {detail.number} to {args.out} (no linked clients)."
    return f"Wrote {len(people)} notice letter(s) of {detail.number} to {args.out}."


REPORT = PrintKind(
    "incident-report",
    "the draft of a report to the PPC (Rule 8), preliminary or final",
    _add_report_arguments,
    _print_report,
)
NOTICES = PrintKind(
    "incident-notices",
    "the notice letters to the persons affected (Rule 10), one per linked client",
    _add_notice_arguments,
    _print_notices,
)

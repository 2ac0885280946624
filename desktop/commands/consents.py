"""``privacy-ledger print consent-form FILE --consent ID --out X.pdf``: the form to sign."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..reports.consent_form import write_consent_form_pdf
from ..reports.document import ensure_gui_application
from ..services.consents.form import consent_form
from ..services.ledger import Ledger
from . import PrintKind


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--consent", type=int, required=True, help="the consent's id")
    parser.add_argument("--out", type=Path, required=True, help="the PDF file to write")


def _run(args: argparse.Namespace, ledger: Ledger) -> str:
    assert ledger.actor is not None
    ensure_gui_application()
    form = consent_form(ledger, ledger.actor, args.consent)
    write_consent_form_pdf(args.out, form)
    return f"Wrote the consent form of {form.consent_number} to {args.out}."


CONSENT_FORM = PrintKind(
    "consent-form", "the consent form for the person to sign (A4 PDF)", _arguments, _run
)

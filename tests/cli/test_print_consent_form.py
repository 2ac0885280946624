"""``privacy-ledger print consent-form``: the form as a PDF, from the command line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.services.consents import add_consent
from tests.cli.test_cli import OK, USAGE, Run
from tests.cli.test_cli import run as run  # the fixture
from tests.consents_support import actor, consent, make_office
from tests.ledger_fixtures import MANAGER, MANAGER_PASSWORD, Login
from tests.unit.test_reports import pdf_text


def test_print_consent_form_writes_the_pdf(
    run: Run, ledger_file: Path, login: Login, tmp_path: Path
) -> None:
    office = make_office(login())
    given = add_consent(office.ledger, actor(office), consent(office, "Name"), date(2026, 5, 1))
    office.ledger.close()
    out = tmp_path / "form.pdf"

    result = run(
        "print", "consent-form", ledger_file, "--consent", str(given.id), "--out", out,
        "--user", MANAGER, "--password-stdin", stdin=MANAGER_PASSWORD + "\n",
    )  # fmt: skip

    assert result.code == OK, result.err
    assert result.out.strip() == f"Wrote the consent form of {given.number} to {out}."
    assert "山田 花子" in pdf_text(out)


def test_print_without_a_consent_id_is_a_usage_error(run: Run, ledger_file: Path) -> None:
    result = run("print", "consent-form", ledger_file, "--out", "x.pdf", "--user", MANAGER)
    assert result.code == USAGE
    assert "--consent" in result.error_line

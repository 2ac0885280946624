"""``privacy-ledger print inspection``: a sheet to PDF without a window, and its audit event."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.services import audit
from desktop.services.contractors import checklists, inspections, register
from desktop.services.contractors.types import (
    ChecklistKind,
    ContractInput,
    ContractorInput,
    ContractorStatus,
    InspectionInput,
    InspectionMethod,
    ItemAnswer,
    ItemResult,
)
from tests.cli import test_cli
from tests.cli.test_cli import OK, USAGE, Run
from tests.ledger_fixtures import CLERK, CLERK_PASSWORD, MANAGER, MANAGER_PASSWORD, Login
from tests.unit.test_inspection_sheet import flat, text_of
from tests.unit.test_reports import pdf_info

TODAY = date.today()
run = test_cli.run  # the fixture that runs the command in this process


@pytest.fixture
def inspected(login: Login) -> int:
    """A ledger with contractor CTR-0001 and one recorded inspection; returns its id."""
    ledger = login()
    assert ledger.actor is not None
    data = ContractorInput("Minato Printing Co., Ltd.", status=ContractorStatus.ACTIVE)
    row = register.add_contractor(ledger, ledger.actor, data)
    register.save_contract(
        ledger, ledger.actor, row.id, ContractInput(starts_on=TODAY - timedelta(days=500))
    )
    template = checklists.current_template(ledger, ledger.actor, ChecklistKind.CONTRACTOR)
    answers = tuple(ItemAnswer(i.id, ItemResult.CONFORMS) for i in template.items)
    done = inspections.record_inspection(
        ledger,
        ledger.actor,
        row.id,
        InspectionInput(TODAY, InspectionMethod.DOCUMENTS, answers, "All in order."),
    )
    ledger.close()
    return done.id


def test_a_filled_sheet_is_printed_and_the_print_recorded(
    run: Run, ledger_file: Path, tmp_path: Path, inspected: int, login: Login
) -> None:
    out = tmp_path / "sheet.pdf"
    result = run(
        "print", "inspection", ledger_file, "--contractor", "ctr-0001",
        "--inspection", str(inspected), "--out", out, "--user", MANAGER, "--password-stdin",
        stdin=MANAGER_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == OK, result.err
    assert "filled sheet" in result.out
    assert pdf_info(out)["Page size"].startswith("595 x 842")
    text = text_of(out)
    assert flat("Minato Printing Co., Ltd.") in text and "Allinorder." in text

    ledger = login()
    assert ledger.actor is not None
    (event,) = [
        e for e in audit.list_events(ledger, ledger.actor) if e.action == "inspection.print"
    ]
    assert event.summary == f"CTR-0001: inspection {inspected} sheet to PDF"


def test_a_clerk_prints_a_blank_sheet_in_japanese(
    run: Run, ledger_file: Path, tmp_path: Path, inspected: int
) -> None:
    out = tmp_path / "blank.pdf"
    result = run(
        "print", "inspection", ledger_file, "--contractor", "1", "--blank", "--lang", "ja",
        "--out", out, "--user", CLERK, "--password-stdin", stdin=CLERK_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == OK, result.err
    text = text_of(out)
    assert "委託先点検表" in text and "記入用" in text and "Allinorder." not in text


def test_the_sheets_due_this_month_in_one_pdf(
    run: Run, ledger_file: Path, tmp_path: Path, inspected: int
) -> None:
    out = tmp_path / "due.pdf"
    result = run(
        "print", "inspection", ledger_file, "--due-this-month", "--out", out,
        "--user", MANAGER, "--password-stdin", stdin=MANAGER_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == OK, result.err
    assert "Wrote 1 sheet(s)" in result.out  # the one contractor, overdue since no approval
    assert flat("Minato Printing Co., Ltd.") in text_of(out)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--contractor", "CTR-0099", "--blank"), "there is no contractor 'CTR-0099'"),
        (("--contractor", "CTR-0001"), "--inspection ID (filled) or --blank"),
        (("--contractor", "CTR-0001", "--inspection", "999"), "The inspection was not found"),
        (("--blank",), "one of the arguments --contractor --office --due-this-month"),
    ],
)
def test_a_wrong_request_is_one_line_and_writes_nothing(
    run: Run, ledger_file: Path, tmp_path: Path, inspected: int, args: tuple[str, ...], message: str
) -> None:
    out = tmp_path / "sheet.pdf"
    result = run(
        "print", "inspection", ledger_file, *args, "--out", out,
        "--user", MANAGER, "--password-stdin", stdin=MANAGER_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == USAGE
    assert message in result.error_line
    assert not out.exists()


def test_contractors_and_inspections_export_to_csv(
    run: Run, ledger_file: Path, tmp_path: Path, inspected: int
) -> None:
    for kind, expected in (
        ("contractors", ["Contractor no.", "CTR-0001", "Minato Printing Co., Ltd."]),
        ("inspections", ["Inspected on", "CTR-0001", TODAY.isoformat(), "recorded"]),
    ):
        out = tmp_path / f"{kind}.csv"
        result = run(
            "export", ledger_file, kind, "--out", out, "--user", MANAGER, "--password-stdin",
            stdin=MANAGER_PASSWORD + "\n",
        )  # fmt: skip
        assert result.code == OK, result.err
        text = out.read_text(encoding="utf-8-sig")
        header, first = text.splitlines()[:2]
        assert expected[0] in header
        for value in expected[1:]:
            assert value in first

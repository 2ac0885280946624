"""``privacy-ledger deadlines`` and ``privacy-ledger print incident-report / incident-notices``."""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.services import audit, clients, incidents, purposes
from desktop.services.clients import ClientInput
from desktop.services.incidents import IncidentInput, Kind, SubKind
from tests.cli import test_cli
from tests.cli.test_cli import USAGE, Run
from tests.ledger_fixtures import CLERK, CLERK_PASSWORD, MANAGER, MANAGER_PASSWORD, Login
from tests.unit.test_reports import pdf_text

run = test_cli.run  # the same fixture: the command in this process, its own data folder

DEADLINES = [
    (["--known", "2025-12-01"], {"preliminary_target": "2025-12-05", "final_due": "2026-01-05"}),
    (
        ["--known", "2025-12-01", "--wrongful-purpose"],
        {"preliminary_target": "2025-12-05", "final_due": "2026-01-29"},
    ),
    (["--known", "2025-04-04"], {"preliminary_target": "2025-04-08", "final_due": "2025-05-07"}),
]


@pytest.mark.parametrize(("args", "expected"), DEADLINES)
def test_deadlines_as_json(run: Run, args: list[str], expected: dict[str, str]) -> None:
    result = run("deadlines", *args, "--json")
    assert result.code == 0, result.err
    assert json.loads(result.out) == expected


def test_deadlines_as_text_say_why_a_date_moved(run: Run) -> None:
    result = run("deadlines", "--known", "2025-12-01")
    assert result.code == 0
    assert "Preliminary report target:   2025-12-05 (day 5)" in result.out
    assert "Final report due:            2026-01-05 (day 30 is 2025-12-30, a closed day)" in (
        result.out
    )


@pytest.mark.parametrize("bad", ["2025-13-01", "20251201", "tomorrow", "2025-02-30", ""])
def test_a_malformed_date_exits_2_with_one_line(run: Run, bad: str) -> None:
    result = run("deadlines", "--known", bad)
    assert result.code == USAGE
    assert "is not a date as YYYY-MM-DD" in result.error_line
    assert result.out == ""


def test_deadlines_needs_a_known_date(run: Run) -> None:
    result = run("deadlines", "--json")
    assert result.code == USAGE
    assert "--known" in result.error_line


@pytest.fixture
def incident(login: Login) -> str:
    ledger = login()
    assert ledger.actor is not None
    purpose = purposes.list_purposes(ledger)[0].id
    client = ClientInput(
        family_name="高橋",
        given_name="直子",
        postal_code="530-0001",
        address="大阪府大阪市北区梅田9-9-9",
        obtained_on=date(2024, 1, 5),
        purpose_ids=(purpose,),
    )
    client_id = clients.add_client(ledger, ledger.actor, client).id
    data = IncidentInput(
        title="USB memory lost",
        kind=Kind.LOSS,
        sub_kind=SubKind.LOST_DEVICE,
        known_on=date.today() - timedelta(days=2),
        client_ids=(client_id,),
        type_sensitive=True,
    )
    row = incidents.report_incident(ledger, ledger.actor, replace(data))
    ledger.close()
    return row.number


def test_print_report_draft(run: Run, ledger_file: Path, tmp_path: Path, incident: str) -> None:
    out = tmp_path / "report.pdf"
    result = run(
        "print", "incident-report", ledger_file, "--incident", incident, "--out", out,
        "--user", CLERK, "--password-stdin", "--final", stdin=CLERK_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert f"Wrote the final report draft of {incident}" in result.out
    text = pdf_text(out)
    assert "確報" in text and "第1号：要配慮個人情報" in text and "USB memory lost" in text


def test_print_notices_addresses_the_linked_client(
    run: Run, ledger_file: Path, tmp_path: Path, incident: str, login: Login
) -> None:
    out = tmp_path / "notices.pdf"
    result = run(
        "print", "incident-notices", ledger_file, "--incident", incident, "--out", out,
        "--user", MANAGER, "--password-stdin", "--date", "2026-01-06",
        stdin=MANAGER_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "Wrote 1 notice letter(s)" in result.out
    text = pdf_text(out)
    assert "高橋 直子 様" in text and "大阪府大阪市北区梅田9-9-9" in text and "2026-01-06" in text
    ledger = login()
    assert ledger.actor is not None
    events = [(e.action, e.summary) for e in audit.list_events(ledger, ledger.actor)]
    assert ("incident.print", f"{incident}: notices (1)") in events


def test_print_an_unknown_incident_exits_2(
    run: Run, ledger_file: Path, tmp_path: Path, incident: str
) -> None:
    out = tmp_path / "report.pdf"
    result = run(
        "print", "incident-report", ledger_file, "--incident", "I-999999", "--out", out,
        "--user", MANAGER, "--password-stdin", stdin=MANAGER_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == USAGE
    assert "there is no incident 'I-999999'" in result.error_line
    assert not out.exists()


def test_export_incidents_to_csv(
    run: Run, ledger_file: Path, tmp_path: Path, incident: str
) -> None:
    out = tmp_path / "incidents.csv"
    result = run(
        "export", ledger_file, "incidents", "--out", out, "--lang", "ja",
        "--user", MANAGER, "--password-stdin", stdin=MANAGER_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == 0, result.err
    with out.open(encoding="utf-8-sig", newline="") as handle:
        heading, *rows = list(csv.reader(handle))
    assert heading[:3] == ["番号", "件名", "事態の区分"]
    (row,) = rows
    values = dict(zip(heading, row, strict=True))
    assert values["番号"] == incident and values["関係する顧客"] == "C-000001"
    assert values["報告・通知"] == "required" and values["規則7条の類型"] == "1"
    assert "高橋" not in ",".join(row)


def test_a_clerk_cannot_export_incidents(run: Run, ledger_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "incidents.csv"
    result = run(
        "export", ledger_file, "incidents", "--out", out,
        "--user", CLERK, "--password-stdin", stdin=CLERK_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == USAGE and "export data" in result.error_line
    assert not out.exists()

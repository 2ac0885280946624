"""``privacy-ledger export FILE consents|provisions|recipients|receipts``: rows read back."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from desktop.services.consents import add_consent, add_provision
from tests.cli.test_cli import OK, USAGE, Run
from tests.cli.test_cli import run as run  # the fixture
from tests.consents_support import actor, consent, make_office, provision
from tests.ledger_fixtures import CLERK, CLERK_PASSWORD, MANAGER, MANAGER_PASSWORD, Login


def export(run: Run, ledger_file: Path, kind: str, out: Path, *extra: str) -> list[dict[str, str]]:
    result = run(
        "export", ledger_file, kind, "--out", out, *extra,
        "--user", MANAGER, "--password-stdin", stdin=MANAGER_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == OK, result.err
    with out.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_consents_and_provisions_export_with_japanese_headings_and_text(
    run: Run, ledger_file: Path, login: Login, tmp_path: Path
) -> None:
    office = make_office(login())
    me = actor(office)
    given = add_consent(office.ledger, me, consent(office, "Name", "Address"), date(2026, 1, 10))
    add_consent(
        office.ledger,
        me,
        consent(office, "Date of birth", obtained_on=date(2025, 12, 20)),
        date(2025, 12, 20),
    )
    made = add_provision(office.ledger, me, provision(office, "Name"))
    office.ledger.close()

    consents = export(run, ledger_file, "consents", tmp_path / "c.csv", "--lang", "ja")
    assert sorted(row["同意日"] for row in consents) == ["2025-12-20", "2026-01-10"]
    first = next(row for row in consents if row["番号"] == given.number)
    assert first["顧客氏名"] == "山田 花子" and first["提供先"] == "ABC Co."
    assert first["個人データの項目"] == "Name; Address" and first["状態"] == "active"
    assert first["利用目的"] == "4" and first["撤回日"] == ""

    dated = export(
        run, ledger_file, "consents", tmp_path / "d.csv", "--lang", "ja", "--from", "2026-01-01"
    )
    assert [row["番号"] for row in dated] == [given.number]

    (row,) = export(run, ledger_file, "provisions", tmp_path / "p.csv", "--lang", "ja")
    assert row["番号"] == made.number and row["顧客氏名"] == "山田 花子"
    assert row["提供日"] == "2026-02-01" and row["同意"] == given.number
    assert row["個人データの項目"] == "Name" and row["記録義務なし"] == "no"
    assert row["保存期限"] != ""

    recipients = export(run, ledger_file, "recipients", tmp_path / "r.csv", "--lang", "en")
    assert [(r["Name"], r["Address"]) for r in recipients] == [
        ("ABC Co.", "東京都港区1-2-3"),
        ("東京出入国在留管理局", "東京都港区港南5-5-30"),
    ]
    receipts = export(run, ledger_file, "receipts", tmp_path / "x.csv", "--lang", "en")
    assert receipts == []


def test_a_clerk_cannot_export_provisions(run: Run, ledger_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.csv"
    result = run(
        "export", ledger_file, "provisions", "--out", out,
        "--user", CLERK, "--password-stdin", stdin=CLERK_PASSWORD + "\n",
    )  # fmt: skip
    assert result.code == USAGE and "export data" in result.error_line
    assert not out.exists()

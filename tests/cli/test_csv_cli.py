"""``privacy-ledger export`` and ``import``: what they print, write and exit with."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop import cli
from tests.ledger_fixtures import CLERK, CLERK_PASSWORD, MANAGER, MANAGER_PASSWORD, raw_query

OK, USAGE = 0, 2
LEDGER = ["--user", MANAGER, "--password-stdin"]
OFFICE_LIST = (
    "氏名,電話番号,利用目的,メモ\r\n"
    "山田 花子,03-1234-5678,1,=1+1\r\n"
    "佐藤 一郎,電話なし,1,\r\n"
    "鈴木 次郎,090-1111-2222,1,\r\n"
    "高橋,,1,\r\n"
)


def written(path: Path) -> list[object]:
    """The clients and the audit events other than logins: what an import would have added."""
    clients = raw_query(path, "SELECT number FROM clients")
    events = raw_query(path, "SELECT action FROM audit_events WHERE action NOT LIKE 'login%'")
    return [*clients, *events]


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def _run(*argv: str | Path, stdin: str = MANAGER_PASSWORD + "\n") -> Result:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = cli.main(["--basedir", str(tmp_path / "data"), *map(str, argv)])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return Result(code, out, err)

    return _run


def test_a_refused_import_exits_2_with_one_line_per_refused_row_and_writes_nothing(
    run, ledger_file: Path, tmp_path: Path
) -> None:
    source = tmp_path / "list.csv"
    source.write_bytes(OFFICE_LIST.encode("utf-8-sig"))
    before = written(ledger_file)
    result = run("import", ledger_file, "clients", source, *LEDGER)
    assert result.code == USAGE
    assert result.err.splitlines() == [
        "line 3: 電話番号: Enter the phone number in digits, with hyphens if you like: "
        "03-1234-5678.",
        "line 5: 氏名: '高橋' has no space between family and given name, so it was taken as "
        "the family name. Enter the given name.",
        "privacy-ledger: 2 of 4 rows refused; nothing was imported",
    ]
    assert written(ledger_file) == before  # the login is recorded, nothing else


def test_a_dry_run_writes_nothing_and_an_import_then_adds_every_row(
    run, ledger_file: Path, tmp_path: Path
) -> None:
    source = tmp_path / "list.csv"
    good = "".join(OFFICE_LIST.splitlines(keepends=True)[:2] + OFFICE_LIST.splitlines(True)[3:4])
    source.write_bytes(good.encode("cp932"))
    before = written(ledger_file)
    dry = run("import", ledger_file, "clients", source, "--dry-run", *LEDGER)
    assert (dry.code, dry.out) == (
        OK,
        "2 rows would be imported into clients (dry run: nothing written).\n",
    )
    assert written(ledger_file) == before  # the login is recorded, nothing else
    done = run("import", ledger_file, "clients", source, *LEDGER)
    assert done.code == OK and "Imported 2 rows" in done.out
    out = tmp_path / "back.csv"
    exported = run("export", ledger_file, "clients", "--out", out, "--lang", "ja", *LEDGER)
    assert exported.code == OK
    assert "delete it after use" in exported.out
    text = out.read_bytes().decode("utf-8-sig")
    assert text.startswith('"顧客番号","姓","名"')
    assert '"\'=1+1"' in text  # written so Excel shows it as text


def test_map_assigns_columns_and_purpose_fills_empty_purposes(
    run, ledger_file: Path, tmp_path: Path
) -> None:
    source = tmp_path / "own.csv"
    source.write_bytes("顧客,連絡\r\n木村 拓,090-1234-5678\r\n".encode())
    result = run(
        "import", ledger_file, "clients", source, "--map", "顧客=name", "--purpose", "3", *LEDGER
    )
    assert (result.code, result.err) == (OK, "")
    out = tmp_path / "mail.csv"
    run(
        "export",
        ledger_file,
        "clients",
        "--out",
        out,
        "--purpose",
        "3",
        "--encoding",
        "cp932",
        *LEDGER,
    )
    assert "木村".encode("cp932") in out.read_bytes()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["import", "{ledger}", "clients", "{tmp}/none.csv"], "There is no CSV file"),
        (["import", "{ledger}", "clients", "{tmp}/bin.csv"], "not a text file"),
        (["import", "{ledger}", "wishes", "{tmp}/bin.csv"], "There is no register 'wishes'"),
        (["import", "{ledger}", "clients", "{tmp}/bin.csv", "--map", "x"], "is not heading=field"),
        (
            ["export", "{ledger}", "clients", "--out", "{tmp}/x.csv", "--from", "2026-13-01"],
            "not a date",
        ),
        (["export", "{ledger}", "clients", "--out", "{tmp}/x.pldb"], "cannot replace a ledger"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    run, ledger_file: Path, tmp_path: Path, argv: list[str], message: str
) -> None:
    (tmp_path / "bin.csv").write_bytes(b"\x00\x01\x02")
    args = [a.format(ledger=ledger_file, tmp=tmp_path) for a in argv]
    result = run(*args, *LEDGER)
    assert result.code == USAGE
    (line,) = result.err.splitlines()
    assert line.startswith("privacy-ledger: ") and message in line


def test_a_clerk_cannot_export_clients(run, ledger_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    result = run(
        "export",
        ledger_file,
        "clients",
        "--out",
        out,
        "--user",
        CLERK,
        "--password-stdin",
        stdin=CLERK_PASSWORD + "\n",
    )
    assert result.code == USAGE and "export data" in result.err
    assert not out.exists()

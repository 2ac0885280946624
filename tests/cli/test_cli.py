"""The ``privacy-ledger`` command: what it prints, and its exit codes (docs/architecture.md).

Most cases run ``desktop.cli.main`` in this process with standard input
replaced; a few start the real program (``python -m desktop`` and the
installed console script) to prove the exit codes for real. Every run uses a
data folder under the test's tmp_path, never the real user folder.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop import cli
from desktop.services.verify import verify_file
from desktop.vault import Vault, read_header
from tests.ledger_fixtures import (
    CLERK,
    CLERK_PASSWORD,
    MANAGER,
    MANAGER_PASSWORD,
    LedgerTemplate,
)

RECOVERY_KEY = re.compile(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){13}\b")
OK, UNEXPECTED, USAGE, WRONG_PASSWORD, CORRUPT, LOCKED = 0, 1, 2, 3, 4, 5


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    @property
    def error_line(self) -> str:
        """The one line a failing command prints; fails the test if there is not exactly one."""
        lines = self.err.splitlines()
        assert len(lines) == 1, self.err
        assert "Traceback" not in self.err
        assert lines[0].startswith("privacy-ledger: ")
        return lines[0]


Run = Callable[..., Result]


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """``run(*argv, stdin=...)``: the command in this process, with its own data folder."""
    basedir = tmp_path / "data"

    def _run(*argv: str | Path, stdin: str = "") -> Result:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = cli.main(["--basedir", str(basedir), *map(str, argv)])
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return _run


def process_env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PRIVACY_LEDGER_TEST_KDF": "1",
        "PRIVACY_LEDGER_BASEDIR": str(tmp_path / "process-data"),
    }


def run_process(tmp_path: Path, *argv: str | Path, stdin: str = "", script: bool = False) -> Result:
    """The real program in a child process: ``python -m desktop`` or the console script."""
    if script:
        found = shutil.which("privacy-ledger", path=str(Path(sys.executable).parent))
        assert found, "the privacy-ledger console script is not installed beside this Python"
        command = [found]
    else:
        command = [sys.executable, "-m", "desktop"]
    done = subprocess.run(
        [*command, *map(str, argv)],
        input=stdin,
        capture_output=True,
        text=True,
        env=process_env(tmp_path),
        timeout=60,
        check=False,
    )
    return Result(done.returncode, done.stdout, done.stderr)


def verify_as(run: Run, path: Path, user: str, password: str) -> Result:
    return run("verify", path, "--user", user, "--password-stdin", stdin=password + "\n")


# --- init and verify ---------------------------------------------------------------------


def test_init_prints_the_recovery_key_once(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "office.pldb"
    result = run(
        "init",
        path,
        "--user",
        "tanaka",
        "--office",
        "Sakura",
        "--password-stdin",
        stdin="first-manager-pass\n",
    )
    assert (result.code, result.err) == (OK, "")
    (key,) = RECOVERY_KEY.findall(result.out)
    assert len(key.split("-")) == 14
    assert f"Created {path} with manager 'tanaka'." in result.out

    by_key = run("verify", path, "--recovery-key-stdin", stdin=key + "\n")
    assert by_key.code == OK, by_key.err
    assert "authenticated with the recovery key" in by_key.out
    by_password = verify_as(run, path, "tanaka", "first-manager-pass")
    assert by_password.code == OK
    assert RECOVERY_KEY.search(by_password.out) is None  # shown once, never again


def test_init_refuses_a_short_password_and_an_existing_file(
    run: Run, tmp_path: Path, ledger_file: Path
) -> None:
    path = tmp_path / "new.pldb"
    short = run("init", path, "--user", "tanaka", "--password-stdin", stdin="short\n")
    assert short.code == USAGE
    assert "at least 8 characters" in short.error_line
    assert not path.exists()

    before = ledger_file.read_bytes()
    taken = run("init", ledger_file, "--user", "tanaka", "--password-stdin", stdin="long-pass-1\n")
    assert taken.code == USAGE
    assert "already exists" in taken.error_line
    assert ledger_file.read_bytes() == before


def test_verify_reports_every_check(run: Run, ledger_file: Path) -> None:
    result = verify_as(run, ledger_file, MANAGER, MANAGER_PASSWORD)
    assert (result.code, result.err) == (OK, "")
    lines = result.out.splitlines()
    assert [line.split(":")[0] for line in lines[:4]] == [
        "header",
        "decryption",
        "database",
        "audit trail",
    ]
    assert all(" ok: " in line for line in lines[:4])
    assert lines[-1] == f"{ledger_file}: all checks passed"


def test_verify_with_the_recovery_key(
    run: Run, ledger_file: Path, ledger_template: LedgerTemplate
) -> None:
    typed = ledger_template.recovery_key.lower().replace("-", " ")  # as a person might type it
    result = run("verify", ledger_file, "--recovery-key-stdin", stdin=typed + "\n")
    assert result.code == OK, result.err
    assert "all checks passed" in result.out


@pytest.mark.parametrize(
    ("user", "secret", "message"),
    [
        (MANAGER, "not-the-password", "The password is not correct for this ledger."),
        ("yamada", "whatever-pass", "There is no user named 'yamada' in this ledger."),
        (
            None,
            "0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000",
            "typing error",
        ),
    ],
    ids=["wrong-password", "unknown-user", "mistyped-recovery-key"],
)
def test_a_wrong_secret_exits_3_with_one_line(
    user: str | None, secret: str, message: str, run: Run, ledger_file: Path
) -> None:
    if user is None:
        result = run("verify", ledger_file, "--recovery-key-stdin", stdin=secret + "\n")
    else:
        result = verify_as(run, ledger_file, user, secret)
    assert result.code == WRONG_PASSWORD
    assert message in result.error_line
    assert result.out == ""


def test_another_ledgers_recovery_key_exits_3(run: Run, ledger_file: Path, tmp_path: Path) -> None:
    other = run(
        "init", tmp_path / "other.pldb", "--user", "x", "--password-stdin", stdin="long-pass-1\n"
    )
    (key,) = RECOVERY_KEY.findall(other.out)
    result = run("verify", ledger_file, "--recovery-key-stdin", stdin=key + "\n")
    assert result.code == WRONG_PASSWORD
    assert "does not belong to this ledger" in result.error_line


def damaged_body(data: bytes) -> bytes:
    damaged = bytearray(data)
    damaged[-40] ^= 0x01
    return bytes(damaged)


def damaged_header(data: bytes) -> bytes:
    return data.replace(b'"generation": ', b'"generation": 9', 1)


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (damaged_body, "damaged body"),
        (damaged_header, "damaged header"),
        (lambda data: data[: len(data) // 2], "truncated"),
        (lambda data: b"", "not a Privacy Ledger file"),
        (lambda data: os.urandom(4096), "not a Privacy Ledger file"),
        (lambda data: b"PLDB\x01\x00" + bytes(range(256)) * 16, "damaged header"),
    ],
    ids=["body", "header", "truncated", "empty", "random", "random-after-magic"],
)
def test_a_damaged_file_exits_4(
    make: Callable[[bytes], bytes], reason: str, run: Run, ledger_file: Path
) -> None:
    ledger_file.write_bytes(make(ledger_file.read_bytes()))
    result = verify_as(run, ledger_file, MANAGER, MANAGER_PASSWORD)
    assert result.code == CORRUPT
    assert reason in result.error_line


def test_a_missing_file_is_named(run: Run, tmp_path: Path) -> None:
    result = verify_as(run, tmp_path / "nowhere.pldb", MANAGER, MANAGER_PASSWORD)
    assert result.code == USAGE
    assert f"There is no ledger file at {tmp_path / 'nowhere.pldb'}" in result.error_line
    assert "unexpected" not in result.err


# --- usage -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        (["init"], "", "the following arguments are required"),
        (["init", "{file}", "--user", "x", "--bogus"], "", "unrecognized arguments: --bogus"),
        (["init", "{new}", "--user", "x"], "long-pass-1\n", "add --password-stdin"),
        (["verify", "{file}"], "", "verify needs --user NAME"),
        (["verify", "{file}", "--user", "manager", "--password-stdin"], "", "expected 1 line"),
        (["user"], "", "required: user_command"),
        (
            ["user", "add", "{file}", "--user", "manager"],
            "",
            "the following arguments are required",
        ),
        (
            ["user", "add", "{file}", "sato", "--user", "manager", "--password-stdin"],
            "only-one\n",
            "expected 2 line",
        ),
        (
            ["user", "add", "{file}", "sato", "--user", "manager", "--role", "boss"],
            "",
            "invalid choice",
        ),
        (
            ["demo-data", "{file}", "--user", "manager", "--clients", "-1", "--password-stdin"],
            "",
            "--clients",
        ),
        (
            ["demo-data", "{file}", "--user", "manager", "--clients", "many"],
            "",
            "invalid int value",
        ),
        (["--lang", "de"], "", "invalid choice"),
    ],
)
def test_usage_errors_exit_2_with_one_line(
    argv: list[str], stdin: str, message: str, run: Run, ledger_file: Path, tmp_path: Path
) -> None:
    before = ledger_file.read_bytes()
    args = [a.format(file=ledger_file, new=tmp_path / "new.pldb") for a in argv]
    result = run(*args, stdin=stdin)
    assert result.code == USAGE
    assert message in result.error_line
    assert ledger_file.read_bytes() == before
    assert not (tmp_path / "new.pldb").exists()


def test_debug_shows_the_traceback(run: Run, ledger_file: Path) -> None:
    result = run(
        "--debug",
        "verify",
        ledger_file,
        "--user",
        MANAGER,
        "--password-stdin",
        stdin="not-the-password\n",
    )
    assert result.code == WRONG_PASSWORD
    assert result.err.startswith("Traceback (most recent call last):")
    assert "desktop/vault" in result.err.replace("\\", "/")
    assert result.err.splitlines()[-1] == (
        "privacy-ledger: The password is not correct for this ledger."
    )


def test_an_unexpected_error_is_one_line_with_a_hint(
    run: Run, ledger_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(cli, "verify_file", broken)
    result = verify_as(run, ledger_file, MANAGER, MANAGER_PASSWORD)
    assert result.code == UNEXPECTED
    assert result.error_line == (
        "privacy-ledger: unexpected error: ZeroDivisionError: a bug (run with --debug for details)"
    )


# --- users -------------------------------------------------------------------------------


def test_user_add_passwd_remove_round_trip(run: Run, ledger_file: Path) -> None:
    def manage(*argv: str, stdin: str) -> Result:
        return run(
            "user",
            *argv[:1],
            ledger_file,
            *argv[1:],
            "--user",
            MANAGER,
            "--password-stdin",
            stdin=stdin,
        )

    added = manage(
        "add", "sato", "--display-name", "佐藤 花子", stdin=f"{MANAGER_PASSWORD}\nsato-pass-1\n"
    )
    assert (added.code, added.err) == (OK, "")
    assert "Added clerk 'sato'" in added.out
    assert verify_as(run, ledger_file, "sato", "sato-pass-1").code == OK

    duplicate = manage("add", "SATO", stdin=f"{MANAGER_PASSWORD}\nother-pass-1\n")
    assert duplicate.code == USAGE
    assert "already a user named 'SATO'" in duplicate.error_line

    changed = manage("passwd", "sato", stdin=f"{MANAGER_PASSWORD}\nsato-pass-2\n")
    assert changed.code == OK and "Password of 'sato' changed." in changed.out
    assert verify_as(run, ledger_file, "sato", "sato-pass-1").code == WRONG_PASSWORD
    assert verify_as(run, ledger_file, "sato", "sato-pass-2").code == OK

    own = manage("passwd", MANAGER, stdin=f"{MANAGER_PASSWORD}\nmanager-pass-new\n")
    assert own.code == OK
    assert verify_as(run, ledger_file, MANAGER, "manager-pass-new").code == OK

    removed = run(
        "user",
        "remove",
        ledger_file,
        "sato",
        "--user",
        MANAGER,
        "--password-stdin",
        stdin="manager-pass-new\n",
    )
    assert removed.code == OK and "Removed 'sato' and rotated the data key." in removed.out
    gone = verify_as(run, ledger_file, "sato", "sato-pass-2")
    assert gone.code == WRONG_PASSWORD
    assert "no user named 'sato'" in gone.error_line
    again = run(
        "user",
        "remove",
        ledger_file,
        "sato",
        "--user",
        MANAGER,
        "--password-stdin",
        stdin="manager-pass-new\n",
    )
    assert again.code == USAGE and "no active user named 'sato'" in again.error_line


def test_the_last_manager_cannot_be_removed(run: Run, ledger_file: Path) -> None:
    result = run(
        "user",
        "remove",
        ledger_file,
        MANAGER,
        "--user",
        MANAGER,
        "--password-stdin",
        stdin=MANAGER_PASSWORD + "\n",
    )
    assert result.code == USAGE
    assert "at least one active manager" in result.error_line
    assert verify_as(run, ledger_file, MANAGER, MANAGER_PASSWORD).code == OK


def test_a_clerk_may_not_manage_users(run: Run, ledger_file: Path) -> None:
    result = run(
        "user",
        "add",
        ledger_file,
        "sato",
        "--user",
        CLERK,
        "--password-stdin",
        stdin=f"{CLERK_PASSWORD}\nsato-pass-1\n",
    )
    assert result.code == USAGE
    assert "Your role does not allow this: manage users" in result.error_line


def test_demo_data_fills_the_ledger(run: Run, ledger_file: Path) -> None:
    generation = read_header(ledger_file).generation
    result = run(
        "demo-data",
        ledger_file,
        "--clients",
        "12",
        "--batch",
        "5",
        "--user",
        MANAGER,
        "--password-stdin",
        stdin=MANAGER_PASSWORD + "\n",
    )
    assert (result.code, result.err) == (OK, "")
    assert "12" in result.out
    assert read_header(ledger_file).generation >= generation + 3  # login, users, 3 batches
    report = verify_file(ledger_file, username=MANAGER, password=MANAGER_PASSWORD)
    assert report.ok, report.lines
    assert verify_as(run, ledger_file, CLERK, CLERK_PASSWORD).code == OK


# --- the real program --------------------------------------------------------------------


def test_the_console_script_creates_and_verifies(tmp_path: Path) -> None:
    path = tmp_path / "office.pldb"
    created = run_process(
        tmp_path,
        "init",
        path,
        "--user",
        "tanaka",
        "--password-stdin",
        stdin="first-manager-pass\n",
        script=True,
    )
    assert created.code == OK, created.err
    assert len(RECOVERY_KEY.findall(created.out)) == 1
    ok = run_process(
        tmp_path,
        "verify",
        path,
        "--user",
        "tanaka",
        "--password-stdin",
        stdin="first-manager-pass\n",
    )
    assert ok.code == OK and "all checks passed" in ok.out
    wrong = run_process(
        tmp_path, "verify", path, "--user", "tanaka", "--password-stdin", stdin="not-it-at-all\n"
    )
    assert wrong.code == WRONG_PASSWORD
    assert wrong.error_line == "privacy-ledger: The password is not correct for this ledger."
    path.write_bytes(damaged_body(path.read_bytes()))
    damaged = run_process(
        tmp_path,
        "verify",
        path,
        "--user",
        "tanaka",
        "--password-stdin",
        stdin="first-manager-pass\n",
    )
    assert damaged.code == CORRUPT and "damaged body" in damaged.error_line
    usage = run_process(tmp_path, "verify", path, script=True)
    assert usage.code == USAGE
    # nothing was written outside the test's folders
    assert (tmp_path / "process-data").is_dir()


def test_a_locked_ledger_exits_5_and_names_who_has_it(ledger_file: Path, tmp_path: Path) -> None:
    before = ledger_file.read_bytes()
    vault, _ = Vault.open(ledger_file, username=MANAGER, password=MANAGER_PASSWORD)
    try:
        result = run_process(
            tmp_path,
            "user",
            "add",
            ledger_file,
            "sato",
            "--user",
            MANAGER,
            "--password-stdin",
            stdin=f"{MANAGER_PASSWORD}\nsato-pass-1\n",
        )
    finally:
        vault.close()
    assert result.code == LOCKED
    line = result.error_line
    assert "open in another program" in line
    assert f"process {os.getpid()}" in line
    assert ledger_file.read_bytes() == before

"""The lower layers' messages: marked for translation, filled in completely, English unchanged.

Every ``QT_TRANSLATE_NOOP("errors", ...)`` in vault, db and services is read
with ``ast``; each call that passes such a template must give every
placeholder it names, and every error class must render without a brace left.
"""

from __future__ import annotations

import ast
import errno
import importlib
import pkgutil
import string
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import desktop
from desktop.services import errors as service_errors
from desktop.services.audit import ChainReport
from desktop.services.clients import ClientInput, validate_client
from desktop.services.consents.rules import ConsentChoiceNeeded, ConsentRequired
from desktop.services.csv_io import errors as csv_errors
from desktop.services.errors import (
    NotFound,
    PermissionDenied,
    UnsavedRecoveryKey,
    ValidationError,
)
from desktop.services.history import HistoryFinding, OlderCopyRefused
from desktop.services.permissions import Permission
from desktop.services.restore import OldPasswordNeeded
from desktop.services.session import TooManyAttempts
from desktop.services.validation import check_password, required_text
from desktop.vault import errors as vault_errors
from desktop.vault.atomic import describe_os_error
from desktop.vault.errors import (
    QT_TRANSLATE_NOOP,
    CorruptFile,
    LedgerError,
    LedgerLocked,
    NoSuchLedger,
    NotARegularFile,
    Phrase,
    SaveFailed,
)
from desktop.vault.kdf import KdfParams
from desktop.vault.lockfile import LockInfo
from desktop.vault.recovery import MistypedRecoveryKey

PACKAGE = Path(desktop.__file__).resolve().parent
LOWER_LAYERS = ("vault", "db", "services")
#: templates built outside a call (in a conditional), with the parameters CorruptFile gives
CORRUPT_FILE_PARAMETERS = {"reason", "detail"}


@dataclass(frozen=True)
class Template:
    where: str
    text: str
    #: keyword names of the call the template is passed to; None when it is not passed directly
    given: frozenset[str] | None

    @property
    def fields(self) -> set[str]:
        return placeholders(self.text)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _is_marker(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
    )


def templates() -> Iterator[Template]:
    for layer in LOWER_LAYERS:
        for file in sorted((PACKAGE / layer).rglob("*.py")):
            tree = ast.parse(file.read_text(encoding="utf-8"))
            passed: dict[int, frozenset[str]] = {}
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and not _is_marker(node):
                    for arg in node.args:
                        if _is_marker(arg):
                            names = frozenset(k.arg for k in node.keywords if k.arg is not None)
                            passed[id(arg)] = names
            for node in ast.walk(tree):
                if _is_marker(node):
                    assert isinstance(node, ast.Call)
                    where = f"{file.relative_to(PACKAGE.parent).as_posix()}:{node.lineno}"
                    context, text = (ast.literal_eval(arg) for arg in node.args)
                    # Names of audit codes (AuditNames) are names, not message templates.
                    assert context in {"errors", "AuditNames"}, f"{where}: context {context!r}"
                    if context == "errors":
                        yield Template(where, text, passed.get(id(node)))


ALL_TEMPLATES = list(templates())


def test_the_lower_layers_mark_over_a_hundred_messages() -> None:
    assert len({t.text for t in ALL_TEMPLATES}) >= 110


@pytest.mark.parametrize("template", ALL_TEMPLATES, ids=lambda t: t.where)
def test_each_template_formats_with_the_parameters_its_call_gives(template: Template) -> None:
    fields = template.fields
    if not fields:
        assert "{" not in template.text and "}" not in template.text  # shown as it is
        return
    if template.given is None:
        # Only CorruptFile chooses its template in a conditional; its test below fills it.
        assert fields <= CORRUPT_FILE_PARAMETERS, template.where
    else:
        assert fields <= template.given, f"{template.where}: missing {fields - template.given}"
    filled = template.text.format(**{name: Phrase("x") for name in fields})
    assert "{" not in filled


def lower_layer_error_classes() -> set[type[LedgerError]]:
    for layer in LOWER_LAYERS:
        package = importlib.import_module(f"desktop.{layer}")
        for module in pkgutil.walk_packages(package.__path__, f"desktop.{layer}."):
            importlib.import_module(module.name)
    found: set[type[LedgerError]] = set()
    pending: list[type[LedgerError]] = [LedgerError]
    while pending:
        cls = pending.pop()
        # desktop.errors holds the base every layer shares
        lower = tuple(f"desktop.{layer}." for layer in LOWER_LAYERS)
        if cls.__module__ == "desktop.errors" or cls.__module__.startswith(lower):
            found.add(cls)
        pending.extend(cls.__subclasses__())
    return found


#: the CSV files' errors (services/csv_io/errors.py)
CSV_EXAMPLES: list[tuple[LedgerError, str]] = [
    (
        csv_errors.CsvError(
            QT_TRANSLATE_NOOP("errors", "The file is empty: it has no heading row.")
        ),
        "The file is empty: it has no heading row.",
    ),
    (csv_errors.NotACsvFile("a.csv"), "There is no CSV file at a.csv."),
    (
        csv_errors.FileNotReadable("Permission denied"),
        "The file could not be read. Permission denied",
    ),
    (
        csv_errors.FileTooLarge(20),
        "The file is larger than 20 MB; a register to import is far smaller. "
        "Check that this is the right file, or split it into parts.",
    ),
    (csv_errors.TooManyRows(100), "The file has more than 100 rows; split it into parts."),
    (
        csv_errors.SpreadsheetFile(),
        "This is an Excel workbook, not a CSV file. In Excel choose File > Save As > "
        '"CSV UTF-8 (comma delimited)" and import that file.',
    ),
    (
        csv_errors.BinaryFile(),
        "This is not a text file (it contains binary data), so it cannot be a CSV file.",
    ),
    (
        csv_errors.WrongEncoding(),
        "The file's text is neither UTF-8 nor Shift_JIS (cp932). In Excel choose File > Save As "
        '> "CSV UTF-8 (comma delimited)" and import that file.',
    ),
    (
        csv_errors.Utf16File(),
        'The file was saved as "Unicode text" (UTF-16). In Excel choose File > Save As > '
        '"CSV UTF-8 (comma delimited)" and import that file.',
    ),
    (csv_errors.EmptyFile(), "The file is empty: it has no heading row."),
    (
        csv_errors.MalformedCsv(3),
        "The file is not valid CSV at line 3 (a quotation mark not closed, "
        "or a cell far too long).",
    ),
    (
        csv_errors.RaggedRow(4, 2, 3),
        "Line 4 has 2 cells but the heading row has 3; "
        "a row may not have more or fewer cells than there are headings.",
    ),
    (
        csv_errors.MissingColumns("氏名 (Full name)"),
        "The file has no column for 氏名 (Full name); add it or assign a column.",
    ),
    (
        csv_errors.UnknownField("x", "name, phone"),
        "There is no field 'x' to assign a column to (fields: name, phone).",
    ),
    (csv_errors.UnknownHeading("TEL"), "The file has no column headed 'TEL'."),
    (
        csv_errors.FieldTwice("電話", "携帯"),
        "The columns '電話' and '携帯' are assigned to the same field; "
        "assign one of them to nothing.",
    ),
    (
        csv_errors.CannotEncode(7, "住所", "😀"),
        "Shift_JIS (cp932) cannot hold the character '😀' on line 7, column '住所'. "
        "Export as UTF-8 instead, or change that character.",
    ),
    (
        csv_errors.UnknownKind("x", "clients"),
        "There is no register 'x' (choose: clients).",
    ),
    (
        csv_errors.NotBySomething("clients", "date range"),
        "The register 'clients' cannot be exported by date range.",
    ),
    (
        csv_errors.ExportNotWritten("The disk is full."),
        "The export was not written. The disk is full.",
    ),
    (
        csv_errors.ExportOntoLedger(),
        "An export cannot replace a ledger file; choose a file name ending in .csv.",
    ),
    (
        csv_errors.ExportNotRecorded(),
        "This ledger is open read-only, so an export cannot be recorded in the audit trail. "
        "Close the ledger in the other program and open it normally to export.",
    ),
    (
        csv_errors.ImportRefused(2, 9),
        "2 of 9 rows would be refused, so nothing was imported.",
    ),
]

#: one example of every error of the lower layers, with its English message as before
EXAMPLES: list[tuple[LedgerError, str]] = [
    (
        LedgerError(QT_TRANSLATE_NOOP("errors", "The password must not be empty.")),
        "The password must not be empty.",
    ),
    (vault_errors.WrongPassword(), "The password is not correct for this ledger."),
    (
        vault_errors.UnknownUser("sato"),
        "There is no user named 'sato' in this ledger.",
    ),
    (
        NoSuchLedger(Path("/office/ledger.pldb")),
        "There is no ledger file at /office/ledger.pldb.",
    ),
    (
        NotARegularFile(Path("/office/ledger.pldb")),
        "/office/ledger.pldb is not an ordinary file, so it is not a ledger.",
    ),
    (
        vault_errors.FileExists(Path("/office/ledger.pldb")),
        "A file named /office/ledger.pldb already exists; choose another name.",
    ),
    (
        CorruptFile(CorruptFile.NOT_A_LEDGER),
        "This file is not a Privacy Ledger file.",
    ),
    (
        LedgerLocked(LockInfo("PC-2", "sato", 4242, "2026-04-01T09:00:00").describe(), "09:00"),
        "The ledger is open in another program (sato on PC-2, process 4242, since 09:00). "
        "Close it there first, or open this ledger read-only.",
    ),
    (
        vault_errors.ReadOnlyLedger(),
        "This ledger is open read-only; changes cannot be saved.",
    ),
    (
        SaveFailed(describe_os_error(OSError(errno.ENOSPC, "full"), Path("/usb/ledger.pldb"))),
        "The disk holding /usb is full. The previous file was left as it was and your change "
        "is kept in memory: try again, or save a copy elsewhere.",
    ),
    (
        UnsavedRecoveryKey(
            describe_os_error(OSError(errno.ENOSPC, "full"), Path("/usb/ledger.pldb")),
            "0000-1111",
        ),
        "The disk holding /usb is full. The previous file was left as it was and your change "
        "is kept in memory: try again, or save a copy elsewhere.",
    ),
    (
        vault_errors.FileChangedOnDisk(),
        "The ledger file was changed by another program since it was opened, so it was not "
        "overwritten. The previous file was left as it was and your change is kept in memory: "
        "try again, or save a copy elsewhere.",
    ),
    (
        MistypedRecoveryKey(),
        "The recovery key is not complete or has a typing error; "
        "check each group against the recovery sheet.",
    ),
    (
        PermissionDenied(Permission.MANAGE_USERS),
        "Your role does not allow this: manage users. Ask the office manager.",
    ),
    (
        ValidationError(QT_TRANSLATE_NOOP("errors", "Choose an active manager."), "username"),
        "Choose an active manager.",
    ),
    (
        NotFound(QT_TRANSLATE_NOOP("errors", "The client")),
        "The client was not found; it may have been removed meanwhile.",
    ),
    (
        service_errors.LastManager(),
        "The ledger needs at least one active manager; make another user a manager first.",
    ),
    (
        service_errors.NeedsUpgrade(),
        "This ledger was made by an older version and must be upgraded; "
        "open it normally (not read-only) once to upgrade it.",
    ),
    (
        service_errors.ReadCannotBeRecorded(),
        "This ledger is open read-only, so opening a client's details cannot be recorded in "
        "the audit trail. The list stays visible; to see details, close the ledger in the "
        "other program and open it normally.",
    ),
    (
        TooManyAttempts(30),
        "Too many wrong passwords. Wait 30 seconds before trying again.",
    ),
    (
        OlderCopyRefused(HistoryFinding(True, 7, 9, 20, 25)),
        "This is an older copy: it has save number 7, but this computer has opened save "
        "number 9 of the same ledger. Changes made since then are not in this copy. "
        "Nothing was changed; add --accept-older to use this copy anyway.",
    ),
    (
        OldPasswordNeeded(),
        "This backup was made before a password change: enter your password as it was then.",
    ),
    (
        ConsentRequired(
            QT_TRANSLATE_NOOP(
                "errors", "The consent for {items} to {recipient} was withdrawn on {day}."
            ),
            items="'Family register details'",
            recipient="ABC Co.",
            day="2026-03-01",
        ),
        "The consent for 'Family register details' to ABC Co. was withdrawn on 2026-03-01.",
    ),
    (
        ConsentChoiceNeeded([7, 8], ["CS-000007", "CS-000008"]),
        "Several consents cover this provision (CS-000007, CS-000008); "
        "choose the one it relies on.",
    ),
    *CSV_EXAMPLES,
]


def test_every_error_class_of_the_lower_layers_has_an_example() -> None:
    assert lower_layer_error_classes() == {type(error) for error, _ in EXAMPLES}


@pytest.mark.parametrize(
    ("error", "english"), EXAMPLES, ids=[type(error).__name__ for error, _ in EXAMPLES]
)
def test_the_english_message_is_as_before(error: LedgerError, english: str) -> None:
    assert str(error) == english
    assert error.message == english
    assert error.args == (english,)


@pytest.mark.parametrize(
    ("reason", "detail", "english"),
    [
        (
            CorruptFile.DAMAGED_HEADER,
            Phrase(QT_TRANSLATE_NOOP("errors", "(key slot)")),
            "The ledger file is damaged or was changed outside Privacy Ledger (damaged header). "
            "Restore the latest backup. (key slot)",
        ),
        (
            CorruptFile.TRUNCATED,
            "",
            "The ledger file is damaged or was changed outside Privacy Ledger (truncated). "
            "Restore the latest backup.",
        ),
        (
            CorruptFile.BAD_DATABASE,
            "(database disk image is malformed)",
            "The ledger file is damaged or was changed outside Privacy Ledger (damaged database). "
            "Restore the latest backup. (database disk image is malformed)",
        ),
        (
            CorruptFile.UNKNOWN_VERSION,
            "",
            "This ledger was written by a newer version of Privacy Ledger; "
            "install the newer version to open it.",
        ),
        (
            CorruptFile.UNKNOWN_VERSION,
            "(schema 9)",
            "This ledger was written by a newer version of Privacy Ledger; "
            "install the newer version to open it. (schema 9)",
        ),
        (
            CorruptFile.NOT_A_LEDGER,
            "(empty)",
            "This file is not a Privacy Ledger file. (empty)",
        ),
    ],
)
def test_a_corrupt_file_says_why_in_one_sentence(reason: str, detail: str, english: str) -> None:
    error = CorruptFile(reason, detail)
    assert str(error) == english
    assert error.reason == reason


def test_unsafe_key_parameters_are_named_with_their_values() -> None:
    with pytest.raises(CorruptFile) as caught:
        KdfParams(1024, 1, 1).check()
    assert str(caught.value) == (
        "The ledger file is damaged or was changed outside Privacy Ledger "
        "(unsafe key parameters). Restore the latest backup. "
        "(memory 1024 KiB, 1 iterations, 1 lanes)"
    )
    detail = caught.value.params["detail"]
    assert isinstance(detail, Phrase) and detail.params == {
        "memory": 1024,
        "iterations": 1,
        "lanes": 1,
    }


def test_phrases_are_marked_and_plain_values_are_not() -> None:
    denied = PermissionDenied(Permission.DISPOSE_CLIENT)
    assert isinstance(denied.params["action"], Phrase)
    missing = NoSuchLedger(Path("/office/ledger.pldb"))
    assert not isinstance(missing.params["path"], Phrase)
    assert missing.template == "There is no ledger file at {path}."


def test_a_label_starts_the_too_long_sentence_with_a_capital() -> None:
    with pytest.raises(ValidationError) as empty:
        required_text("  ", "office_name", QT_TRANSLATE_NOOP("errors", "the office name"))
    assert str(empty.value) == "Enter the office name."
    assert empty.value.field == "office_name"
    with pytest.raises(ValidationError) as long:
        required_text("x" * 6, "title", QT_TRANSLATE_NOOP("errors", "the purpose's title"), 5)
    assert str(long.value) == "The purpose's title is too long (at most 5)."


def test_password_rules_name_the_length() -> None:
    with pytest.raises(ValidationError) as caught:
        check_password("short")
    assert str(caught.value) == "A password needs at least 10 characters."
    assert caught.value.params == {"length": 10}


def test_client_form_problems_keep_their_english_wording() -> None:
    problems = validate_client(ClientInput("", "", family_kana="yamada", matters=("x" * 301,)))
    messages = {problem.field: str(problem) for problem in problems}
    assert messages["family_name"] == "Enter the family name."
    assert messages["family_kana"] == (
        "Write the reading of the family name in katakana or hiragana."
    )
    assert messages["matters"] == "A matter is too long (at most 300 characters)."


def test_the_audit_chain_report_is_a_translatable_phrase() -> None:
    broken = ChainReport(False, 4, 5, Phrase(QT_TRANSLATE_NOOP("errors", "this event was changed")))
    assert broken.describe() == "audit trail broken at event 5: this event was changed"
    assert isinstance(broken.describe(), Phrase)
    assert ChainReport(True, 12).describe() == "audit trail intact (12 events)"


def test_a_message_without_parameters_is_shown_as_it_is() -> None:
    # e.g. a report error already translated, holding a path with braces
    assert (
        str(LedgerError("C:/{draft}/sheet.pdf is a folder")) == "C:/{draft}/sheet.pdf is a folder"
    )


def test_values_with_braces_are_inserted_literally() -> None:
    error = NoSuchLedger(Path("/office/{old}/ledger.pldb"))
    assert str(error) == "There is no ledger file at /office/{old}/ledger.pldb."

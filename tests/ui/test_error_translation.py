"""The lower layers' messages in Japanese: what a person reads when something goes wrong.

vault, db and services raise English templates (context "errors"); the window
shows them through ``ui.i18n.error_text`` with resources/translations/
messages_ja.qm, which app.py installs for ``--lang ja``. The committed .ts must
hold every message lupdate finds in those layers, translated with the same
placeholders; after changing a message, run ``python tools/update_translations.py``.
"""

from __future__ import annotations

import errno
import importlib.util
import string
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop import app
from desktop.services import users
from desktop.services.audit import ChainReport
from desktop.services.clients import ClientInput, validate_client
from desktop.services.errors import NotFound, PermissionDenied, ValidationError
from desktop.services.ledger import Ledger
from desktop.services.permissions import Permission, Role
from desktop.services.places import Places
from desktop.services.session import TooManyAttempts
from desktop.services.validation import required_text
from desktop.ui import operations
from desktop.ui.context import Hub, UiContext
from desktop.ui.i18n import error_text, translated
from desktop.ui.open_errors import describe_open_error
from desktop.vault import CorruptFile, LedgerLocked, NoSuchLedger, SaveFailed, WrongPassword
from desktop.vault.atomic import describe_os_error
from desktop.vault.errors import QT_TRANSLATE_NOOP, Phrase
from desktop.vault.lockfile import LockInfo

from .conftest import CLERK, MessageBoxes, Person

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "resources" / "translations"
TS_FILE = TRANSLATIONS / "messages_ja.ts"
QM_FILE = TRANSLATIONS / "messages_ja.qm"
WINDOW_TS_FILE = TRANSLATIONS / "privacy_ledger_ja.ts"
UPDATE_SCRIPT = REPO / "tools" / "update_translations.py"
FIX = "run `python tools/update_translations.py`, translate what it marks unfinished, run it again"
PATH = Path("/home/office/山田事務所.pldb")
KEY_SLOT = Phrase(QT_TRANSLATE_NOOP("errors", "(key slot)"))


def _update_script() -> ModuleType:
    """tools/update_translations.py: the lupdate and lrelease commands maintainers run."""
    spec = importlib.util.spec_from_file_location("update_translations", UPDATE_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tools = _update_script()


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    kind: str  # "" when finished

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r} -> {self.translation!r}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            messages.append(
                Message(
                    context.findtext("name", ""),
                    message.findtext("source", ""),
                    translation.text or "",
                    translation.get("type", ""),
                )
            )
    return messages


def fields(text: str) -> list[str]:
    """The placeholder names of a template, format specs (``{label:cap}``) left out."""
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """The translators ``privacy-ledger --lang ja`` installs; removed afterwards."""
    locale = QLocale()
    translators = app.install_translators(qapp, "ja")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


# --- what a person reads ------------------------------------------------------------------


@pytest.mark.usefixtures("japanese")
@pytest.mark.parametrize(
    ("error", "japanese_text"),
    [
        (NoSuchLedger(PATH), f"{PATH} に台帳ファイルがありません。"),
        (WrongPassword(), "この台帳のパスワードが正しくありません。"),
        (
            PermissionDenied(Permission.MANAGE_USERS),
            "この操作（ユーザーの管理）はあなたの役割では行えません。"
            "事務所の管理者に依頼してください。",
        ),
        (
            NotFound(QT_TRANSLATE_NOOP("errors", "The client")),
            "顧客が見つかりません。その間に削除された可能性があります。",
        ),
        (
            TooManyAttempts(30),
            "パスワードの誤りが続いています。30秒待ってから、もう一度お試しください。",
        ),
        (
            LedgerLocked(LockInfo("PC-2", "sato", 4242, "2026-04-01T09:00").describe(), "09:00"),
            "台帳は別のプログラムで開かれています（PC-2 の sato、プロセス 4242、09:00 から）。"
            "先にそちらで閉じるか、この台帳を読み取り専用で開いてください。",
        ),
        (
            SaveFailed(describe_os_error(OSError(errno.ENOSPC, "No space"), Path("/usb/a.pldb"))),
            "/usb のあるディスクがいっぱいです。元のファイルはそのまま残っており、"
            "変更内容はメモリー上に保持されています。もう一度保存するか、"
            "別の場所にコピーを保存してください。",
        ),
        (
            CorruptFile(
                CorruptFile.DAMAGED_HEADER, Phrase(QT_TRANSLATE_NOOP("errors", "(key slot)"))
            ),
            "台帳ファイルが破損しているか、Privacy Ledger 以外で変更されています"
            "（ヘッダーの破損）。最新のバックアップから復元してください。（キースロット）",
        ),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, Exception) else "",
)
def test_errors_read_in_japanese_with_their_values(error: Exception, japanese_text: str) -> None:
    assert error_text(error) == japanese_text


@pytest.mark.usefixtures("japanese")
def test_a_missing_family_name_is_asked_for_in_japanese() -> None:
    problems = validate_client(ClientInput("", "山田"))
    family = next(problem for problem in problems if problem.field == "family_name")
    assert error_text(family) == "姓を入力してください。"


@pytest.mark.usefixtures("japanese")
def test_a_label_is_translated_inside_the_message() -> None:
    label = QT_TRANSLATE_NOOP("errors", "the office name")
    with pytest.raises(ValidationError) as empty:
        required_text("", "office_name", label)
    assert error_text(empty.value) == "事務所名を入力してください。"
    with pytest.raises(ValidationError) as long:
        required_text("事" * 201, "office_name", label)
    assert error_text(long.value) == "事務所名が長すぎます（200文字以内）。"


@pytest.mark.usefixtures("japanese")
def test_the_audit_chain_report_reads_in_japanese() -> None:
    broken = ChainReport(False, 4, 5, Phrase(QT_TRANSLATE_NOOP("errors", "this event was changed")))
    assert (
        translated(broken.describe())
        == "監査ログが記録 5 で壊れています: この記録が変更されています"
    )
    assert translated("plain text stays") == "plain text stays"


@pytest.mark.usefixtures("japanese")
def test_the_login_names_who_holds_the_lock_in_japanese(places: Places) -> None:
    locked = LedgerLocked(LockInfo("PC-2", "sato", 4242, "2026-04-01T09:00").describe(), "09:00")
    text = describe_open_error(locked, places)
    assert "PC-2 の sato、プロセス 4242" in text
    assert "on PC-2" not in text


def test_without_a_translator_the_english_message_is_shown() -> None:
    assert error_text(NoSuchLedger(PATH)) == f"There is no ledger file at {PATH}."
    assert error_text(ValueError("not a ledger error")) == "not a ledger error"


@pytest.mark.usefixtures("japanese")
def test_a_refused_action_shows_a_japanese_message_box(
    qtbot: QtBot,
    login: Callable[[Person], Ledger],
    settings_file: str,
    messages: MessageBoxes,
) -> None:
    ledger = login(CLERK)
    context = UiContext.for_ledger(ledger, Hub(), settings_file)
    parent = QWidget()
    qtbot.addWidget(parent)

    result = operations.run_op(
        parent,
        context,
        lambda: users.add_user(ledger, context.actor, "kato", "加藤", Role.CLERK, "first-pass-1"),
    )

    assert result is None
    assert messages.texts() == [
        "この操作（ユーザーの管理）はあなたの役割では行えません。事務所の管理者に依頼してください。"
    ]
    assert "kato" not in ledger.vault.usernames()  # nothing was added


# --- the committed translation ------------------------------------------------------------


@pytest.fixture(scope="module")
def committed() -> list[Message]:
    return read_ts(TS_FILE)


def test_every_message_is_translated_with_its_placeholders(committed: list[Message]) -> None:
    assert len(committed) > 100
    # messages in context "errors"; the names of audit codes, declared by each area (AuditNames)
    assert {m.context for m in committed} == {"errors", "AuditNames"}
    assert [str(m) for m in committed if m.kind or not m.translation.strip()] == [], FIX
    changed = [str(m) for m in committed if fields(m.source) != fields(m.translation)]
    assert changed == [], "a translation must keep every {placeholder} of its source"


def test_every_message_of_the_lower_layers_is_in_the_ts_file(
    committed: list[Message], tmp_path: Path
) -> None:
    fresh = tmp_path / "fresh.ts"
    command = tools.lupdate(fresh, tools.MESSAGE_SOURCES)
    subprocess.run(command, cwd=REPO, check=True, capture_output=True)
    found = {(m.context, m.source) for m in read_ts(fresh)}
    known = {(m.context, m.source) for m in committed}

    assert sorted(found - known) == [], f"new messages without a translation: {FIX}"
    assert sorted(known - found) == [], f"translations of messages no longer used: {FIX}"


def test_the_qm_file_is_compiled_from_the_ts_file(tmp_path: Path) -> None:
    compiled = tmp_path / "fresh.qm"
    subprocess.run(
        tools.lrelease(TS_FILE, compiled),
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    assert QM_FILE.read_bytes() == compiled.read_bytes(), FIX


def test_the_recovery_key_has_the_name_the_window_gives_it(committed: list[Message]) -> None:
    window = {m.source: m.translation for m in read_ts(WINDOW_TS_FILE)}
    term = window["Recovery key"]
    about_the_key = [m for m in committed if "recovery key" in m.source.lower()]
    assert about_the_key
    assert [str(m) for m in about_the_key if term not in m.translation] == []

"""The Japanese window: every string translated, placeholders kept, and what a clerk sees.

The committed .ts must hold every string lupdate finds in the window's
sources, each translated, and the committed .qm the same translations. Then
the window is built with the translators app.py installs for
``--lang ja`` and read as a person would: menus, the Clients tab, the login.
"""

from __future__ import annotations

import datetime
import importlib
import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QToolBar
from pytestqt.qtbot import QtBot

from desktop import app, paths
from desktop.reports import recovery_sheet
from desktop.services import audit_catalog
from desktop.services.audit_actions import AuditAction
from desktop.services.permissions import Role
from desktop.services.places import Places
from desktop.ui.audit_dialog import AuditDialog
from desktop.ui.audit_names import action_name, record_name
from desktop.ui.clients import ClientsTab
from desktop.ui.context import UiContext
from desktop.ui.login import DemoCredentials
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow

from .conftest import OFFSCREEN_SIZE_HINTS

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS)

REPO = Path(__file__).resolve().parents[2]
UPDATE_SCRIPT = REPO / "tools" / "update_translations.py"
POLICY_JA = REPO / "resources" / "policy_ja.md"
#: %1, %n, %s and {name}: what the code fills in after translating
PLACEHOLDER = re.compile(r"%\d+|%n|%s|\{[A-Za-z_]\w*\}")
MNEMONIC = re.compile(r"&([^&\s])")
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]")
#: one term for the recovery key everywhere, as on the sheet in the safe
RECOVERY_KEY = "復旧キー"
OTHER_RECOVERY_TERMS = ("リカバリー", "回復キー", "復元キー")
CREATED = datetime.date(2025, 4, 1)


def _update_script() -> ModuleType:
    """tools/update_translations.py: the lupdate and lrelease commands maintainers run."""
    spec = importlib.util.spec_from_file_location("update_translations", UPDATE_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tools = _update_script()
FIX = "run `python tools/update_translations.py`, translate what it marks unfinished, run it again"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    kind: str  # "" when finished; "unfinished", "obsolete" or "vanished" otherwise

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r} -> {self.translation!r}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            text = " | ".join(forms) if forms else translation.text or ""
            kind = translation.get("type", "")
            messages.append(Message(name, message.findtext("source", ""), text, kind))
    return messages


#: every catalog of the window: its own, and one per area (clients_ja.ts, ...)
CATALOGS = {ts_file.name: (sources, ts_file) for sources, ts_file in tools.WINDOW_CATALOGS}


@pytest.fixture(scope="module")
def committed() -> list[Message]:
    """The translations of every window catalog."""
    return [m for _sources, ts_file in CATALOGS.values() for m in read_ts(ts_file)]


def test_each_area_has_its_catalog_and_the_window_catalog_leaves_the_areas_alone() -> None:
    assert "clients_ja.ts" in CATALOGS and "privacy_ledger_ja.ts" in CATALOGS
    window_sources = CATALOGS["privacy_ledger_ja.ts"][0]
    assert not [source for source in window_sources if source.startswith("desktop/ui/clients")]
    window = {m.context for m in read_ts(tools.TS_FILE)}
    assert "ClientsTab" not in window and "ClientsTab" in {
        m.context for m in read_ts(CATALOGS["clients_ja.ts"][1])
    }


def test_every_message_in_the_ts_files_is_translated(committed: list[Message]) -> None:
    assert len(committed) > 300
    untranslated = [str(m) for m in committed if m.kind or not m.translation.strip()]
    assert untranslated == [], FIX


@pytest.mark.parametrize("catalog", sorted(CATALOGS))
def test_every_string_in_the_sources_is_in_its_ts_file(catalog: str, tmp_path: Path) -> None:
    sources, ts_file = CATALOGS[catalog]
    fresh = tmp_path / "fresh.ts"
    subprocess.run(tools.lupdate(fresh, sources), cwd=REPO, check=True, capture_output=True)
    found = {(m.context, m.source) for m in read_ts(fresh)}
    known = {(m.context, m.source) for m in read_ts(ts_file)}

    assert sorted(found - known) == [], f"new strings without a translation: {FIX}"
    assert sorted(known - found) == [], f"translations of strings no longer used: {FIX}"


@pytest.mark.parametrize("catalog", sorted(CATALOGS))
def test_the_qm_file_holds_every_translation_of_the_ts_file(catalog: str) -> None:
    # By content, not bytes: another Qt version's lrelease may order the file differently.
    ts_file = CATALOGS[catalog][1]
    compiled = QTranslator()
    assert compiled.load(str(ts_file.with_suffix(".qm")))
    stale = [
        str(m)
        for m in read_ts(ts_file)
        if compiled.translate(m.context, m.source, None, 1) != m.translation
    ]
    assert stale == [], FIX


def test_placeholders_mnemonics_and_ellipses_survive_translation(
    committed: list[Message],
) -> None:
    wrong = []
    for m in committed:
        if sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(m.translation)):
            wrong.append(f"placeholders: {m}")
        for letter in MNEMONIC.findall(m.source):
            # The Japanese way keeps the letter: "ファイル(&F)"
            if f"(&{letter.upper()})" not in m.translation.upper():
                wrong.append(f"mnemonic &{letter}: {m}")
        if m.source.endswith("…") and not m.translation.endswith("…"):
            wrong.append(f"ellipsis: {m}")
    assert wrong == []


def test_one_term_for_the_recovery_key(committed: list[Message]) -> None:
    about_the_key = [m for m in committed if "recovery key" in m.source.lower()]
    assert len(about_the_key) >= 8
    assert [str(m) for m in about_the_key if RECOVERY_KEY not in m.translation] == []
    texts = [m.translation for m in committed] + [POLICY_JA.read_text(encoding="utf-8")]
    for other in OTHER_RECOVERY_TERMS:
        assert [text for text in texts if other in text] == []


# --- the window in Japanese ----------------------------------------------------------------


@pytest.fixture
def japanese(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """The translators ``privacy-ledger --lang ja`` installs; removed afterwards."""
    locale = QLocale()
    translators = app.install_translators(qapp, "ja")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_japanese_loads_qt_and_the_program_translations(japanese: list[QTranslator]) -> None:
    files = {
        Path(translator.filePath()).name: Path(translator.filePath()) for translator in japanese
    }
    assert "qtbase_ja.qm" in files  # Qt's own buttons: Cancel, Close...
    assert files["privacy_ledger_ja.qm"].parent == paths.resources_dir() / "translations"
    assert {"messages_ja.qm", "clients_ja.qm"} <= files.keys()  # every catalog, areas too
    assert QApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
    assert QApplication.translate("Tab", "Clients") == "顧客"


def test_main_window_menus_and_clients_tab_in_japanese(
    japanese: list[QTranslator], context: UiContext, places: Places, qtbot: QtBot
) -> None:
    window = MainWindow(context, places, language="ja")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["ファイル(&F)", "記録(&R)", "管理(&A)", "ヘルプ(&H)"]
    items = [
        action.text()
        for menu in window.menuBar().findChildren(QMenu)
        for action in menu.actions()
        if not action.isSeparator() and menu is not window.language_menu
    ]
    assert "ロック(&L)" in items and "監査ログ(&A)…" in items
    assert [text for text in items if not JAPANESE.search(text)] == []
    languages = [action.text() for action in window.language_menu.actions()]
    assert languages == ["システムの言語", "English", "日本語"]  # each in its own language
    assert window.status.user_label.text() == "田中 美咲（管理者）"

    tab = window.tabs.widget(0)
    assert isinstance(tab, ClientsTab)
    assert window.tabs.tabText(0) == "顧客"
    toolbar = tab.findChild(QToolBar)
    assert toolbar is not None
    tools_shown = [a.text() for a in toolbar.actions() if not a.isSeparator() and a.isVisible()]
    assert tools_shown == [
        "新規顧客…",
        "開く",
        "廃棄予定にする…",
        "廃棄予定を取り消す",
        "廃棄…",
        "利用目的…",
    ]
    header = tab.view.horizontalHeader()
    titles = [
        str(tab.view.model().headerData(i, Qt.Orientation.Horizontal))
        for i in range(header.count())
    ]
    assert titles == [
        "顧客番号",
        "氏名",
        "フリガナ",
        "電話番号",
        "メール",
        "利用目的",
        "要配慮",
        "状態",
        "保存期限",
    ]
    assert tab.search.placeholderText().startswith("氏名・フリガナ")
    assert tab.count.text() == "0件"


def test_login_dialog_in_japanese(
    japanese: list[QTranslator], ledger_path: Path, places: Places, qtbot: QtBot
) -> None:
    demo = DemoCredentials((("tanaka", "田中 美咲", Role.MANAGER),), "demo-pass")
    dialog = LoginDialog(ledger_path, places, demo=demo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert dialog.windowTitle() == "Privacy Ledger — ログイン"
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"ユーザー名(&U):", "パスワード(&P):"} <= labels
    assert dialog.form.login_button.text() == "ログイン(&L)"
    assert dialog.form.forgot_button.text() == "パスワードを忘れた場合(&F)…"
    assert "架空の人物" in dialog.form.demo_box.text()
    assert "管理者" in dialog.form.demo_box.text()


def test_recovery_sheet_names_the_forgot_password_button_in_both_languages(
    japanese: list[QTranslator], ledger_path: Path, places: Places, qtbot: QtBot
) -> None:
    dialog = LoginDialog(ledger_path, places)
    qtbot.addWidget(dialog)
    button = dialog.form.forgot_button.text().replace("(&F)", "").rstrip("…")
    html = recovery_sheet.recovery_sheet_html("事務所", "a.pldb", "id", "ABCD-EFGH", CREATED)

    assert f"「{button}」" in html
    assert "&quot;Forgot password&quot;" in html  # the English line stays English
    assert f"{RECOVERY_KEY}控え" in html


def test_recovery_sheet_is_bilingual_in_an_english_window() -> None:
    html = recovery_sheet.recovery_sheet_html("事務所", "a.pldb", "id", "ABCD-EFGH", CREATED)

    assert "Recovery key" in html and RECOVERY_KEY in html
    assert "「パスワードを忘れた場合」" in html
    assert "金庫に施錠して保管" in html


def declared_actions() -> set[AuditAction]:
    """Every action code any service module declares (each area's AuditAction enum)."""
    codes: set[AuditAction] = set()
    for source in (REPO / "desktop" / "services").glob("*.py"):
        module = importlib.import_module(f"desktop.services.{source.stem}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, AuditAction)
                and value is not AuditAction
            ):
                codes.update(value)
    return codes


def test_every_audit_action_has_a_translated_name(japanese: list[QTranslator]) -> None:
    codes = declared_actions()
    assert {"login", "client.view", "purpose.retire", "purpose.reinstate"} <= codes
    assert codes == set(audit_catalog.all_actions()), "an area's codes are missing in the catalog"
    unnamed = [code for code in sorted(codes) if not JAPANESE.search(action_name(code))]
    assert unnamed == []
    assert action_name("some.future_code") == "some.future_code"
    assert record_name("client", "8") == "顧客 8"


def test_audit_log_in_japanese(
    japanese: list[QTranslator], context: UiContext, qtbot: QtBot
) -> None:
    dialog = AuditDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "検証済み" in dialog.chain.text(), timeout=5000)

    assert dialog.chain.text().startswith("監査ログは改ざんされていません")
    assert dialog.model.data(dialog.model.index(0, 3)) == "ログイン"  # newest: this login
    assert dialog.model.data(dialog.model.index(0, 4)).startswith("ユーザー ")
    names = [dialog.action.itemText(i) for i in range(dialog.action.count())]
    assert names[0] == "すべての操作" and "台帳の作成" in names
    dialog.action.setCurrentIndex(dialog.action.findText("台帳の作成"))
    assert {row.action for row in dialog.model.rows()} == {"ledger.create"}


def test_japanese_window_uses_a_font_that_has_japanese(qapp: QApplication) -> None:
    before = qapp.font()
    latin_only = QFont(before)
    latin_only.setFamilies(["DejaVu Sans"])  # what Linux gives; Segoe UI on an English Windows
    qapp.setFont(latin_only)
    try:
        app.use_japanese_font(qapp)
        family = qapp.font().family()
        assert family in app.JAPANESE_UI_FAMILIES
        assert QFontDatabase.WritingSystem.Japanese in QFontDatabase.writingSystems(family)
        assert qapp.font().pointSizeF() == latin_only.pointSizeF()
    finally:
        qapp.setFont(before)

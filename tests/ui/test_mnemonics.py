"""Alt+letter never means two things at once: every dialog, page and menu, in both languages.

A scope is what one Alt+letter can reach at a time: the widgets of a window
that are showing (a tab page or wizard page at a time, with the window's own
buttons and menu bar titles), or one menu's items. Two mnemonics with the same
letter in one scope is a clash: Alt+letter would then only cycle between them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QTabWidget,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from desktop import app
from desktop.services import clients
from desktop.services.clients import DisposalMethod
from desktop.ui.about import AboutDialog, LicencesDialog, PolicyDialog
from desktop.ui.audit_dialog import AuditDialog
from desktop.ui.clients.dispose import DisposeDialog, MarkDueDialog, TombstoneDialog
from desktop.ui.clients.form import ClientDialog
from desktop.ui.crash_dialog import CrashDialog
from desktop.ui.login_dialog import LoginDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.office_settings_dialog import OfficeSettingsDialog
from desktop.ui.password_dialog import ChangePasswordDialog, NewPasswordDialog
from desktop.ui.policy_version_dialog import PolicyVersionDialog
from desktop.ui.purposes_dialog import PurposesDialog
from desktop.ui.recovery_dialog import RecoveryDialog
from desktop.ui.recovery_key import NewRecoveryKeyDialog, SheetFacts
from desktop.ui.setup_wizard import SetupWizard
from desktop.ui.users_dialog import AddUserDialog, UsersDialog
from tests.ui import clients_support as support
from tests.ui.clients_support import OFFSCREEN_SIZE_HINTS, UiEnv

manager_ui = support.manager_ui
clients_template = support.clients_template

pytestmark = OFFSCREEN_SIZE_HINTS

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else None


def scope_texts(root: QWidget) -> list[str]:
    """Every text with a mnemonic that Alt can reach in ``root`` as it shows now."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QMenu) or (widget is not root and widget.isWindow()):
            continue  # menus and other windows are scopes of their own
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QMenuBar):
            texts.extend(action.text() for action in widget.actions() if action.isVisible())
    return [text for text in texts if mnemonic(text)]


def clashes(texts: Iterable[str]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        letter = mnemonic(text)
        if letter:
            by_letter[letter].append(text)
    return {letter: found for letter, found in by_letter.items() if len(found) > 1}


def menus_of(window: QWidget) -> Iterator[QMenu]:
    for bar in window.findChildren(QMenuBar):
        stack = [action.menu() for action in bar.actions() if action.menu() is not None]
        while stack:
            menu = stack.pop()
            yield menu
            stack.extend(a.menu() for a in menu.actions() if a.menu() is not None)


def every_clash(window: QWidget) -> list[str]:
    """The clashes of a window in each state a person can see: each tab page, each
    wizard page (with the wizard's own Back/Next/Finish), each menu."""
    found: list[str] = []

    def check(where: str, texts: Iterable[str]) -> None:
        found.extend(f"{where}: {letter} in {texts}" for letter, texts in clashes(texts).items())

    if isinstance(window, QWizard):
        buttons = [
            window.buttonText(which)
            for which in (
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.CommitButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            )
        ]
        for page_id in window.pageIds():
            page = window.page(page_id)
            check(f"{type(window).__name__} page {page.title()}", [*scope_texts(page), *buttons])
        return found
    tabs = [w for w in window.findChildren(QTabWidget) if w.window() is window]
    for tab_widget in tabs or [None]:
        for index in range(tab_widget.count() if tab_widget else 1):
            if tab_widget is not None:
                tab_widget.setCurrentIndex(index)
            check(type(window).__name__, scope_texts(window))
    for menu in menus_of(window):
        texts = [a.text() for a in menu.actions() if a.isVisible() and mnemonic(a.text())]
        check(f"{type(window).__name__} menu {menu.title()}", texts)
    return found


@pytest.fixture(params=["en", "ja"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    locale = QLocale()
    translators = app.install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def every_window(env: UiEnv, language: str) -> list[QWidget]:
    context, places = env.context, env.places
    ledger, actor = context.ledger, context.actor
    yamada = env.row("山田")
    nguyen = env.row("Nguyen")
    clients.dispose_client(ledger, actor, nguyen.id, DisposalMethod.ERASED, "本人の依頼")
    tombstone = clients.get_client(ledger, actor, nguyen.id)
    facts = SheetFacts("事務所", str(env.path), "f1")
    users_dialog = UsersDialog(context)
    names = [row.username for row in users_dialog.model.rows()]
    users_dialog.table.selectRow(names.index("suzuki"))  # the clerk: Make manager, Remove…
    return [
        MainWindow(context, places, language=language),
        LoginDialog(env.path, places),
        SetupWizard(places, Path(env.path.parent / "new.pldb"), language=language),
        users_dialog,
        AddUserDialog(context),
        ChangePasswordDialog(ledger, actor, forced=True),
        NewPasswordDialog("title", "explanation"),
        RecoveryDialog(env.path, places),
        NewRecoveryKeyDialog("ABCD-" * 13 + "ABCD", facts),
        OfficeSettingsDialog(context),
        PolicyVersionDialog(context, language),
        AuditDialog(context),
        PurposesDialog(context),
        AboutDialog(places.data_dir),
        LicencesDialog(),
        PolicyDialog(language),
        CrashDialog("Traceback: details"),
        ClientDialog(context, clients.get_client(ledger, actor, yamada.id)),
        ClientDialog(context, None),
        MarkDueDialog(yamada),
        DisposeDialog(yamada),
        TombstoneDialog(tombstone),
    ]


def test_no_mnemonic_clashes_in_any_window(qtbot: QtBot, manager_ui: UiEnv, language: str) -> None:
    found: list[str] = []
    windows = every_window(manager_ui, language)
    for window in windows:
        qtbot.addWidget(window)
        found.extend(every_clash(window))
    audit = next(window for window in windows if isinstance(window, AuditDialog))
    # The chain is checked in the background: done before the ledger closes.
    qtbot.waitUntil(lambda: "…" not in audit.chain.text(), timeout=10000)
    assert found == [], "\n".join(found)


def test_the_walker_finds_a_clash() -> None:
    """The check itself: "&Name" against the wizard's "&Next" is found."""
    assert clashes(["&Name:", "&Next >", "< &Back"]) == {"N": ["&Name:", "&Next >"]}
    assert clashes(["氏名(&N):", "次へ(&N) >"]) == {"N": ["氏名(&N):", "次へ(&N) >"]}
    assert clashes(["Save && close", "&Save"]) == {}


def test_every_labelled_field_of_the_client_dialogs_has_a_mnemonic(
    qtbot: QtBot, manager_ui: UiEnv
) -> None:
    yamada = manager_ui.row("山田")
    missing = []
    for window in (ClientDialog(manager_ui.context, None), DisposeDialog(yamada)):
        qtbot.addWidget(window)
        labels = [label for label in window.findChildren(QLabel) if label.buddy() is not None]
        assert labels
        missing += [label.text() for label in labels if label.text() and not mnemonic(label.text())]
    assert missing == []

"""Shared fixtures for the window tests: a prepared ledger copied per test, logged-in contexts.

The ledger (a manager and a clerk who has chosen their own password) is made
once per session; every test opens its own copy. Message boxes never open a
modal loop: ``operations.message_box`` is replaced by a recorder that answers
from a queue the test fills.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.services import session, users
from desktop.services.ledger import Ledger
from desktop.services.permissions import Actor, Role
from desktop.services.places import Places
from desktop.ui import operations, prefs
from desktop.ui.context import Hub, UiContext
from desktop.ui.main_window import MainWindow
from desktop.ui.tab import Tab


@dataclass(frozen=True)
class Person:
    username: str
    display_name: str
    password: str


OFFICE = "山田行政書士事務所"
MANAGER = Person("tanaka", "田中 美咲", "manager-pass-2026")
CLERK = Person("suzuki", "鈴木 健太", "clerk-pass-2026")
#: The offscreen platform cannot pass a window's size limits on and says so as a Qt
#: warning whenever a dialog's minimum size follows its contents; not a fault.
OFFSCREEN_SIZE_HINTS = "does not support propagateSizeHints"


class NotesTab(Tab):
    """A stand-in tab holding 'personal data', so the lock tests can see it disappear."""

    KEY = "notes"
    TITLE = "Notes"

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.client_name = QLineEdit("山田 花子", self)
        self.client_name.setObjectName("client_name")
        self.search = QLineEdit(self)
        self.search.setObjectName("notes_search")
        self.search.move(0, 40)
        self.new_records = 0

    def focus_search(self) -> None:
        self.search.setFocus()

    def new_record(self) -> None:
        self.new_records += 1


class ReportsTab(Tab):
    """A tab only managers see."""

    KEY = "reports"
    TITLE = "Reports"

    @classmethod
    def available(cls, actor: Actor) -> bool:
        return actor.is_manager


TEST_TABS: tuple[type[Tab], ...] = (NotesTab, ReportsTab)


@dataclass(frozen=True)
class Prepared:
    path: Path
    recovery_key: str


@pytest.fixture(scope="session")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    folder = tmp_path_factory.mktemp("ui-ledger")
    places = Places(folder / "data")
    path = folder / "office.pldb"
    new = session.NewLedger(OFFICE, MANAGER.username, MANAGER.display_name, MANAGER.password)
    ledger, recovery_key = session.create_ledger(path, new, places)
    assert ledger.actor is not None
    users.add_user(
        ledger, ledger.actor, CLERK.username, CLERK.display_name, Role.CLERK, "first-pass-1"
    )
    ledger.close()
    clerk = session.open_ledger(path, CLERK.username, "first-pass-1", places)
    assert clerk.actor is not None
    users.change_own_password(clerk, clerk.actor, "first-pass-1", CLERK.password)
    clerk.close()
    path.chmod(0o400)  # a test that wrote to the original instead of its copy would fail
    return Prepared(path, recovery_key)


@pytest.fixture
def places(tmp_path: Path) -> Places:
    return Places(tmp_path / "data")


@pytest.fixture
def ledger_path(prepared: Prepared, tmp_path: Path) -> Path:
    path = tmp_path / "office.pldb"
    shutil.copyfile(prepared.path, path)
    return path


@pytest.fixture
def settings_file(places: Places) -> str:
    return prefs.open_settings(places).fileName()


@pytest.fixture
def login(ledger_path: Path, places: Places) -> Iterator[Callable[[Person], Ledger]]:
    """Open the test's ledger as someone; every ledger opened is closed afterwards."""
    opened: list[Ledger] = []

    def _login(person: Person) -> Ledger:
        ledger = session.open_ledger(ledger_path, person.username, person.password, places)
        opened.append(ledger)
        return ledger

    yield _login
    for ledger in opened:
        ledger.close()


@pytest.fixture
def context(login: Callable[[Person], Ledger], settings_file: str) -> UiContext:
    """The manager, logged in."""
    return UiContext.for_ledger(login(MANAGER), Hub(), settings_file)


@pytest.fixture
def window(context: UiContext, places: Places, qtbot: QtBot) -> MainWindow:
    """The main window over the manager's session, with the stand-in tabs."""
    main = MainWindow(context, places, tabs=TEST_TABS)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@dataclass
class MessageBoxes:
    """Every message box the program tried to show, and the answers the test gave."""

    shown: list[tuple[QMessageBox.Icon, str, str]] = field(default_factory=list)
    answers: list[QMessageBox.StandardButton] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [f"{text} {informative}".strip() for _, text, informative in self.shown]


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    boxes = MessageBoxes()

    def answer(
        parent: QWidget | None,
        icon: QMessageBox.Icon,
        text: str,
        *,
        informative: str = "",
        buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
        default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
        button_texts: object = None,
    ) -> QMessageBox.StandardButton:
        boxes.shown.append((icon, text, informative))
        if boxes.answers:
            return boxes.answers.pop(0)
        # Nobody answered: the cautious choice, as a person unsure what to do would pick.
        for safe in (QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Ok):
            if buttons & safe:
                return safe
        return default

    monkeypatch.setattr(operations, "message_box", answer)
    return boxes


def wait_for_login(qtbot: QtBot, form: object, timeout: int = 5000) -> None:
    """Until the form's worker has finished (busy bar gone)."""
    qtbot.waitUntil(lambda: not form.busy, timeout=timeout)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type as a person does: ASCII on the keys, Japanese through the input method.

    QTest can only press keys for ASCII; an input method delivers the rest as a
    committed string, which is what this sends.
    """
    for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)

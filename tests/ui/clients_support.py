"""Fixtures for the Clients tab tests: one ledger made per session, copied and opened per test.

The test modules bind the fixtures they use by assignment (``manager_ui =
support.manager_ui``): tests/ui/conftest.py belongs to the main window's tests,
and its ledger has no clients.
"""

from __future__ import annotations

import contextlib
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from desktop.services import clients, purposes, session, users
from desktop.services.clients import ClientInput, ClientRow, ObtainedHow
from desktop.services.ledger import Ledger
from desktop.services.permissions import Role
from desktop.services.places import Places
from desktop.ui import workers
from desktop.ui.context import Hub, UiContext

#: The offscreen platform cannot pass a window's size limits on, and says so each time a
#: dialog's minimum size follows its contents (an error label appearing); not a fault.
OFFSCREEN_SIZE_HINTS = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@dataclass(frozen=True)
class Person:
    username: str
    display_name: str
    password: str


MANAGER = Person("tanaka", "田中 美咲", "manager-pass-2026")
CLERK = Person("suzuki", "鈴木 健太", "clerk-pass-2026")
OFFICE = "山田行政書士事務所"

#: the clients every test starts with, by the name the tests look for
YAMADA = ClientInput(
    family_name="山田",
    given_name="太郎",
    family_kana="ヤマダ",
    given_kana="タロウ",
    date_of_birth=date(1980, 5, 17),
    postal_code="160-0023",
    address="東京都新宿区西新宿1-2-3",
    phone="090-1234-5678",
    email="taro.yamada@example.jp",
    obtained_on=date(2025, 4, 1),
    matters=("在留期間更新",),
)
SATO = ClientInput(
    family_name="佐藤",
    given_name="花子",
    family_kana="サトウ",
    given_kana="ハナコ",
    phone="03-5555-0101",
    email="hanako@example.com",
    obtained_on=date(2024, 11, 20),
    matter_closed_on=date(2024, 12, 10),
)
NGUYEN = ClientInput(
    family_name="Nguyen",
    given_name="Van An",
    family_kana="グエン",
    given_kana="ヴァン アン",
    phone="080-2222-3333",
    email="an.nguyen@example.net",
    obtained_how=ObtainedHow.THIRD_PARTY,
    obtained_on=date(2025, 1, 15),
    provider_name="株式会社サンプル人材",
    provider_address="大阪府大阪市北区梅田1-1",
    provider_obtained_how="雇用契約の際に本人から",
    sensitive=True,
    sensitive_note="診断書(在留資格申請)",
)
SEEDED = (YAMADA, SATO, NGUYEN)


@dataclass
class UiEnv:
    """An open copy of the session ledger and the UiContext a tab is given."""

    path: Path
    places: Places
    person: Person
    context: UiContext

    @property
    def ledger(self) -> Ledger:
        return self.context.ledger

    def row(self, family_name: str) -> ClientRow:
        rows = clients.list_clients(self.ledger, self.context.actor)
        return next(row for row in rows if row.name.startswith(family_name))

    def reopen(self) -> Ledger:
        """Close the ledger and open the file again, as after quitting the program."""
        self.ledger.close()
        ledger = session.open_ledger(
            self.path, self.person.username, self.person.password, self.places
        )
        self.context.ledger = ledger
        return ledger


_templates: dict[Path, Path] = {}


@pytest.fixture(scope="session")
def clients_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeded ledger, made once per run though each module binds this fixture anew."""
    base = tmp_path_factory.getbasetemp()
    if base not in _templates:
        _templates[base] = _make_template(tmp_path_factory.mktemp("clients-template"))
    return _templates[base]


def _make_template(folder: Path) -> Path:
    path = folder / "office.pldb"
    new = session.NewLedger(OFFICE, MANAGER.username, MANAGER.display_name, MANAGER.password)
    ledger, _recovery = session.create_ledger(path, new, Places(folder))
    try:
        actor = ledger.actor
        assert actor is not None
        users.add_user(
            ledger, actor, CLERK.username, CLERK.display_name, Role.CLERK, CLERK.password
        )
        by_number = {purpose.number: purpose.id for purpose in purposes.list_purposes(ledger)}
        for data in SEEDED:
            clients.add_client(
                ledger, actor, replace(data, purpose_ids=(by_number[1], by_number[3]))
            )
    finally:
        ledger.close()
    path.chmod(0o400)  # a test writing to the template instead of its copy fails
    return path


def _open_env(template: Path, folder: Path, person: Person) -> UiEnv:
    path = folder / "office.pldb"
    shutil.copyfile(template, path)
    path.chmod(0o600)
    places = Places(folder / "data")
    ledger = session.open_ledger(path, person.username, person.password, places)
    assert ledger.actor is not None
    return UiEnv(path, places, person, UiContext.for_ledger(ledger, Hub(), settings_file(folder)))


def settings_file(folder: Path) -> str:
    """The INI file window state goes to (one per test folder, shared by its users)."""
    return str(folder / "settings.ini")


def _close(env: UiEnv) -> None:
    # A dialog's worker (the audit log checks the chain in one) ends before its ledger does.
    workers.wait_for_all()
    with contextlib.suppress(Exception):  # already closed by a test whose reopen failed
        env.ledger.close()


@pytest.fixture
def manager_ui(qapp: QApplication, clients_template: Path, tmp_path: Path) -> Iterator[UiEnv]:
    env = _open_env(clients_template, tmp_path, MANAGER)
    yield env
    _close(env)


@pytest.fixture
def clerk_ui(qapp: QApplication, clients_template: Path, tmp_path: Path) -> Iterator[UiEnv]:
    env = _open_env(clients_template, tmp_path, CLERK)
    yield env
    _close(env)


# --- acting as a person ------------------------------------------------------------------


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Click into a field, select what is there and type over it."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(qtbot, widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type as a person does: ASCII on the keys, Japanese (and full-width) through the IME.

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


def leave(qtbot: QtBot, widget: QWidget) -> None:
    """Tab out of a field (the window must be active for focus to move)."""
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def toggle_check(qtbot: QtBot, items: QListWidget, row: int) -> None:
    """Move to a checkable list item and press the space bar."""
    items.setFocus()
    items.setCurrentRow(row)
    qtbot.keyClick(items, Qt.Key.Key_Space)


def show_active(qtbot: QtBot, widget: QWidget) -> None:
    """Show a window and wait until it has the focus, as a window a person works in does."""
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()

"""The command-line tests share the session ledger of tests/ledger_fixtures.py.

``privacy-ledger print`` run in this process makes a Qt application for its
documents; the one the widget tests need (a QApplication) is made first, so a
command never leaves a widget-less QGuiApplication behind for the tests after it.
"""

import pytest

from tests.ledger_fixtures import ledger_file, ledger_template, login, places  # noqa: F401


@pytest.fixture(autouse=True)
def _widgets_application(qapp: object) -> None:
    """Every command-line test runs with the QApplication of pytest-qt already there."""

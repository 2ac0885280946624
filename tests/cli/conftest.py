"""The command-line tests share the session ledger of tests/ledger_fixtures.py."""

from tests.ledger_fixtures import ledger_file, ledger_template, login, places  # noqa: F401

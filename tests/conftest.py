"""Test configuration shared by every suite.

Qt runs offscreen, and new key slots use the cheapest Argon2id parameters the
bounds allow (the explicit test-only switch); one test in tests/unit proves
real parameters are used when the switch is off.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PRIVACY_LEDGER_TEST_KDF"] = "1"


def require_cjk_font() -> None:
    """Fail with one line naming the package when no Japanese font is installed."""
    import pytest
    from PySide6.QtGui import QFontDatabase

    if not QFontDatabase.families(QFontDatabase.WritingSystem.Japanese):
        pytest.fail(
            "no Japanese (CJK) font installed: install fonts-noto-cjk (Debian) and run again",
            pytrace=False,
        )

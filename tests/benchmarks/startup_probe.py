"""The real program, started as a person starts it, with two clocks read from inside it.

Run by tests/benchmarks/run.py as ``python -m tests.benchmarks.startup_probe FILE BASEDIR``
with the user and password in ``BENCH_USER`` / ``BENCH_PASSWORD`` and the parent's
wall clock at ``Popen`` in ``BENCH_T0``. It runs ``desktop.cli.main`` unchanged,
watching from outside the program's code: when the login window has painted it
notes the time since ``BENCH_T0`` (cold start), types the password and presses
Enter, and when the main window shows the Clients tab with its rows it notes the
time since Enter (password to filled window), prints one JSON line with the
peak RSS, and closes the window (which writes the login's audit event) to quit.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from desktop import app, cli

T0 = float(os.environ["BENCH_T0"])
result: dict[str, float | None] = {}


def main() -> int:
    ledger, basedir = sys.argv[1], sys.argv[2]
    show_login, open_window = app.Startup.show_login, app.Startup.open_window

    def watched_login(self: app.Startup, *args: object, **kwargs: object) -> None:
        show_login(self, *args, **kwargs)  # type: ignore[arg-type]
        QTimer.singleShot(0, lambda: _login_painted(self))

    def _login_painted(startup: app.Startup) -> None:
        result["cold_start_s"] = time.time() - T0
        assert startup.login is not None
        form = startup.login.form
        form.user.setCurrentText(os.environ["BENCH_USER"])
        form.password.setText(os.environ["BENCH_PASSWORD"])
        result["_enter"] = time.perf_counter()
        QTest.keyClick(form.password, Qt.Key.Key_Return)

    def watched_window(self: app.Startup, *args: object, **kwargs: object) -> None:
        open_window(self, *args, **kwargs)  # type: ignore[arg-type]
        QTimer.singleShot(0, lambda: _window_filled(self))

    def _window_filled(startup: app.Startup) -> None:
        window = startup.window
        assert window is not None
        tab = window.current_tab()
        if tab is None or tab.model.rowCount() == 0:
            QTimer.singleShot(5, lambda: _window_filled(startup))
            return
        result["password_to_window_s"] = time.perf_counter() - result.pop("_enter")  # type: ignore[operator]
        result["rows"] = tab.model.rowCount()
        try:
            import resource

            result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        except ImportError:
            result["peak_rss_mb"] = None
        status = Path("/proc/self/status")
        if status.exists():  # Linux: the resident set now, after the key derivation's memory
            line = next(x for x in status.read_text().splitlines() if x.startswith("VmRSS:"))
            result["rss_mb"] = int(line.split()[1]) / 1024
        print("BENCH " + json.dumps(result), flush=True)
        window.close()

    app.Startup.show_login = watched_login  # type: ignore[method-assign]
    app.Startup.open_window = watched_window  # type: ignore[method-assign]
    return cli.main(["--basedir", basedir, "--lang", "ja", ledger])


if __name__ == "__main__":
    sys.exit(main())

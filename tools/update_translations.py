"""Update the Japanese translations: lupdate over the sources, then lrelease.

Run after changing a string a person reads::

    python tools/update_translations.py

Two catalogs: privacy_ledger_ja.ts for the window (ui, app, reports) and
messages_ja.ts for the messages of vault, db and services (context "errors",
marked with QT_TRANSLATE_NOOP, since those layers import no Qt). New or
changed strings appear as "unfinished"; translate them (Qt Linguist, or any
text editor), then run this again to compile the .qm files, which are kept in
the repository so that an installation works without Qt's tools.
tests/ui/test_translations.py and tests/ui/test_error_translation.py fail
while a string has no translation or a .qm is older than its .ts.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: everything a person reads in the window; vault, db and services have their own
#: file (messages_ja.ts, context "errors")
SOURCES = ("desktop/ui", "desktop/app.py", "desktop/reports")
MESSAGE_SOURCES = ("desktop/vault", "desktop/db", "desktop/services")
TS_FILE = REPO / "resources" / "translations" / "privacy_ledger_ja.ts"
MESSAGES_TS_FILE = REPO / "resources" / "translations" / "messages_ja.ts"
CATALOGS = ((SOURCES, TS_FILE), (MESSAGE_SOURCES, MESSAGES_TS_FILE))


def qt_tool(name: str) -> Path:
    """``lupdate`` or ``lrelease``: the venv's pyside6-NAME, else PySide6's own binary."""
    suffix = ".exe" if sys.platform == "win32" else ""
    script = Path(sys.executable).parent / f"pyside6-{name}{suffix}"
    if script.is_file():
        return script
    import PySide6

    return Path(PySide6.__file__).parent / f"{name}{suffix}"


def lupdate(ts_file: Path, sources: tuple[str, ...] = SOURCES) -> list[str]:
    """Extract every translatable string of ``sources`` into ``ts_file``, keeping translations.

    No source locations: line numbers would change the .ts file at every edit
    of the code; the contexts (class names) say where a string belongs.
    """
    return [
        str(qt_tool("lupdate")),
        "-extensions",
        "py",
        "-locations",
        "none",
        "-no-obsolete",
        "-source-language",
        "en",
        "-target-language",
        "ja",
        *sources,
        "-ts",
        str(ts_file),
    ]


def lrelease(ts_file: Path, qm_file: Path) -> list[str]:
    return [str(qt_tool("lrelease")), str(ts_file), "-qm", str(qm_file)]


def main() -> int:
    for sources, ts_file in CATALOGS:
        for command in (lupdate(ts_file, sources), lrelease(ts_file, ts_file.with_suffix(".qm"))):
            result = subprocess.run(command, cwd=REPO, check=False)
            if result.returncode != 0:
                return result.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Update the Japanese translations: lupdate over the sources, then lrelease.

Run after changing a string a person reads::

    python tools/update_translations.py

One catalog per part, so that work on different tabs merges cleanly:
privacy_ledger_ja.ts for the window itself (desktop/ui without the area
packages, app, reports), messages_ja.ts for the messages of vault, db and
services (context "errors", marked with QT_TRANSLATE_NOOP, since those layers
import no Qt), and ``<area>_ja.ts`` for each area's UI package listed in
AREAS (a new tab adds one line there). The window loads every
``*_ja.qm`` of resources/translations. New or changed strings appear as
"unfinished"; translate them (Qt Linguist, or any text editor), then run this
again to compile the .qm files, which are kept in the repository so that an
installation works without Qt's tools.
tests/ui/test_translations.py and tests/ui/test_error_translation.py fail
while a string has no translation or a .qm is older than its .ts.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGE = "ja"

#: the UI package of each area; each gets its own catalog, <area>_ja.ts
AREAS = ("desktop/ui/clients", "desktop/ui/consents")


def _window_sources() -> tuple[str, ...]:
    """The window's own modules: desktop/ui without the area packages, app, reports."""
    ui = sorted(path.relative_to(REPO).as_posix() for path in (REPO / "desktop/ui").glob("*.py"))
    return (*ui, "desktop/app.py", "desktop/reports")


#: everything a person reads in the window outside the areas
SOURCES = _window_sources()
#: vault, db and services: their messages (context "errors")
MESSAGE_SOURCES = ("desktop/vault", "desktop/db", "desktop/services")
TS_FILE = TRANSLATIONS / f"privacy_ledger_{LANGUAGE}.ts"
MESSAGES_TS_FILE = TRANSLATIONS / f"messages_{LANGUAGE}.ts"
#: (sources, .ts file) of every catalog
CATALOGS: tuple[tuple[tuple[str, ...], Path], ...] = (
    (SOURCES, TS_FILE),
    (MESSAGE_SOURCES, MESSAGES_TS_FILE),
    *(((area,), TRANSLATIONS / f"{Path(area).name}_{LANGUAGE}.ts") for area in AREAS),
)
#: the catalogs of the window (all but the messages)
WINDOW_CATALOGS = tuple(catalog for catalog in CATALOGS if catalog[1] != MESSAGES_TS_FILE)


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

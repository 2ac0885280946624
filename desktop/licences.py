"""The licences of the program and of everything shipped with it (Help ▸ About ▸ Licences).

The Windows build writes one text, ``THIRD-PARTY-LICENSES.txt``, at build
time from the installed packages' metadata (``installer/build.py``); the
frozen program shows that file. Run from source or installed with pip, the
same text is made from the packages installed now. Qt and PySide6 are under
the LGPL-3.0; its text (and the GPL-3.0 it builds on) is kept in
``resources/licenses`` because the PySide6 wheels carry no licence file.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from . import __version__
from .paths import resources_dir

PROJECT = "privacy-ledger"
PROJECT_LICENCE = "MIT"
#: the name of the collected text in the frozen build, beside the program
BUNDLE_FILE = "THIRD-PARTY-LICENSES.txt"
#: texts kept in the repository for packages whose wheels have none
QT_LICENCE_FILES = ("LGPL-3.0.txt", "GPL-3.0.txt")
QT_PACKAGES = {"pyside6-essentials"}
QT_NOTE = (
    "Qt and PySide6 are used under the GNU Lesser General Public License v3 (LGPL-3.0).\n"
    "Their libraries are kept as separate files in the program's _internal folder\n"
    "(PySide6/, shiboken6/): you may replace them with your own build of the same\n"
    "Qt/PySide6 version. The source code is at https://code.qt.io and\n"
    "https://download.qt.io/official_releases/QtForPython/. Qt's own third-party\n"
    "components are listed at https://doc.qt.io/qt-6/licenses-used-in-qt.html."
)
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


@dataclass(frozen=True)
class Licence:
    name: str
    version: str
    expression: str
    texts: tuple[tuple[str, str], ...]  # (file name, text)


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def project_requirements() -> list[str]:
    """The program's own run-time requirements (installed metadata, else pyproject.toml)."""
    try:
        return metadata.requires(PROJECT) or []
    except metadata.PackageNotFoundError:
        pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
        config = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        return list(config["project"]["dependencies"])


def runtime_distributions() -> list[metadata.Distribution]:
    """Every installed package the program needs at run time, its dependencies included."""
    found: dict[str, metadata.Distribution] = {}
    pending = project_requirements()
    while pending:
        requirement = pending.pop()
        if "extra ==" in requirement.replace("extra==", "extra =="):
            continue  # optional parts the program does not ask for
        match = _NAME.match(requirement)
        if match is None or normalise(match.group(1)) in found:
            continue
        try:
            distribution = metadata.distribution(match.group(1))
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform or Python version
        found[normalise(match.group(1))] = distribution
        pending.extend(distribution.requires or [])
    return sorted(found.values(), key=lambda d: normalise(d.metadata["Name"]))


def _licence_texts(distribution: metadata.Distribution) -> tuple[tuple[str, str], ...]:
    texts = []
    for file in distribution.files or []:
        upper = file.name.upper()
        if any(word in upper for word in ("LICEN", "COPYING", "NOTICE", "AUTHORS")):
            path = Path(str(file.locate()))
            if path.is_file():
                texts.append((file.name, path.read_text(encoding="utf-8", errors="replace")))
    if normalise(distribution.metadata["Name"]) in QT_PACKAGES:
        folder = resources_dir() / "licenses"
        texts += [(name, (folder / name).read_text(encoding="utf-8")) for name in QT_LICENCE_FILES]
    return tuple(texts)


def _expression(distribution: metadata.Distribution) -> str:
    meta = distribution.metadata
    expression = meta["License-Expression"] or meta["License"] or ""
    if not expression or len(expression) > 80:  # some packages put the whole text there
        classifiers = meta.get_all("Classifier") or []
        names = [c.split(" :: ")[-1] for c in classifiers if c.startswith("License ::")]
        expression = " / ".join(names) or "see the licence text"
    return expression


def installed_licences() -> list[Licence]:
    """The program's licence, Python's, and each run-time package's, from what is installed."""
    own = Path(__file__).resolve().parents[1] / "LICENSE"
    result = [
        Licence(
            "Privacy Ledger",
            __version__,
            PROJECT_LICENCE,
            (("LICENSE", own.read_text(encoding="utf-8")),) if own.is_file() else (),
        )
    ]
    python_licence = Path(sys.base_prefix) / "LICENSE.txt"
    if not python_licence.is_file():
        version = f"python{sys.version_info[0]}.{sys.version_info[1]}"
        python_licence = Path(sys.base_prefix, "lib", version, "LICENSE.txt")
    result.append(
        Licence(
            "Python",
            ".".join(map(str, sys.version_info[:3])),
            "PSF-2.0",
            (("LICENSE.txt", python_licence.read_text(encoding="utf-8")),)
            if python_licence.is_file()
            else (),
        )
    )
    for distribution in runtime_distributions():
        result.append(
            Licence(
                distribution.metadata["Name"],
                distribution.version,
                _expression(distribution),
                _licence_texts(distribution),
            )
        )
    return result


def licence_text(licences: list[Licence]) -> str:
    """One plain text: a summary table, the LGPL note, then every licence text in full."""
    lines = ["Privacy Ledger and the software it contains", ""]
    width = max(len(f"{item.name} {item.version}") for item in licences)
    lines += [f"  {f'{item.name} {item.version}':<{width}}  {item.expression}" for item in licences]
    lines += ["", QT_NOTE, ""]
    for item in licences:
        for name, text in item.texts:
            lines += [
                "=" * 78,
                f"{item.name} {item.version}: {name}",
                "=" * 78,
                "",
                text.strip(),
                "",
            ]
    return "\n".join(lines) + "\n"


def write_bundle_file(folder: Path) -> Path:
    """Write the collected text into ``folder`` (the build script calls this); return its path."""
    path = folder / BUNDLE_FILE
    path.write_text(licence_text(installed_licences()), encoding="utf-8")
    return path


def shown_licences() -> str:
    """What Help ▸ About ▸ Licences shows: the build's collected file, else made now."""
    if getattr(sys, "frozen", False):
        bundled = Path(sys.executable).resolve().parent / BUNDLE_FILE
        if bundled.is_file():
            return bundled.read_text(encoding="utf-8")
    return licence_text(installed_licences())

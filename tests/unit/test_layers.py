"""The layers (docs/architecture.md), enforced: vault, db, services never reach Qt or above.

Every import statement of every module is read with ``ast`` (also those inside
functions and ``if TYPE_CHECKING``), relative imports resolved; a violation is
reported with its file and line. A second check imports the lower layers in a
fresh interpreter and looks for Qt in ``sys.modules``.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import desktop

PACKAGE_ROOT = Path(desktop.__file__).resolve().parent
QT = ("PySide6", "shiboken6")
UPPER_LAYERS = ("desktop.ui", "desktop.reports", "desktop.app", "desktop.cli", "desktop.demo")
#: for each layer, the project packages it may import from
ALLOWED = {
    "desktop.vault": ("desktop.vault",),
    "desktop.db": ("desktop.db", "desktop.vault"),
    "desktop.services": ("desktop.services", "desktop.db", "desktop.vault"),
}
#: ``from .. import __version__``: the package itself holds only the version
SERVICES_MAY_ALSO = ("desktop", "desktop.__version__")


@dataclass(frozen=True)
class Import:
    file: Path
    line: int
    module: str

    def __str__(self) -> str:
        where = self.file.relative_to(PACKAGE_ROOT.parent).as_posix()
        return f"{where}:{self.line}: imports {self.module}"


def module_name(file: Path) -> str:
    parts = list(file.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(file: Path, source: str | None = None) -> Iterator[Import]:
    """Every module ``file`` imports, relative imports made absolute."""
    tree = ast.parse(file.read_text(encoding="utf-8") if source is None else source)
    package = module_name(file)
    if file.name != "__init__.py":
        package = package.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(file, node.lineno, alias.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                parent = ".".join(base)
                target = f"{parent}.{node.module}" if node.module else parent
            else:
                target = node.module or ""
            yield Import(file, node.lineno, target)
            # ``from . import audit`` imports the module desktop.services.audit
            for alias in node.names:
                yield Import(file, node.lineno, f"{target}.{alias.name}")


def within(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == package or module.startswith(package + ".") for package in packages)


def check(layer: str, imports: Iterable[Import]) -> list[str]:
    """The imports that break the layer's rule, as ``file:line: imports module``."""
    allowed = ALLOWED[layer]
    extra = SERVICES_MAY_ALSO if layer == "desktop.services" else ()
    return [
        str(item)
        for item in imports
        if within(item.module, QT)
        or within(item.module, UPPER_LAYERS)
        or (
            within(item.module, ("desktop",))
            and not within(item.module, allowed)
            and item.module not in extra
        )
    ]


def layer_files(layer: str) -> list[Path]:
    folder = PACKAGE_ROOT.joinpath(*layer.split(".")[1:])
    return sorted(folder.rglob("*.py"))


def test_the_checker_reports_file_and_line() -> None:
    fake = PACKAGE_ROOT / "services" / "fake.py"
    source = (
        '"""A module that breaks every rule."""\n'
        "import json\n"
        "from ..ui import main_window\n"
        "from .. import paths\n"
        "def later():\n"
        "    from PySide6.QtCore import QObject\n"
        "    import shiboken6\n"
        "from . import audit\n"
    )
    found = check("desktop.services", imports_of(fake, source))
    assert found == [
        "desktop/services/fake.py:3: imports desktop.ui",
        "desktop/services/fake.py:3: imports desktop.ui.main_window",
        "desktop/services/fake.py:4: imports desktop.paths",
        "desktop/services/fake.py:6: imports PySide6.QtCore",
        "desktop/services/fake.py:6: imports PySide6.QtCore.QObject",
        "desktop/services/fake.py:7: imports shiboken6",
    ]
    vault_file = PACKAGE_ROOT / "vault" / "fake.py"
    assert check("desktop.vault", imports_of(vault_file, "from ..db import models\n")) == [
        "desktop/vault/fake.py:1: imports desktop.db",
        "desktop/vault/fake.py:1: imports desktop.db.models",
    ]
    db_file = PACKAGE_ROOT / "db" / "fake.py"
    assert check("desktop.db", imports_of(db_file, "from ..services import audit\n"))
    assert check("desktop.db", imports_of(db_file, "from ..vault import CorruptFile\n")) == []


@pytest.mark.parametrize("layer", list(ALLOWED))
def test_each_layer_imports_only_what_it_may(layer: str) -> None:
    files = layer_files(layer)
    assert files, f"no modules found for {layer}"
    found = [line for file in files for line in check(layer, imports_of(file))]
    assert not found, f"{layer} breaks the layering of docs/architecture.md:\n" + "\n".join(found)


def test_importing_the_lower_layers_loads_no_qt() -> None:
    modules = sorted(
        {
            module_name(file)
            for layer in ALLOWED
            for file in layer_files(layer)
            if "migrations" not in file.parts  # Alembic scripts run only inside Alembic
        }
    )
    program = (
        "import importlib, sys\n"
        "for name in sys.argv[1:]:\n"
        "    importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT!r}"
        f" or m.startswith({UPPER_LAYERS!r})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program, *modules], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]", f"loaded by {modules}"
    assert "desktop.services.session" in modules and "desktop.db.database" in modules

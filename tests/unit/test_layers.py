"""The layers of docs/architecture.md, enforced: vault, db and services never reach Qt or the
layers above; ui never reaches db or vault; reports use no widgets; no import circles.

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
#: neutral modules every layer may import: the error base, reading and writing dates
NEUTRAL = ("desktop.errors", "desktop.jpdates")
#: for each layer, the project packages it may import from
ALLOWED = {
    "desktop.vault": ("desktop.vault", *NEUTRAL),
    "desktop.db": ("desktop.db", "desktop.vault", *NEUTRAL),
    "desktop.services": ("desktop.services", "desktop.db", "desktop.vault", *NEUTRAL),
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
    assert check("desktop.vault", imports_of(vault_file, "from ..errors import Phrase\n")) == []


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


def all_files() -> list[Path]:
    return sorted(PACKAGE_ROOT.rglob("*.py"))


def test_the_window_reaches_the_file_and_the_database_only_through_services() -> None:
    found = [
        str(item)
        for file in [*layer_files("desktop.ui"), PACKAGE_ROOT / "app.py"]
        for item in imports_of(file)
        if within(item.module, ("desktop.db", "desktop.vault"))
    ]
    assert not found, "ui imports db or vault:\n" + "\n".join(found)


def test_reports_draw_pages_without_widgets() -> None:
    # Printing asks for a printer with a dialog; that dialog lives in ui/operations.py
    # (print_document), so reports need no QtWidgets at all.
    found = [
        str(item)
        for file in layer_files("desktop.reports")
        for item in imports_of(file)
        if within(item.module, ("PySide6.QtWidgets", "desktop.ui"))
    ]
    assert not found, "reports import widgets:\n" + "\n".join(found)


def project_graph(files: Iterable[Path]) -> dict[str, set[str]]:
    """Module -> the project modules it imports (``from . import x`` counts as importing x)."""
    known = {module_name(file) for file in files}
    graph: dict[str, set[str]] = {}
    for file in files:
        targets = set()
        for item in imports_of(file):
            module = item.module
            while module and module not in known:
                module = module.rpartition(".")[0]  # desktop.ui.table.Column -> desktop.ui.table
            if module and module != module_name(file) and module != "desktop":
                targets.add(module)
        graph[module_name(file)] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), as a sorted list."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def test_the_cycle_check_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_there_is_no_import_circle_in_the_program() -> None:
    # A package's __init__ importing its own modules is how a package speaks, not a circle.
    graph = project_graph(all_files())
    for module, targets in graph.items():
        graph[module] = {t for t in targets if not module.startswith(t + ".")}
    found = cycles(graph)
    assert not found, "import circles:\n" + "\n".join(" <-> ".join(group) for group in found)

"""The installed package must contain every module and the resources folder."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _declared() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_folder_with_python_code_is_declared_as_a_package() -> None:
    on_disk = {
        ".".join(folder.relative_to(ROOT).parts)
        for folder in (ROOT / "desktop").rglob("*")
        if folder.is_dir() and "__pycache__" not in folder.parts and any(folder.glob("*.py"))
    } | {"desktop"}
    missing = on_disk - _declared()
    assert not missing, f"add these to [tool.setuptools] packages in pyproject.toml: {missing}"


def test_resources_are_installed_as_desktop_resources() -> None:
    assert "desktop.resources" in _declared()
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["setuptools"]["package-dir"]["desktop.resources"] == "resources"
    assert (ROOT / "resources" / "__init__.py").is_file()


def test_console_script_points_at_the_command_line() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["project"]["scripts"]["privacy-ledger"] == "desktop.cli:main"
    from desktop import cli

    assert callable(cli.main)

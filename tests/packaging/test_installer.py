"""The PyInstaller spec, the Inno Setup script and pyproject.toml agree (no build needed).

The bundle itself is built and run by `python installer/build.py --smoke` (installer/README.md).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = (ROOT / "installer" / "privacy-ledger.spec").read_text(encoding="utf-8")
ISS = (ROOT / "installer" / "privacy-ledger.iss").read_text(encoding="utf-8")
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def spec_constant(name: str) -> str:
    found = re.search(rf'^{name} = "([^"]*)"', SPEC, re.MULTILINE)
    assert found, f"{name} missing from the spec"
    return found.group(1)


def iss_define(name: str) -> str:
    found = re.search(rf'#define {name} "([^"]*)"', ISS)
    assert found, f"{name} missing from the .iss"
    return found.group(1)


def test_version_and_names_agree() -> None:
    assert iss_define("AppVersion") == PROJECT["project"]["version"]
    assert "pyproject.toml" in SPEC and 'PROJECT["version"]' in SPEC  # read, not copied
    assert iss_define("AppName") == spec_constant("APP_NAME")
    assert iss_define("BundleName") == spec_constant("BUNDLE_NAME")
    assert iss_define("AppExe") == spec_constant("GUI_EXE") + ".exe"
    assert iss_define("CliExe") == spec_constant("CLI_EXE") + ".exe"
    assert iss_define("BundleDir").endswith("dist\\" + spec_constant("BUNDLE_NAME"))


def test_the_installer_ships_what_the_build_makes() -> None:
    sources = re.findall(r'^Source: "\{#BundleDir\}\\([^"]+)"', ISS, re.MULTILINE)
    assert sources == [
        "{#AppExe}",
        "{#CliExe}",
        "_internal\\*",
        "LICENSE.txt",
        "THIRD-PARTY-LICENSES.txt",
    ]
    build = (ROOT / "installer" / "build.py").read_text(encoding="utf-8")
    assert '"LICENSE.txt"' in build and "write_bundle_file(BUNDLE)" in build


def test_the_spec_ships_every_translation_and_only_the_compiled_ones() -> None:
    # the spec ships the compiled catalogs by a glob, so a new area's catalog is never missed
    assert re.search(r'TRANSLATIONS = REPO / "resources" / "translations"', SPEC)
    assert 'TRANSLATIONS.glob("*.qm")' in SPEC
    assert ".ts" not in re.sub(r"#.*", "", SPEC)
    assert len(list((ROOT / "resources" / "translations").glob("*.qm"))) >= 3
    assert re.search(r'QT_TRANSLATIONS = \("qtbase_ja\.qm",\)', SPEC)
    for source in re.findall(r'REPO / "resources" / "([^"]+)"\), "resources"\)', SPEC):
        assert (ROOT / "resources" / source).is_file()


def test_per_user_install_with_a_fixed_id_and_both_languages() -> None:
    assert re.search(r"^PrivilegesRequired=lowest$", ISS, re.MULTILINE)
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", ISS, re.MULTILINE)
    assert 'Name: "ja"; MessagesFile: "compiler:Languages\\Japanese.isl"' in ISS
    assert 'Name: "en"; MessagesFile: "compiler:Default.isl"' in ISS
    assert 'Type: filesandordirs; Name: "{app}\\_internal"' in ISS.split("[InstallDelete]")[1]
    assert "{userappdata}\\{#BundleName}" in ISS  # the uninstaller says where the data is
    assert "Software\\Classes\\.pldb" in ISS


def test_the_icon_has_every_size_windows_asks_for() -> None:
    ico = (ROOT / "resources" / "icons" / "privacy-ledger.ico").read_bytes()
    count = int.from_bytes(ico[4:6], "little")
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 20, 24, 32, 40, 48, 64, 256} <= sizes


def test_the_build_extra_installs_pyinstaller_and_the_licence_is_stated() -> None:
    assert any(
        dep.startswith("pyinstaller")
        for dep in PROJECT["project"]["optional-dependencies"]["build"]
    )
    assert PROJECT["project"]["license"] == {"text": "MIT"}
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")

"""Build the one-folder program with PyInstaller and, on Windows, the installer with Inno Setup.

    python installer/build.py            bundle in dist/PrivacyLedger (+ installer on Windows)
    python installer/build.py --smoke    ... then run the frozen program's --self-test offscreen
    python installer/build.py --no-installer   skip Inno Setup even on Windows

Needs ``pip install -e ".[build]"`` (PyInstaller). The installer needs Inno Setup 6
(``ISCC.exe`` on PATH or in its default folder). See installer/README.md.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SPEC = REPO / "installer" / "privacy-ledger.spec"
ISS = REPO / "installer" / "privacy-ledger.iss"
DIST = REPO / "dist"
BUNDLE = DIST / "PrivacyLedger"
WORK = REPO / "build" / "pyinstaller"
CLI = "privacy-ledger-cli" + (".exe" if sys.platform == "win32" else "")


def version() -> str:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    return str(config["project"]["version"])


def folder_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def build_bundle() -> None:
    import PyInstaller.__main__

    PyInstaller.__main__.run(
        [str(SPEC), "--noconfirm", "--clean", f"--distpath={DIST}", f"--workpath={WORK}"]
    )
    # beside the programs, where an office (and Help ▸ About ▸ Licences) finds them
    sys.path.insert(0, str(REPO))
    from desktop.licences import write_bundle_file

    write_bundle_file(BUNDLE)
    shutil.copy2(REPO / "LICENSE", BUNDLE / "LICENSE.txt")


def find_iscc() -> Path | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base and (Path(base) / "Inno Setup 6" / "ISCC.exe").is_file():
            return Path(base) / "Inno Setup 6" / "ISCC.exe"
    return None


def build_installer() -> Path:
    iscc = find_iscc()
    if iscc is None:
        raise SystemExit(
            "build.py: Inno Setup 6 (ISCC.exe) not found; install it or add it to PATH"
        )
    subprocess.run([str(iscc), f"/DAppVersion={version()}", str(ISS)], check=True)
    return DIST / f"PrivacyLedger-{version()}-setup.exe"


def smoke() -> int:
    """Run the frozen --self-test offscreen; print its output, the start time and the size."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PRIVACY_LEDGER_TEST_KDF", None)  # the real key derivation, as an office has it
    started = time.perf_counter()
    version_run = subprocess.run(
        [str(BUNDLE / CLI), "--version"], env=env, capture_output=True, text=True, check=False
    )
    start_seconds = time.perf_counter() - started
    started = time.perf_counter()
    result = subprocess.run(
        [str(BUNDLE / CLI), "--self-test"], env=env, capture_output=True, text=True, check=False
    )
    test_seconds = time.perf_counter() - started
    print(result.stdout, end="")
    print(result.stderr, end="", file=sys.stderr)
    print(f"frozen start to exit (--version): {start_seconds:.2f} s ({version_run.stdout.strip()})")
    print(f"frozen --self-test: {test_seconds:.2f} s, exit code {result.returncode}")
    print(f"bundle: {folder_size(BUNDLE) / 2**20:.0f} MiB in {BUNDLE}")
    return result.returncode or version_run.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="run the frozen --self-test")
    parser.add_argument("--no-installer", action="store_true", help="skip Inno Setup")
    parser.add_argument("--no-build", action="store_true", help="reuse the existing bundle")
    args = parser.parse_args()
    if not args.no_build:
        build_bundle()
    if sys.platform == "win32" and not args.no_installer:
        print(f"installer: {build_installer()}")
    return smoke() if args.smoke else 0


if __name__ == "__main__":
    raise SystemExit(main())

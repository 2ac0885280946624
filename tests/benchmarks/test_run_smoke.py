"""The office-scale benchmark runs end to end at a tiny size (its figures are not asserted).

``python -m tests.benchmarks.run --size office-10y`` takes minutes; this runs the
same code on 30 clients with the test key derivation and without the
subprocess probe, so a change that breaks the benchmark is caught in the normal run.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop.demo.areas import AREAS, filler
from desktop.ui.main_window import MainWindow
from tests.benchmarks import run
from tests.benchmarks.window_measure import TYPED

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_benchmark_measures_every_figure_and_names_what_it_left_out(
    qapp: QApplication, tmp_path: Path
) -> None:
    out = tmp_path / "tiny.json"
    assert run.main(["--size", "tiny", "--test-kdf", "--no-startup", "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["kdf"].startswith("test-only")
    assert report["left_out"] == [area.name for area in AREAS if filler(area) is None]
    assert set(report["tabs"]) == {tab.KEY for tab in MainWindow.TABS}
    for part in ("kdf", "decrypt", "load", "integrity", "audit", "open_ledger"):
        assert report["open"][part]["median_ms"] > 0, part
    assert report["saves"]["save"]["rounds"] == run.SIZES["tiny"].saves
    assert report["saves"]["floor"]["median_ms"] > 0 and report["saves"]["twin"]["median_ms"] > 0
    tiny = run.SIZES["tiny"]
    assert report["keystrokes"] == tiny.search_rounds * sum(len(word) + 1 for word in TYPED)
    assert report["edit_to_row"]["rounds"] == run.SIZES["tiny"].edits
    assert report["file_mb"] > 0

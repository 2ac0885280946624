"""`privacy-ledger --self-test` passes on a working installation and names a failing step."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from desktop import cli, selftest


def test_self_test_passes_and_reports_each_step(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--self-test"]) == 0
    out = capsys.readouterr().out
    for step, _check in selftest.STEPS:
        assert f"{step + ':':<14} ok" in out
    assert out.rstrip().endswith("self-test passed")


def test_a_failing_step_is_named_and_exits_1(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_folder: Path) -> str:
        raise selftest.StepFailed("qtbase_ja.qm is missing")

    steps = (selftest.STEPS[0][0], lambda _folder: "fine"), ("translations", broken)
    monkeypatch.setattr(selftest, "STEPS", steps)
    out, err = io.StringIO(), io.StringIO()
    assert selftest.run(out, err) == 1
    assert err.getvalue() == (
        "privacy-ledger: self-test failed at step 'translations': qtbase_ja.qm is missing\n"
    )
    assert "Traceback" not in out.getvalue() + err.getvalue()


def test_the_pdf_reader_reads_back_japanese() -> None:
    from desktop.reports import Document, ensure_gui_application
    from desktop.reports.pdf_read import extract_text

    ensure_gui_application()
    pdf = Document(title="t", body_html="<p>山田 太郎 〒160-0023</p>").pdf_bytes()
    assert "山田太郎〒160-0023" in "".join(extract_text(pdf).split())

"""Printed documents: the recovery sheet as PDF and on a printer, read back as a person would."""

from __future__ import annotations

import datetime
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtPrintSupport import QPrinter

from desktop.reports import (
    Document,
    ReportError,
    recovery_sheet_document,
    recovery_sheet_html,
    write_recovery_sheet_pdf,
)
from desktop.reports.document import sans_family
from desktop.reports.pdf_text import repair_text_map
from tests.conftest import require_cjk_font

pytestmark = pytest.mark.usefixtures("qapp")

KEY = "DZN5-V253-9J60-B9Y2-5T0W-PFBV-7FVA-1MZN-KD74-HAC8-VJRJ-11HJ-TGK1-JY1V"
FILE_ID = "3f9c2a7e-51b4-4d0e-9a8c-6e2f1b7d4c10"
OFFICE = "山田行政書士事務所"
LEDGER = r"C:\Users\yamada\Documents\Privacy Ledger\yamada-office.pldb"
CREATED = datetime.date(2025, 4, 1)
REPO = Path(__file__).resolve().parents[2]


def _poppler(tool: str) -> str:
    found = shutil.which(tool)
    assert found is not None, f"{tool} is missing: install poppler-utils (.ci/run does)"
    return found


def pdf_text(path: Path, *pages: int) -> str:
    args = [_poppler("pdftotext"), "-layout"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    return subprocess.run(
        [*args, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(
        [_poppler("pdfinfo"), str(path)], check=True, capture_output=True, text=True
    ).stdout
    return {
        key.strip(): value.strip()
        for key, _, value in (line.partition(":") for line in out.splitlines())
    }


def write_sheet(path: Path, office: str = OFFICE, ledger: str = LEDGER) -> Path:
    write_recovery_sheet_pdf(path, office, ledger, FILE_ID, KEY, CREATED)
    return path


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_recovery_sheet_shows_office_key_file_id_and_japanese_subtitle(tmp_path: Path) -> None:
    text = pdf_text(write_sheet(tmp_path / "sheet.pdf"))

    assert OFFICE in text  # the kanji themselves, not look-alike Kangxi radicals
    for group in KEY.split("-"):
        assert group in text
    assert FILE_ID in text
    assert "復旧キー控え" in text
    assert "Privacy Ledger — Recovery Sheet" in text
    assert "2025-04-01" in text
    assert "令和7年4月1日" in text  # the era, as an office files it
    assert "yamada-office.pldb" in text
    assert 'choose "Forgot password"' in text
    assert "金庫" in text


def test_key_groups_are_numbered_in_order(tmp_path: Path) -> None:
    lines = pdf_text(write_sheet(tmp_path / "sheet.pdf")).splitlines()
    groups = KEY.split("-")
    first_row = next(line for line in lines if groups[0] in line)
    second_row = next(line for line in lines if groups[7] in line)

    assert first_row.split() == groups[:7]
    assert second_row.split() == groups[7:]
    above = [line for line in lines[: lines.index(first_row)] if line.strip()]
    assert above[-1].split() == [str(n) for n in range(1, 8)]


@pytest.mark.parametrize(
    ("office", "ledger"),
    [
        (OFFICE, LEDGER),
        (
            "特定行政書士法人 山田・佐藤合同事務所 東京本店 "
            "外国人在留手続・許認可申請サポートセンター（新宿駅西口オフィス）",
            "C:\\Users\\yamada.taro\\OneDrive - 山田行政書士事務所\\ドキュメント\\Privacy Ledger\\"
            "2025年度\\顧客台帳_本店_共有用_最新版_このファイルは移動しないでください_"
            + "X" * 40
            + ".pldb",
        ),
    ],
    ids=["usual", "long-names"],
)
def test_recovery_sheet_is_one_a4_page(tmp_path: Path, office: str, ledger: str) -> None:
    path = write_sheet(tmp_path / "sheet.pdf", office, ledger)
    info = pdf_info(path)

    assert info["Pages"] == "1"
    assert info["Page size"].startswith("595 x 842")  # A4 in points
    assert info["Title"] == "Privacy Ledger — Recovery Sheet"
    text = pdf_text(path)
    assert "TGK1" in text
    assert "Stored by" in text
    assert re.search(r"1 ?/ ?1\n", text)  # pdftotext may drop the narrow spaces


def test_values_are_escaped(tmp_path: Path) -> None:
    html = recovery_sheet_html("A&B <Office>", "<b>x</b>", FILE_ID, KEY, CREATED)
    assert "A&amp;B &lt;Office&gt;" in html
    assert "<b>x</b>" not in html

    text = pdf_text(write_sheet(tmp_path / "sheet.pdf", "A&B <Office>", "<b>x</b>"))
    assert "A&B <Office>" in text
    assert "<b>x</b>" in text


def test_missing_folder_is_a_report_error_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(ReportError) as caught:
        write_sheet(tmp_path / "no such folder" / "sheet.pdf")

    assert "does not exist" in str(caught.value)
    assert str(tmp_path / "no such folder") in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_folder_refusing_new_files_is_a_report_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A read-only folder, simulated: tests may run as root, where folder permissions do not bind.
    def refuse(*args: object) -> int:
        raise PermissionError(13, "Permission denied")

    old = tmp_path / "sheet.pdf"
    old.write_bytes(b"old sheet")
    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(ReportError) as caught:
        write_sheet(old)
    monkeypatch.undo()

    assert f"may not write to {tmp_path}" in str(caught.value)
    assert old.read_bytes() == b"old sheet"
    assert leftovers(tmp_path) == []


def test_failed_replace_removes_the_temp_file_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "sheet.pdf"
    old.write_bytes(b"old sheet")

    def busy(source: object, target: object) -> None:
        raise PermissionError(13, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", busy)
    with pytest.raises(ReportError) as caught:
        write_sheet(old)

    assert "open in another program" in str(caught.value)
    assert old.read_bytes() == b"old sheet"
    assert leftovers(tmp_path) == []


def test_a_folder_as_target_is_a_report_error(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="is a folder"):
        write_sheet(tmp_path)


def test_writing_again_replaces_the_file(tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(b"old sheet")

    write_sheet(path)

    assert path.read_bytes().startswith(b"%PDF-")
    assert leftovers(tmp_path) == []


def test_print_to_a_printer_draws_the_same_sheet(tmp_path: Path) -> None:
    document = recovery_sheet_document(OFFICE, LEDGER, FILE_ID, KEY, CREATED)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    document.prepare_printer(printer)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # instead of a real printer
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))

    document.print_to(printer)

    assert printer.docName() == "Privacy Ledger — Recovery Sheet"
    text = pdf_text(tmp_path / "printed.pdf")
    assert "JY1V" in text
    assert "復旧キー控え" in text
    assert pdf_info(tmp_path / "printed.pdf")["Pages"] == "1"


def long_document(paragraphs: int = 90, max_pages: int | None = None) -> Document:
    body = "".join(f"<p>Paragraph {n} 第{n}段落</p>" for n in range(1, paragraphs + 1))
    return Document(title="Inspection sheet 点検表", body_html=body, max_pages=max_pages)


def test_every_page_has_a_footer_with_title_and_page_number(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    long_document().write_pdf(path)
    pages = int(pdf_info(path)["Pages"])

    assert pages >= 2
    for page in range(1, pages + 1):
        text = pdf_text(path, page)
        assert "Inspection sheet 点検表" in text
        assert re.search(rf"{page} ?/ ?{pages}\n", text)
    assert "Paragraph 90 第90段落" in pdf_text(path, pages)


def test_printer_page_range_prints_only_the_chosen_pages(tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "page2.pdf"))
    document = long_document()
    document.prepare_printer(printer)
    total = document.page_count(printer)
    printer.setFromTo(2, 2)

    assert document.paint(printer) == 1

    assert pdf_info(tmp_path / "page2.pdf")["Pages"] == "1"
    assert re.search(rf"2 ?/ ?{total}\n", pdf_text(tmp_path / "page2.pdf"))


def test_max_pages_shrinks_a_slightly_long_document_onto_one_page(tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    long_document().prepare_printer(printer)
    one_page = next(n for n in range(10, 200, 2) if long_document(n).page_count(printer) > 1)

    assert long_document(one_page, max_pages=1).page_count(printer) == 1
    path = tmp_path / "fit.pdf"
    long_document(one_page, max_pages=1).write_pdf(path)
    assert pdf_info(path)["Pages"] == "1"
    assert f"Paragraph {one_page} " in pdf_text(path)


def test_body_font_has_japanese_glyphs() -> None:
    require_cjk_font()
    assert QFontDatabase.WritingSystem.Japanese in QFontDatabase.writingSystems(sans_family())


def test_empty_recovery_key_is_refused() -> None:
    with pytest.raises(ValueError):
        recovery_sheet_html(OFFICE, LEDGER, FILE_ID, " - ", CREATED)


def test_text_map_repair_swaps_radicals_for_kanji_and_keeps_the_length() -> None:
    cmap = (
        b"4 0 obj\n<< /Length 9 >>\nstream\nbegincmap\n"
        b"3 beginbfrange\n"
        b"<0001> <0003> [<0041> <2F2D> <0009>]\n"
        b"<0004> <0004> <2F65>\n"
        b"<0005> <0006> <2F00>\n"
        b"endbfrange\n3 beginbfchar\n<2F2D> <2027>\n<0007> <2ED8>\n<0008> <6236>\n"
        b"endbfchar\nendcmap\nendstream\n"
    )
    pdf = b"%PDF-1.4\n<2F2D> outside any map\n" + cmap

    repaired = repair_text_map(pdf)

    assert len(repaired) == len(pdf)
    assert b"<0001> <0003> [<0041> <5C71> <0020>]" in repaired  # 山, space
    assert b"<0004> <0004> <7530>" in repaired  # 田
    assert b"<0005> <0006> <2F00>" in repaired  # a range of two: left alone
    assert b"<2F2D> <30FB>" in repaired  # source code kept, middle dot fixed
    assert b"<0007> <9752>" in repaired  # 青 of 青木, not the radical
    assert b"<0008> <6238>" in repaired  # 戸 of 戸田, not its old form
    assert repaired.startswith(b"%PDF-1.4\n<2F2D> outside any map\n")


def test_reports_never_use_widgets() -> None:
    for source in (REPO / "desktop" / "reports").glob("*.py"):
        assert "QtWidgets" not in source.read_text(encoding="utf-8"), source.name


def test_command_line_prints_with_a_gui_application_and_no_widgets(tmp_path: Path) -> None:
    script = textwrap.dedent(
        f"""
        import datetime
        from PySide6.QtCore import QCoreApplication
        from desktop.reports import ensure_gui_application, write_recovery_sheet_pdf

        def write():
            write_recovery_sheet_pdf({str(tmp_path / "cli.pdf")!r}, "事務所", "f.pldb",
                                     "ID", {KEY!r}, datetime.date(2025, 4, 1))
        try:
            write()
        except RuntimeError as exc:
            print("refused:", exc)
        app = ensure_gui_application()
        assert ensure_gui_application() is app
        write()
        print(type(QCoreApplication.instance()).__name__)
        """
    )
    env = {k: v for k, v in os.environ.items() if k not in {"QT_QPA_PLATFORM", "DISPLAY"}}
    env.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert "refused: Printing documents needs a QGuiApplication" in result.stdout
    assert result.stdout.splitlines()[-1] == "QGuiApplication"
    assert "JY1V" in pdf_text(tmp_path / "cli.pdf")

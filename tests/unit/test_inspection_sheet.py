"""The printed inspection sheet, read back from the PDF as a person would see and search it."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from desktop.db.checklist_defaults import CONTRACTOR_CHECKLIST
from desktop.reports.inspection_sheet import inspection_sheet_document, inspection_sheets_batch
from desktop.reports.signature_boxes import SignatureBoxes, SignedBox
from desktop.services.contractors import checklists, inspections, register, sheets
from desktop.services.contractors.types import (
    ActionInput,
    Category,
    ChecklistItemInput,
    ChecklistKind,
    Clause,
    ClauseCheck,
    ContractInput,
    ContractorInput,
    ContractorStatus,
    InspectionInput,
    InspectionMethod,
    ItemAnswer,
    ItemResult,
    Template,
)
from desktop.services.ledger import Ledger
from tests.ledger_fixtures import OFFICE, Login
from tests.unit.test_reports import _poppler, pdf_info

pytestmark = pytest.mark.usefixtures("qapp")

TODAY = date.today()
PRINTED = date(2026, 5, 20)
FINDINGS_EN = "The cabinet for client files was unlocked after hours."
FINDINGS_JA = "顧客ファイルの書庫が執務時間外も施錠されていなかった。"


def text_of(pdf: Path) -> str:
    """The PDF's text in drawing order, NFKC-normalised, without any white space."""
    out = subprocess.run(
        [_poppler("pdftotext"), "-raw", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", out))


def flat(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def contractor(ledger: Ledger, name: str) -> int:
    assert ledger.actor is not None
    data = ContractorInput(
        name=name,
        address="東京都港区芝浦9-99-1",
        outsourced_work="Printing and mailing",
        status=ContractorStatus.ACTIVE,
    )
    row = register.add_contractor(ledger, ledger.actor, data)
    clauses = tuple(ClauseCheck(c, c is not Clause.REMEDIES) for c in Clause)
    register.save_contract(
        ledger,
        ledger.actor,
        row.id,
        ContractInput(starts_on=TODAY - timedelta(400), clauses=clauses),
    )
    return row.id


def inspect(ledger: Ledger, contractor_id: int | None, template: Template, findings: str) -> int:
    assert ledger.actor is not None
    answers = tuple(
        ItemAnswer(i.id, ItemResult.DOES_NOT_CONFORM, "鍵がない / no lock")
        if i.position == 2
        else ItemAnswer(i.id, ItemResult.CONFORMS)
        for i in template.items
    )
    action = ActionInput("Fit a lock on the cabinet", "Sato Hanako", TODAY + timedelta(30))
    data = InspectionInput(TODAY, InspectionMethod.ON_SITE, answers, findings, (action,))
    row = inspections.record_inspection(ledger, ledger.actor, contractor_id, data)
    inspections.approve_inspection(ledger, ledger.actor, row.id)
    return row.id


def write(sheet: sheets.InspectionSheet, path: Path, language: str = "en") -> Path:
    inspection_sheet_document(sheet, language, PRINTED).write_pdf(path)
    return path


def test_a_filled_sheet_shows_the_contractor_every_item_and_the_findings(
    login: Login, tmp_path: Path
) -> None:
    ledger = login()
    assert ledger.actor is not None
    contractor_id = contractor(ledger, "Minato Printing Co., Ltd.")
    template = checklists.current_template(ledger, ledger.actor, ChecklistKind.CONTRACTOR)
    inspection_id = inspect(ledger, contractor_id, template, FINDINGS_EN)
    sheet = sheets.inspection_sheet(ledger, ledger.actor, contractor_id, inspection_id)
    pdf = write(sheet, tmp_path / "filled.pdf")

    info = pdf_info(pdf)
    assert info["Page size"].startswith("595 x 842")  # A4 portrait, in points
    pages = int(info["Pages"])
    assert pages >= 2
    text = text_of(pdf)
    assert flat("Minato Printing Co., Ltd.") in text and "CTR-0001" in text
    for item in template.items:
        assert flat(item.question) in text, item.question
    assert flat(FINDINGS_EN) in text
    assert flat("Fit a lock on the cabinet") in text and "SatoHanako" in text
    assert flat("鍵がない / no lock") in text
    assert flat("Remedies for breach") in text  # the missing clause is named
    assert "YamadaTaro" in text  # the inspector and the approving manager
    assert flat(f"{OFFICE} · printed {PRINTED.isoformat()}") in text
    for page in range(1, pages + 1):
        assert f"{page}/{pages}" in text
    # the table header is printed again on every page the checklist runs onto
    assert text.count(flat("No. Question Yes No N/A Comment")) >= 2


def test_japanese_data_and_a_japanese_sheet(login: Login, tmp_path: Path) -> None:
    ledger = login()
    assert ledger.actor is not None
    japanese = [ChecklistItemInput(Category(c), ja) for c, _en, ja in CONTRACTOR_CHECKLIST]
    template = checklists.save_template(ledger, ledger.actor, ChecklistKind.CONTRACTOR, japanese)
    contractor_id = contractor(ledger, "株式会社みなと印刷")
    inspection_id = inspect(ledger, contractor_id, template, FINDINGS_JA)
    sheet = sheets.inspection_sheet(ledger, ledger.actor, contractor_id, inspection_id)
    text = text_of(write(sheet, tmp_path / "ja.pdf", "ja"))

    assert "株式会社みなと印刷" in text  # the kanji themselves, not look-alike radicals
    for item in template.items:
        assert flat(item.question) in text, item.question
    assert flat(FINDINGS_JA) in text
    for label in (
        "委託先点検表",
        "組織的安全管理措置",
        "是正措置",
        "管理者承認",
        "不足している条項",
    ):
        assert label in text


def test_a_blank_sheet_has_every_question_and_nothing_filled_in(
    login: Login, tmp_path: Path
) -> None:
    ledger = login()
    assert ledger.actor is not None
    contractor_id = contractor(ledger, "Example IT Support Inc.")
    template = checklists.current_template(ledger, ledger.actor, ChecklistKind.CONTRACTOR)
    inspect(ledger, contractor_id, template, FINDINGS_EN)  # a past inspection is not printed
    sheet = sheets.inspection_sheet(ledger, ledger.actor, contractor_id)
    pdf = write(sheet, tmp_path / "blank.pdf")

    assert pdf_info(pdf)["Page size"].startswith("595 x 842")
    text = text_of(pdf)
    assert flat("Example IT Support Inc.") in text and flat("Blank form") in text
    for item in template.items:
        assert flat(item.question) in text
    assert "■" not in text and "□" in text  # empty boxes: no method, no result chosen
    assert flat(FINDINGS_EN) not in text and "YamadaTaro" not in text


def test_the_self_inspection_sheet_and_the_batch_of_sheets_due(
    login: Login, tmp_path: Path
) -> None:
    ledger = login()
    assert ledger.actor is not None
    own = sheets.inspection_sheet(ledger, ledger.actor, None)
    text = text_of(write(own, tmp_path / "self.pdf"))
    assert flat("Self-inspection sheet") in text
    for item in own.template.items:
        assert flat(item.question) in text

    contractor(ledger, "First Co.")
    contractor(ledger, "Second Co.")
    due = sheets.sheets_due_this_month(ledger, ledger.actor)
    assert {s.subject.number for s in due if s.subject} == {"CTR-0001", "CTR-0002"}
    one = inspection_sheet_document(due[0], "en", PRINTED).pdf_bytes()
    batch = tmp_path / "due.pdf"
    inspection_sheets_batch(due, "en", PRINTED, "Due").write_pdf(batch)
    per_sheet = int(pdf_info(batch)["Pages"]) // 2
    assert int(pdf_info(batch)["Pages"]) == 2 * per_sheet  # each sheet starts a new page
    text = text_of(batch)
    assert "FirstCo." in text and "SecondCo." in text
    assert text.count(f"1/{per_sheet}") == 2  # each sheet has its own page numbers
    assert one.startswith(b"%PDF")


@pytest.mark.parametrize("dpi", [150, 600])
def test_signature_boxes_keep_their_size_in_millimetres(dpi: int) -> None:
    boxes = SignatureBoxes(
        SignedBox("Inspected by", "", ""), SignedBox("Approved", "", ""), ("Name", "Date", "Seal")
    )
    per_mm = dpi / 25.4
    image = QImage(int(180 * per_mm), int(40 * per_mm), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    boxes.draw(painter, QRectF(0, 0, 180 * per_mm, boxes.height_mm * per_mm), per_mm)
    painter.end()

    dark_rows = [
        y for y in range(image.height()) if QColor(image.pixel(image.width() // 4, y)).value() < 128
    ]
    height_mm = (dark_rows[-1] - dark_rows[0]) / per_mm
    assert height_mm == pytest.approx(boxes.height_mm, abs=0.5)
    # the seal square of the right box: dark pixels along its left edge
    seal_left = 180 - 2.5 - boxes.seal_mm
    x = int((seal_left + 0.1) * per_mm)
    dark = [QColor(image.pixel(x, y)).value() < 200 for y in range(image.height())]
    longest = run = 0
    for pixel in dark:  # the longest unbroken vertical line there: the square's edge
        run = run + 1 if pixel else 0
        longest = max(longest, run)
    assert longest / per_mm == pytest.approx(boxes.seal_mm, abs=0.5)

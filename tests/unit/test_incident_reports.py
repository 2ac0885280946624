"""The PPC report draft and the notice letters, printed to PDF and read back as text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from desktop.reports.incident_notice import addressable, notice_document
from desktop.reports.incident_report import incident_report_document
from desktop.services import clients, incidents, purposes
from desktop.services.clients import ClientInput
from desktop.services.incidents import (
    ActionKind,
    IncidentDetail,
    IncidentInput,
    Kind,
    Medium,
    NoticeMethod,
    Report,
    Stage,
    SubKind,
)
from desktop.services.ledger import Ledger
from tests.ledger_fixtures import Login
from tests.unit.test_reports import pdf_info, pdf_text

pytestmark = pytest.mark.usefixtures("qapp")

TODAY = date.today()
KNEW = TODAY - timedelta(days=4)
OFFICE = "山田行政書士事務所"
#: Rule 8's nine items, in order, as the draft heads them
ITEMS = (
    "1. 概要",
    "2. 漏えい等が発生し、又は発生したおそれがある個人データの項目",
    "3. 本人の数",
    "4. 原因",
    "5. 二次被害又はそのおそれの有無及びその内容",
    "6. 本人への対応の実施状況",
    "7. 公表の実施状況",
    "8. 再発防止のための措置",
    "9. その他参考となる事項",
)


def add_client(ledger: Ledger, family: str, given: str, address: str) -> int:
    assert ledger.actor is not None
    data = ClientInput(
        family_name=family,
        given_name=given,
        postal_code="150-0001",
        address=address,
        obtained_on=date(2024, 4, 1),
        purpose_ids=(purposes.list_purposes(ledger)[0].id,),
    )
    return clients.add_client(ledger, ledger.actor, data).id


@pytest.fixture
def detail(login: Login) -> IncidentDetail:
    ledger = login()
    assert ledger.actor is not None
    first = add_client(ledger, "渡辺", "美穂", "東京都渋谷区神宮前9-8-7")
    second = add_client(ledger, "Smith", "John", "東京都港区六本木1-2-3")
    data = IncidentInput(
        title="申請書類の誤送付",
        kind=Kind.LEAKAGE,
        sub_kind=SubKind.MISDELIVERY,
        occurred_on=KNEW,
        occurred_time=time(8, 0),
        known_on=KNEW,
        known_time=time(14, 30),
        found_by="鈴木",
        description="別の顧客の書類を同封して郵送した。",
        data_items="氏名、住所、在留カード番号",
        media=(Medium.PAPER,),
        persons_count=2,
        client_ids=(first, second),
        cause="封入時の確認不足",
        type_sensitive=False,
        type_financial=False,
        type_wrongful=False,
        persons_max=1500,
    )
    row = incidents.report_incident(ledger, ledger.actor, data)
    incidents.add_action(
        ledger, ledger.actor, row.id, ActionKind.PREVENTION_PLANNED, "封入時のダブルチェック"
    )
    incidents.record_stage(ledger, ledger.actor, row.id, Stage.CONTAINED, KNEW)
    incidents.record_notice(ledger, ledger.actor, row.id, NoticeMethod.LETTER, client_ids=(first,))
    return incidents.get_incident(ledger, ledger.actor, row.id)


def report_text(detail: IncidentDetail, tmp_path: Path, report: Report) -> str:
    path = tmp_path / "report.pdf"
    incident_report_document(
        detail, office_name=OFFICE, report=report, prepared_on=TODAY
    ).write_pdf(path)
    return pdf_text(path)


def test_the_draft_has_the_nine_items_in_order(detail: IncidentDetail, tmp_path: Path) -> None:
    text = report_text(detail, tmp_path, Report.PRELIMINARY)
    positions = [text.find(item) for item in ITEMS]
    assert -1 not in positions, [item for item, at in zip(ITEMS, positions, strict=True) if at < 0]
    assert positions == sorted(positions)
    assert "速報" in text and "確報" not in text.split("1. 概要")[0]
    for value in ("I-000001", OFFICE, "別の顧客の書類", "在留カード番号", "封入時の確認不足"):
        assert value in text
    assert "第4号：1,000人超" in text  # 1,500 persons at most
    assert "1,500" in text
    assert "封入時のダブルチェック" in text  # item 8, planned
    assert "社内報告" in text and "被害拡大防止" in text  # the course of events


def test_empty_items_are_flagged_to_be_completed(detail: IncidentDetail, tmp_path: Path) -> None:
    text = report_text(detail, tmp_path, Report.FINAL)
    assert "確報" in text.split("1. 概要")[0]
    # empty: secondary harm (5), response to the persons' text (6), publication (7), taken (8),
    # other (9); filled ones never carry the flag
    assert text.count("追完") == 5
    section5 = text.split("5. 二次被害")[1].split("6. 本人への対応")[0]
    assert "追完" in section5
    section4 = text.split("4. 原因")[1].split("5. 二次被害")[0]
    assert "追完" not in section4


def test_the_letter_holds_items_1_2_4_5_9_only(detail: IncidentDetail, tmp_path: Path) -> None:
    path = tmp_path / "notices.pdf"
    people = addressable(detail)
    notice_document(detail, people[:1], office_name=OFFICE, sent_on=TODAY).write_pdf(path)
    text = pdf_text(path)
    for title in ("1. 概要", "2. 対象となった", "4. 原因", "5. 二次被害", "9. その他"):
        assert title in text
    for absent in ("3. ", "6. ", "7. ", "8. ", "本人の数", "再発防止のための措置", "1,500"):
        assert absent not in text
    assert "渡辺 美穂 様" in text
    assert "東京都渋谷区神宮前9-8-7" in text and "〒150-0001" in text
    assert "別の顧客の書類を同封して郵送した。" in text
    assert "現時点で確認されていません" in text  # no secondary harm known


def test_a_batch_has_one_letter_per_linked_client(detail: IncidentDetail, tmp_path: Path) -> None:
    path = tmp_path / "notices.pdf"
    people = addressable(detail)
    assert [p.name for p in people] == ["渡辺 美穂", "Smith John"]
    notice_document(detail, people, office_name=OFFICE, sent_on=TODAY).write_pdf(path)
    assert pdf_info(path)["Pages"] == "2"
    assert "渡辺 美穂 様" in pdf_text(path, 1) and "Smith" not in pdf_text(path, 1)
    assert "Smith John 様" in pdf_text(path, 2)


def test_values_are_escaped(detail: IncidentDetail, tmp_path: Path) -> None:
    data = replace(detail.data, cause="<b>bold</b> & <i>x</i>")
    text = report_text(replace(detail, data=data), tmp_path, Report.PRELIMINARY)
    assert "<b>bold</b> & <i>x</i>" in text

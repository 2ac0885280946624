"""Export and import of the clients register through the CSV machinery and the clients rules."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from desktop.services import audit, clients, csv_io
from desktop.services.clients import ClientInput, ObtainedHow
from desktop.services.csv_io import Encoding, ExportOptions
from desktop.services.csv_io.errors import (
    ExportOntoLedger,
    ImportRefused,
    MissingColumns,
    NotBySomething,
    UnknownKind,
)
from desktop.services.errors import PermissionDenied, ValidationError
from desktop.services.ledger import Ledger
from tests.ledger_fixtures import CLERK, Login, digest

KIND = csv_io.import_kind("clients")


def purpose_id(ledger: Ledger, number: int) -> int:
    from desktop.services import purposes

    return next(p.id for p in purposes.list_purposes(ledger) if p.number == number)


def client(ledger: Ledger, **changes: object) -> ClientInput:
    base = ClientInput(
        family_name="山田",
        given_name="花子",
        family_kana="ヤマダ",
        given_kana="ハナコ",
        obtained_on=date(2025, 4, 1),
        purpose_ids=(purpose_id(ledger, 1),),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def add(ledger: Ledger, data: ClientInput) -> int:
    assert ledger.actor is not None
    return clients.add_client(ledger, ledger.actor, data).id


def write_csv(path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


# --- mapping -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "field"),
    [
        ("氏名", "name"),
        ("名前", "name"),
        ("お名前", "name"),
        ("Name", "name"),
        ("フリガナ", "kana"),
        ("ふりがな", "kana"),
        ("ﾌﾘｶﾞﾅ", "kana"),  # half-width katakana, as old Excel lists have
        ("姓", "family_name"),
        ("名", "given_name"),
        ("電話番号", "phone"),
        ("電話", "phone"),
        ("TEL", "phone"),
        ("住所", "address"),
        ("郵便番号", "postal_code"),
        ("〒", "postal_code"),
        ("メール", "email"),
        ("e-mail", "email"),
        ("E-Mail", "email"),
        ("Ｅメール", "email"),
        ("生年月日", "date_of_birth"),
        ("備考", "notes"),
        ("Date of birth", "date_of_birth"),
        ("利用目的", "purposes"),
        ("好きな色", ""),
    ],
)
def test_a_heading_is_guessed_to_its_field(heading: str, field: str) -> None:
    assert csv_io.guess_mapping(KIND, [heading]) == {heading: field}


def test_each_field_is_guessed_once_and_a_remembered_mapping_wins() -> None:
    headings = ["電話", "携帯", "メモ"]
    assert csv_io.guess_mapping(KIND, headings) == {"電話": "phone", "携帯": "", "メモ": "notes"}
    remembered = {"携帯": "phone", "電話": ""}
    guess = csv_io.guess_mapping(KIND, headings, remembered)
    assert guess == {"電話": "", "携帯": "phone", "メモ": "notes"}


# --- import ------------------------------------------------------------------------------

OFFICE_LIST = (
    "氏名,フリガナ,〒,住所,電話番号,メール,利用目的,備考\r\n"
    "山田　花子,ヤマダ　ハナコ,1000001,千代田区1-1,03-1234-5678,hanako@example.jp,1; 3,\r\n"
    '"佐藤 一郎","サトウ イチロウ",530-0001,"大阪市北区, 梅田1-1",06-1111-2222,,1,"=SUM(A1)"\r\n'
    "鈴木,スズキ,,,,,1,\r\n"
    "高橋 健,タカハシ ケン,12,,,,1,\r\n"
    "田中 実,タナカ ミノル,,,,not-an-email,1,\r\n"
    "伊藤 恵,イトウ メグミ,,,,,9,\r\n"
)


def test_preview_lists_every_refused_row_with_its_line_and_the_forms_message(
    login: Login, tmp_path: Path
) -> None:
    ledger = login()
    assert ledger.actor is not None
    path = write_csv(tmp_path / "office.csv", OFFICE_LIST)
    found = csv_io.preview(ledger, ledger.actor, "clients", path)
    assert (found.rows, found.rows_ok) == (6, 2)
    assert [(line, str(reason)) for line, reason in found.refused] == [
        (
            4,
            "氏名: '鈴木' has no space between family and given name, so it was taken as the "
            "family name. Enter the given name.",
        ),
        (5, "〒: Enter the postal code as 123-4567."),
        (6, "メール: Enter the e-mail address as name@example.jp."),
        (7, "利用目的: There is no purpose 9."),
    ]
    assert found.mapping["氏名"] == "name" and found.encoding is Encoding.UTF8_BOM
    assert len(clients.list_clients(ledger, ledger.actor)) == 0


def test_an_import_with_refused_rows_leaves_the_ledger_file_byte_for_byte_unchanged(
    login: Login, ledger_file: Path, tmp_path: Path
) -> None:
    ledger = login()
    assert ledger.actor is not None
    before = digest(ledger_file)
    path = write_csv(tmp_path / "office.csv", OFFICE_LIST)
    with pytest.raises(ImportRefused, match="4 of 6 rows would be refused") as caught:
        csv_io.commit(ledger, ledger.actor, "clients", path)
    assert [r.line for r in caught.value.refusals] == [4, 5, 6, 7]  # type: ignore[attr-defined]
    assert digest(ledger_file) == before
    assert clients.list_clients(ledger, ledger.actor) == []


def test_a_clean_import_adds_every_row_in_one_go_with_one_import_event(
    login: Login, tmp_path: Path
) -> None:
    ledger = login()
    assert ledger.actor is not None
    good = "".join(OFFICE_LIST.splitlines(keepends=True)[:3])
    path = write_csv(tmp_path / "good.csv", good, "cp932")
    assert csv_io.commit(ledger, ledger.actor, "clients", path) == 2
    rows = clients.list_clients(ledger, ledger.actor)
    assert [(r.name, r.kana, r.purposes) for r in rows] == [
        ("山田 花子", "ヤマダ ハナコ", (1, 3)),
        ("佐藤 一郎", "サトウ イチロウ", (1,)),
    ]
    second = clients.get_client(ledger, ledger.actor, rows[1].id).data
    assert second.address == "大阪市北区, 梅田1-1"
    assert second.notes == "=SUM(A1)"  # kept as text, exactly as typed
    assert second.postal_code == "530-0001" and second.obtained_how is ObtainedHow.DIRECT
    events = audit.list_events(ledger, ledger.actor, action=csv_io.IMPORT_ACTION)
    assert len(events) == 1
    assert events[0].summary == f"clients: 2 rows from {path.resolve()}"


def test_a_file_without_a_name_column_is_refused_before_any_row(
    login: Login, tmp_path: Path
) -> None:
    ledger = login()
    assert ledger.actor is not None
    path = write_csv(tmp_path / "x.csv", "電話番号,住所\r\n03-1234-5678,東京\r\n")
    with pytest.raises(MissingColumns, match=r"氏名 \(Full name\) / 姓 \(Family name\)"):
        csv_io.preview(ledger, ledger.actor, "clients", path)


def test_columns_assigned_by_hand_and_default_purposes(login: Login, tmp_path: Path) -> None:
    ledger = login()
    assert ledger.actor is not None
    path = write_csv(tmp_path / "x.csv", "顧客,TEL,謎\r\n木村 拓,090-1234-5678,x\r\n")
    mapping = {"顧客": "name", "謎": ""}
    found = csv_io.preview(ledger, ledger.actor, "clients", path, mapping, {"purposes": "2"})
    assert found.refused == () and found.mapping == {"顧客": "name", "TEL": "phone", "謎": ""}
    csv_io.commit(ledger, ledger.actor, "clients", path, mapping, {"purposes": "2"})
    (row,) = clients.list_clients(ledger, ledger.actor)
    assert (row.name, row.phone, row.purposes) == ("木村 拓", "090-1234-5678", (2,))


# --- export ------------------------------------------------------------------------------


def test_export_and_import_give_back_the_same_clients(login: Login, tmp_path: Path) -> None:
    ledger = login()
    assert ledger.actor is not None
    originals = [
        client(
            ledger,
            address='東京都港区1-2-3, "ABCビル" 4F',
            notes="一行目\n二行目, with comma",
            date_of_birth=date(1980, 2, 29),
            matters=("在留資格更新", "帰化申請; 相談"),
            sensitive=True,
            sensitive_note="診断書",
        ),
        client(
            ledger,
            family_name="=cmd",
            given_name="@x",
            phone="+81-3-1234-5678",
            notes="-minus",
            obtained_how=ObtainedHow.THIRD_PARTY,
            provider_name="ABC株式会社",
            provider_address="大阪",
            provider_obtained_how="本人の同意",
            purpose_ids=(purpose_id(ledger, 2), purpose_id(ledger, 5)),
        ),
    ]
    for data in originals:
        add(ledger, data)
    for encoding, language in [(Encoding.UTF8_BOM, "ja"), (Encoding.CP932, "en")]:
        before = [r.id for r in clients.list_clients(ledger, ledger.actor)]
        out = tmp_path / f"clients-{encoding}.csv"
        options = ExportOptions(language=language)
        result = csv_io.export(
            ledger, ledger.actor, "clients", out, options=options, encoding=encoding
        )
        assert result.rows == len(before)
        assert csv_io.commit(ledger, ledger.actor, "clients", out) == len(before)
        added = [r.id for r in clients.list_clients(ledger, ledger.actor) if r.id not in before]
        for old_id, new_id in zip(before, added, strict=True):
            old = clients.get_client(ledger, ledger.actor, old_id).data
            new = clients.get_client(ledger, ledger.actor, new_id).data
            assert new == old


def test_export_writes_an_audit_event_naming_the_file(login: Login, tmp_path: Path) -> None:
    ledger = login()
    assert ledger.actor is not None
    add(ledger, client(ledger))
    out = tmp_path / "export.csv"
    csv_io.export(ledger, ledger.actor, "clients", out)
    (event,) = audit.list_events(ledger, ledger.actor, action=csv_io.EXPORT_ACTION)
    assert event.summary == f"clients: 1 rows to {out.resolve()}"
    assert event.username == ledger.actor.username


def test_a_clerk_may_not_export_personal_data_and_no_file_is_written(
    login: Login, tmp_path: Path
) -> None:
    ledger = login(CLERK)
    assert ledger.actor is not None
    out = tmp_path / "export.csv"
    with pytest.raises(PermissionDenied, match="export data"):
        csv_io.export(ledger, ledger.actor, "clients", out)
    assert not out.exists()


def test_export_for_a_purpose_gives_only_the_clients_with_it(login: Login, tmp_path: Path) -> None:
    ledger = login()
    assert ledger.actor is not None
    add(ledger, client(ledger, family_name="一", purpose_ids=(purpose_id(ledger, 5),)))
    add(ledger, client(ledger, family_name="二"))
    add(ledger, client(ledger, family_name="三", obtained_on=date(2024, 1, 5)))
    cases = [
        (ExportOptions(purpose=5), ["一"]),
        (ExportOptions(purpose=1), ["二", "三"]),
        (ExportOptions(date_to=date(2024, 12, 31)), ["三"]),
        (ExportOptions(date_from=date(2025, 1, 1)), ["一", "二"]),
    ]
    for options, names in cases:
        out = tmp_path / "list.csv"
        csv_io.export(ledger, ledger.actor, "clients", out, options=options)
        table = csv_io.read_table(out)
        assert [cells[1] for _, cells in table.rows] == names, options


@pytest.mark.parametrize(
    ("kind", "out", "options", "error"),
    [
        ("contracts", "x.csv", ExportOptions(), UnknownKind),
        ("clients", "copy.pldb", ExportOptions(), ExportOntoLedger),
        (
            "clients",
            "x.csv",
            ExportOptions(date_from=date(2026, 2, 1), date_to=date(2026, 1, 1)),
            ValidationError,
        ),
    ],
)
def test_an_export_that_cannot_be_made_writes_nothing(
    login: Login,
    tmp_path: Path,
    kind: str,
    out: str,
    options: ExportOptions,
    error: type[Exception],
) -> None:
    ledger = login()
    assert ledger.actor is not None
    with pytest.raises(error):
        csv_io.export(ledger, ledger.actor, kind, tmp_path / out, options=options)
    assert not (tmp_path / out).exists()
    assert audit.list_events(ledger, ledger.actor, action=csv_io.EXPORT_ACTION) == []


def test_a_register_without_purposes_refuses_an_export_by_purpose() -> None:
    kind = dataclasses.replace(csv_io.export_kind("clients"), by_purpose=False)
    from desktop.services.csv_io.transfer import _check_options

    with pytest.raises(NotBySomething):
        _check_options(kind, ExportOptions(purpose=1))

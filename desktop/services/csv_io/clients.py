"""The clients register as CSV: the columns, the export rows, and rows back to clients.

An import goes through the clients service itself: each row becomes a
``ClientInput`` checked by ``validate_client`` and the purpose rule (the form's
messages), and is added with ``insert_clients``. Disposed clients (tombstones
without personal data) are not exported. README "CSV export and import" lists
the columns.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db.models import Client, client_purposes
from ...db.models import Purpose as PurposeRecord
from ...vault.errors import QT_TRANSLATE_NOOP
from .. import client_records as records
from ..clients import ClientInput, ClientStatus, ObtainedHow, insert_clients, validate_client
from ..errors import ValidationError
from ..permissions import Actor, Permission
from . import values as v
from .kinds import ExportKind, ExportOptions, Field, ImportKind, Row

if TYPE_CHECKING:
    from ..ledger import Ledger

NUMBER = Field("number", "Client number", "顧客番号", ("番号", "no", "client no"))
FAMILY_NAME = Field(
    "family_name", "Family name", "姓", ("氏", "苗字", "名字", "last name", "surname")
)
GIVEN_NAME = Field("given_name", "Given name", "名", ("first name", "下の名前"))
FAMILY_KANA = Field(
    "family_kana", "Family name (kana)", "セイ", ("姓カナ", "姓(カナ)", "姓フリガナ", "せい")
)
GIVEN_KANA = Field(
    "given_kana", "Given name (kana)", "メイ", ("名カナ", "名(カナ)", "名フリガナ", "めい")
)
FULL_NAME = Field(
    "name", "Full name", "氏名", ("名前", "お名前", "name", "顧客名", "依頼者名", "氏名(漢字)")
)
FULL_KANA = Field(
    "kana",
    "Full name (kana)",
    "フリガナ",
    ("ふりがな", "カナ", "よみ", "よみがな", "読み", "氏名カナ", "氏名(カナ)", "reading"),
)
_REST = (
    Field(
        "date_of_birth", "Date of birth", "生年月日", ("誕生日", "birthday", "dob", "birth date")
    ),
    Field("postal_code", "Postal code", "郵便番号", ("〒", "郵便", "zip", "zip code", "postcode")),
    Field("address", "Address", "住所", ("ご住所", "所在地", "住所1")),
    Field(
        "phone",
        "Phone",
        "電話番号",
        ("電話", "tel", "telephone", "phone number", "携帯", "携帯電話", "連絡先"),
    ),
    Field(
        "email",
        "E-mail",
        "メールアドレス",
        ("メール", "eメール", "電子メール", "email", "mail", "e-mail address"),
    ),
    Field("obtained_how", "Obtained how", "取得方法", ("入手方法",)),
    Field("obtained_on", "Obtained on", "取得日", ("受付日", "date obtained")),
    Field("purposes", "Purposes", "利用目的", ("目的", "purpose", "purpose numbers")),
    Field("sensitive", "Sensitive", "要配慮個人情報", ("要配慮",)),
    Field("sensitive_note", "Sensitive: what kind", "要配慮の内容", ()),
    Field("provider_name", "Provider", "提供元", ("provider name",)),
    Field("provider_address", "Provider address", "提供元住所", ()),
    Field("provider_representative", "Provider representative", "提供元代表者", ()),
    Field("provider_obtained_how", "How the provider obtained it", "提供元の取得経緯", ()),
    Field("matters", "Matters", "依頼業務", ("業務", "案件", "matter")),
    Field("matter_closed_on", "Matter closed on", "業務終了日", ()),
    Field("retention_end", "Retention end", "保存期限", ()),
    Field("notes", "Notes", "備考", ("メモ", "memo", "note", "remarks")),
)
STATUS = Field("status", "Status", "状態", ())

OBTAINED_HOW: dict[str, tuple[str, str]] = {
    ObtainedHow.DIRECT: ("directly from the client", "本人から直接"),
    ObtainedHow.FORM: ("paper form", "書面"),
    ObtainedHow.WEB: ("web form", "ウェブ"),
    ObtainedHow.REFERRAL: ("referral", "紹介"),
    ObtainedHow.THIRD_PARTY: ("from a third party", "第三者から"),
}
STATUSES = {
    ClientStatus.ACTIVE: ("active", "有効"),
    ClientStatus.DUE_FOR_DISPOSAL: ("due for disposal", "廃棄予定"),
}
YES_NO = {True: ("yes", "はい"), False: ("no", "いいえ")}
PURPOSE_SEPARATOR = "; "  # not a comma: Excel would read "1,3" as the number 13


def _label(labels: tuple[str, str], language: str) -> str:
    return labels[1] if language == "ja" else labels[0]


# --- export ------------------------------------------------------------------------------


def export_rows(ledger: Ledger, actor: Actor, options: ExportOptions) -> list[list[str]]:
    """Every client not disposed of, by number; limited to a purpose and a range of obtained_on."""
    where = [Client.status != ClientStatus.DISPOSED]
    if options.date_from is not None:
        where.append(Client.obtained_on >= options.date_from)
    if options.date_to is not None:
        where.append(Client.obtained_on <= options.date_to)
    if options.purpose is not None:
        having = (
            select(client_purposes.c.client_id)
            .join(PurposeRecord, PurposeRecord.id == client_purposes.c.purpose_id)
            .where(PurposeRecord.number == options.purpose)
        )
        where.append(Client.id.in_(having))
    with ledger.read() as session:
        links: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)
        query = select(client_purposes.c.client_id, PurposeRecord.id, PurposeRecord.number).join(
            PurposeRecord, PurposeRecord.id == client_purposes.c.purpose_id
        )
        for client_id, purpose_id, number in session.execute(query.order_by(PurposeRecord.number)):
            links[client_id].append((purpose_id, number))
        clients = session.scalars(select(Client).where(*where).order_by(Client.id))
        return [_export_row(client, links[client.id], options.language) for client in clients]


def _export_row(client: Client, links: Sequence[tuple[int, int]], language: str) -> list[str]:
    data = records.input_of(client, [purpose_id for purpose_id, _ in links])
    return [
        client.number,
        data.family_name,
        data.given_name,
        data.family_kana,
        data.given_kana,
        v.iso(data.date_of_birth),
        data.postal_code,
        data.address,
        data.phone,
        data.email,
        _label(OBTAINED_HOW[data.obtained_how], language),
        v.iso(data.obtained_on),
        PURPOSE_SEPARATOR.join(str(number) for _, number in links),
        _label(YES_NO[data.sensitive], language),
        data.sensitive_note,
        data.provider_name,
        data.provider_address,
        data.provider_representative,
        data.provider_obtained_how,
        "\n".join(data.matters),
        v.iso(data.matter_closed_on),
        v.iso(data.retention_end),
        data.notes,
        _label(STATUSES[ClientStatus(client.status)], language),
    ]


EXPORT = ExportKind(
    name="clients",
    fields=(NUMBER, FAMILY_NAME, GIVEN_NAME, FAMILY_KANA, GIVEN_KANA, *_REST, STATUS),
    personal=True,
    permission=Permission.VIEW_CLIENTS,
    rows=export_rows,
    by_date="obtained_on",
    by_purpose=True,
)


# --- import ------------------------------------------------------------------------------


def parser(session: Session) -> Callable[[Row], ClientInput]:
    """Rows to checked ``ClientInput``; the purposes are read once for the whole file."""
    purposes = records.purpose_records(session)
    by_number = {p.number: p.id for p in purposes.values()}
    today = date.today()

    def parse(row: Row) -> ClientInput:
        purpose_ids = []
        for number in v.parse_numbers(row.get("purposes", "")):
            if number not in by_number:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("errors", "There is no purpose {number}."),
                    "purpose_ids",
                    number=number,
                )
            purpose_ids.append(by_number[number])
        data = ClientInput(
            family_name=row.get("family_name", ""),
            given_name=row.get("given_name", ""),
            family_kana=row.get("family_kana", ""),
            given_kana=row.get("given_kana", ""),
            date_of_birth=v.parse_date(row.get("date_of_birth", ""), "date_of_birth"),
            postal_code=row.get("postal_code", ""),
            address=row.get("address", ""),
            phone=row.get("phone", ""),
            email=row.get("email", ""),
            obtained_how=ObtainedHow(
                v.parse_choice(
                    row.get("obtained_how", ""), "obtained_how", OBTAINED_HOW, ObtainedHow.DIRECT
                )
            ),
            # as the form does: the day of entry unless the file says otherwise
            obtained_on=v.parse_date(row.get("obtained_on", ""), "obtained_on") or today,
            provider_name=row.get("provider_name", ""),
            provider_address=row.get("provider_address", ""),
            provider_representative=row.get("provider_representative", ""),
            provider_obtained_how=row.get("provider_obtained_how", ""),
            purpose_ids=tuple(purpose_ids),
            sensitive=v.parse_yes_no(row.get("sensitive", ""), "sensitive"),
            sensitive_note=row.get("sensitive_note", ""),
            matters=v.lines(row.get("matters", "")),
            matter_closed_on=v.parse_date(row.get("matter_closed_on", ""), "matter_closed_on"),
            notes=row.get("notes", ""),
            retention_end=v.parse_date(row.get("retention_end", ""), "retention_end"),
        )
        problems = validate_client(data, today=today)
        if problems:
            raise problems[0]
        records.check_purposes(purposes, data.purpose_ids, already=())
        return data

    return parse


def _insert(session: Session, actor: Actor, inputs: list[ClientInput]) -> object:
    return insert_clients(session, actor, inputs)


def _imported_fields() -> Iterator[Field]:
    yield from (FULL_NAME, FULL_KANA, FAMILY_NAME, GIVEN_NAME, FAMILY_KANA, GIVEN_KANA, *_REST)


IMPORT = ImportKind(
    name="clients",
    fields=tuple(_imported_fields()),
    permission=Permission.EDIT_CLIENTS,
    parser=parser,
    insert=_insert,
    required=(("name", "family_name"),),
    splits={"name": ("family_name", "given_name"), "kana": ("family_kana", "given_kana")},
    error_fields={"purpose_ids": "purposes"},
)

"""The client search box finds a client however the name, number or address was typed."""

from __future__ import annotations

import pytest

from desktop.services.textsearch import (
    fold,
    joined_key,
    key_matches,
    matches,
    query_terms,
    row_key,
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        # kana: katakana, hiragana, half-width katakana with dakuten and handakuten
        ("やまだ", "ヤマダ"),
        ("ﾔﾏﾀﾞ", "ヤマダ"),
        ("ﾔﾏﾀﾞ", "やまだ"),
        ("ｶﾞｯｺｳ", "がっこう"),
        ("ﾊﾟｰｸ", "パーク"),
        ("ゔぁん・ふん", "ヴァン・フン"),
        ("ｳﾞｧﾝ", "ヴァン"),
        ("ぁぃぅぇぉっゃゅょゎ", "ァィゥェォッャュョヮ"),
        ("ゝゞ", "ヽヾ"),
        ("ルーカス", "るーかす"),
        ("ﾙｰｶｽ", "ルーカス"),
        # width and case of Latin letters and digits
        ("ＡＢＣ", "abc"),
        ("ａｂｃ", "ABC"),
        ("０１２", "012"),
        ("Nguyen", "NGUYEN"),
        ("nguyen", "Ｎｇｕｙｅｎ"),
        ("straße", "STRASSE"),
        # e-mail
        ("Taro.Yamada@Example.JP", "taro.yamada@example.jp"),
        ("ｔａｒｏ．ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ", "taro.yamada@example.jp"),
        # phone numbers and postal codes, with every kind of hyphen or none
        ("090-1234-5678", "09012345678"),
        ("０９０１２３４５６７８", "090-1234-5678"),
        ("０９０－１２３４－５６７８", "09012345678"),
        ("090‐1234‐5678", "09012345678"),
        ("090‑1234‑5678", "09012345678"),
        ("090−1234−5678", "09012345678"),
        ("090–1234—5678", "09012345678"),
        ("０９０ー１２３４ー５６７８", "090-1234-5678"),
        ("03 1234 5678", "03-1234-5678"),
        ("〒160-0023", "〒1600023"),
        # spaces, ASCII and ideographic, and the middle dot of foreign names
        ("山田　太郎", "山田太郎"),
        ("山田 太郎", "山田太郎"),
        ("ジョン・スミス", "ジョンスミス"),
        ("ｼﾞｮﾝ･ｽﾐｽ", "ジョン スミス"),
        # kanji pass through unchanged
        ("東京都新宿区西新宿２－８－１", "東京都新宿区西新宿2-8-1"),
    ],
)
def test_fold_makes_equal(typed: str, stored: str) -> None:
    assert fold(typed) == fold(stored)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ヤマダ", "ヤマタ"),  # dakuten matters
        ("ハ", "パ"),  # handakuten matters
        ("キャ", "キヤ"),  # small kana are not large kana
        ("ツ", "ッ"),
        ("ルーカス", "ルカス"),  # the long vowel mark is part of a kana name
        ("山田", "山口"),
        ("abc", "abd"),
        ("090-1234-5678", "090-1234-5679"),
        ("taro@example.jp", "taro@example.com"),
        ("斎藤", "斉藤"),  # different kanji stay different; the kana reading finds both
    ],
)
def test_fold_keeps_apart(typed: str, stored: str) -> None:
    assert fold(typed) != fold(stored)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("", ""),
        ("   　", ""),
        ("ﾔﾏﾀﾞ ﾀﾛｳ", "ヤマダタロウ"),
        ("やまだ", "ヤマダ"),
        ("ＡＢＣ-１２３", "abc123"),
        ("160ー0023", "1600023"),
        ("ルーカス", "ルーカス"),
        ("Ｙａｍａｄａ＠Example.jp", "yamada@example.jp"),
    ],
)
def test_fold_result(text: str, key: str) -> None:
    assert fold(text) == key


# One client row as the table shows it: number, name and reading (family, then given name).
CLIENT = (
    "C-000160",
    "山田 太郎",
    "ヤマダ タロウ",
    "160-0023",
    "東京都新宿区西新宿2-8-1 メゾン西新宿203号室",
    "090-1234-5678",
    "Taro.Yamada@example.jp",
)

FOREIGN_CLIENT = ("Nguyen Van Hung", "グエン ヴァン・フン", None, "080-9876-5432")


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "　",
        "山田",
        "山田 太郎",
        "山田　太郎",
        "太郎 山田",
        "山田太郎",
        "やまだ",
        "ﾔﾏﾀﾞ",
        "ヤマダ タロウ",
        "やまだたろう",
        "ﾀﾛｳ",
        "09012345678",
        "090-1234-5678",
        "０９０１２３４５６７８",
        "０９０ー１２３４ー５６７８",
        "5678",
        "1600023",
        "１６０－００２３",
        "新宿",
        "西新宿２－８－１",
        "めぞん",
        "203",
        "taro.yamada",
        "TARO.YAMADA@EXAMPLE.JP",
        "@example.jp",
        "山田 090",
        "やまだ 新宿 5678",
    ],
)
def test_matches_client(query: str) -> None:
    assert matches(query, *CLIENT)


@pytest.mark.parametrize(
    "query",
    [
        "山口",  # kanji
        "やまぐち",  # hiragana
        "ﾔﾏｸﾞﾁ",  # half-width katakana
        "ヤマタ",  # kana without dakuten
        "080",  # phone prefix
        "090-1234-5679",  # phone, last digit wrong
        "１６０－００２４",  # postal code, full width
        "hanako",  # latin
        "ＨＡＮＡＫＯ",  # full-width latin
        "example.com",  # e-mail domain
        "大阪",  # address
        "山田 花子",  # every term must match, not just one
        "やまだ 渋谷",
    ],
)
def test_does_not_match_client(query: str) -> None:
    assert not matches(query, *CLIENT)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("nguyen", True),
        ("NGUYEN van hung", True),
        ("ぐえん", True),
        ("ｸﾞｴﾝ", True),
        ("ゔぁんふん", True),
        ("ヴァン・フン", True),
        ("080 9876 5432", True),
        ("tran", False),
        ("ちゃん", False),
        ("@example", False),  # this client has no e-mail
    ],
)
def test_matches_foreign_client_without_email(query: str, expected: bool) -> None:
    assert matches(query, *FOREIGN_CLIENT) is expected


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("", ()),
        ("  　 ", ()),
        ("- ‐ ・", ()),  # terms of separators alone would match everything; dropped
        ("ﾔﾏﾀﾞ", ("ヤマダ",)),
        ("山田　ﾀﾛｳ  ０９０", ("山田", "タロウ", "090")),
        ("090-1234 - 5678", ("0901234", "5678")),
    ],
)
def test_query_terms(query: str, terms: tuple[str, ...]) -> None:
    assert query_terms(query) == terms


def test_precomputed_row_keys_filter_a_table() -> None:
    rows = {
        1: row_key("山田", "太郎", "ヤマダ", "タロウ", "090-1234-5678"),
        2: row_key("山口", "花子", "ヤマグチ", "ハナコ", "03-1111-2222"),
        3: row_key("Smith", "John", "スミス", "ジョン", None, "john.smith@example.com"),
    }

    def visible(query: str) -> list[int]:
        terms = query_terms(query)
        return [row_id for row_id, key in rows.items() if key_matches(key, terms)]

    assert visible("") == [1, 2, 3]
    assert visible("やま") == [1, 2]
    assert visible("ﾔﾏｸﾞﾁ") == [2]
    assert visible("０３") == [2]
    assert visible("すみす じょん") == [3]
    assert visible("SMITH@") == [3]
    assert visible("田中") == []


def test_row_key_skips_missing_fields() -> None:
    assert row_key("山田", None, "", "ヤマダ") == row_key("山田", "ヤマダ")
    assert row_key() == ""


# Names as the table holds them: "family given". A term may run from the family name
# into the given name only when it starts where the family name starts.
NAMES = {
    "ヤマダ タロウ": "山田 太郎",
    "ヨコヤマ ダイキ": "横山 大樹",
    "ヤマ ダイスケ": "山 大介",
    "オオヤマ タロウ": "大山 太郎",
}


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("やまだたろう", ["ヤマダ タロウ"]),
        ("やまだ", ["ヤマダ タロウ", "ヤマ ダイスケ"]),  # not ヨコヤマ ダイキ: ヨコ[ヤマ ダ]イキ
        ("やまだい", ["ヤマ ダイスケ"]),  # from the family name's start: ヤマ + ダイ
        ("こやまだ", []),  # across the boundary, not from the start
        ("まだいき", []),
        ("やま", ["ヤマダ タロウ", "ヨコヤマ ダイキ", "ヤマ ダイスケ", "オオヤマ タロウ"]),
        ("たろう", ["ヤマダ タロウ", "オオヤマ タロウ"]),
        ("やまたろう", []),  # オオ[ヤマ タロウ]: not from the start
        ("おおやまたろう", ["オオヤマ タロウ"]),
        ("山田太郎", ["ヤマダ タロウ"]),
        ("山大", ["ヤマ ダイスケ"]),
        ("田太", []),
        ("ヤマダ タロウ", ["ヤマダ タロウ"]),
    ],
)
def test_a_term_crosses_from_family_to_given_name_only_from_the_start(
    query: str, found: list[str]
) -> None:
    keys = {kana: row_key("C-000001", name, kana) for kana, name in NAMES.items()}
    terms = query_terms(query)
    assert [kana for kana, key in keys.items() if key_matches(key, terms)] == found


def test_a_term_never_matches_across_two_fields() -> None:
    key = row_key("C-000007", "山田 太郎", "ヤマダ タロウ", "090-1234-5678")
    assert not key_matches(key, query_terms("ウ090"))
    assert not key_matches(key, query_terms("7山田"))
    assert key_matches(key, query_terms("c000007"))


@pytest.mark.parametrize(
    "fields",
    [
        ("CS-000001", "C-000001", "山田 太郎", "ABC株式会社", "氏名", "戸籍に関する事項"),
        ("PV-000002", "", "Nguyen Van An", "出入国在留管理庁"),
        ("", ""),
    ],
)
def test_keys_of_single_fields_join_into_the_key_of_the_row(fields: tuple[str, ...]) -> None:
    assert joined_key(*(row_key(field) for field in fields)) == row_key(*fields)

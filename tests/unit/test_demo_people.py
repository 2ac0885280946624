"""Synthetic persons for demo mode: repeatable, well-formed, plausibly an office's clients."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from desktop.demo.names import FOREIGN_NATIONALITIES, JAPANESE_FAMILY_NAMES, JAPANESE_GIVEN_NAMES
from desktop.demo.people import EMAIL_DOMAINS, SyntheticPerson, generate_people
from desktop.demo.places import MUNICIPALITIES

POSTAL_CODE = re.compile(r"\d{3}-\d{4}")
MOBILE = re.compile(r"0[789]0-[1-9]\d{3}-\d{4}")
LANDLINE = re.compile(r"0\d{1,3}-[2-9]\d{1,3}-\d{4}")
KANA = re.compile(r"[ァ-ヺー・ ]+")
EMAIL = re.compile(r"[a-z0-9._]+@([a-z.]+)")
HOUSE_NUMBER = re.compile(r"\d+-\d+-\d+( \S+\d+号室)?")
KANJI = re.compile(r"[\u4e00-\u9fff々]+")
LATIN = re.compile(r"[A-Za-zÀ-ÿ ]+")

ALL_FOREIGN_NAMES = [
    name for nationality in FOREIGN_NATIONALITIES for name in nationality.family + nationality.given
]
ALL_NAMES = [*JAPANESE_FAMILY_NAMES, *JAPANESE_GIVEN_NAMES, *ALL_FOREIGN_NAMES]


@pytest.fixture(scope="module")
def people() -> list[SyntheticPerson]:
    return generate_people(1000)


def test_same_seed_gives_the_same_people() -> None:
    assert generate_people(200) == generate_people(200)
    assert generate_people(200, seed=7) == generate_people(200, seed=7)


def test_another_seed_gives_other_people() -> None:
    assert generate_people(20, seed=1) != generate_people(20, seed=2)


def test_a_smaller_count_is_a_prefix_of_a_larger_one() -> None:
    many = generate_people(300)
    assert generate_people(10) == many[:10]
    assert generate_people(299) == many[:299]
    assert generate_people(0) == []


def test_negative_count_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        generate_people(-1)


def test_postal_codes_are_well_formed(people: list[SyntheticPerson]) -> None:
    bad = [p.postal_code for p in people if not POSTAL_CODE.fullmatch(p.postal_code)]
    assert bad == []


def test_address_is_a_real_municipality_with_its_postal_prefix(
    people: list[SyntheticPerson],
) -> None:
    for person in people:
        place = next(m for m in MUNICIPALITIES if person.address.startswith(m.prefecture + m.city))
        town_and_number = person.address.removeprefix(place.prefecture + place.city)
        town = next(t for t, _ in place.towns if town_and_number.startswith(t))
        assert HOUSE_NUMBER.fullmatch(town_and_number.removeprefix(town)), person.address
        assert person.postal_code.startswith(place.postal_prefix + "-")


def test_people_in_the_same_town_share_a_postal_code(people: list[SyntheticPerson]) -> None:
    codes: dict[str, set[str]] = {}
    for person in people:
        town = re.sub(r"\d.*", "", person.address)
        codes.setdefault(town, set()).add(person.postal_code)
    assert all(len(found) == 1 for found in codes.values())


def test_some_addresses_have_a_building_and_room(people: list[SyntheticPerson]) -> None:
    with_room = sum("号室" in p.address for p in people)
    assert 300 < with_room < 600


def test_phone_numbers_are_japanese_mobile_or_landline(people: list[SyntheticPerson]) -> None:
    phones = [p.phone for p in people if p.phone is not None]
    bad = [n for n in phones if not (MOBILE.fullmatch(n) or LANDLINE.fullmatch(n))]
    assert bad == []
    landlines = [n for n in phones if not MOBILE.fullmatch(n)]
    assert landlines, "some clients give a landline"
    assert all(len(n.replace("-", "")) == 10 for n in landlines)
    assert any(n.startswith("03-") for n in landlines)
    assert any(n.startswith("06-") for n in landlines)


def test_a_few_people_have_no_phone(people: list[SyntheticPerson]) -> None:
    assert 5 <= sum(p.phone is None for p in people) <= 60


def test_emails_use_only_reserved_example_domains(people: list[SyntheticPerson]) -> None:
    emails = [p.email for p in people if p.email is not None]
    domains = Counter(m.group(1) for e in emails if (m := EMAIL.fullmatch(e)))
    assert sum(domains.values()) == len(emails), "every address is plain ASCII"
    assert set(domains) == set(EMAIL_DOMAINS) == {"example.jp", "example.com", "example.net"}


def test_emails_come_from_the_romanized_family_name(people: list[SyntheticPerson]) -> None:
    romaji = {name.written: name.romaji for name in ALL_NAMES}
    for person in people:
        if person.email is not None:
            assert romaji[person.family_name] in person.email.split("@")[0]


def test_emails_are_unique_and_about_one_in_ten_is_missing(
    people: list[SyntheticPerson],
) -> None:
    emails = [p.email for p in people if p.email is not None]
    assert len(set(emails)) == len(emails)
    assert 60 <= len(people) - len(emails) <= 140


def test_kana_readings_are_katakana(people: list[SyntheticPerson]) -> None:
    bad = [p.full_kana for p in people if not KANA.fullmatch(p.full_kana)]
    assert bad == []


def test_names_are_kanji_for_japanese_and_latin_for_most_foreigners(
    people: list[SyntheticPerson],
) -> None:
    for person in people:
        name = person.family_name + person.given_name
        if person.nationality in {"JP", "CN"}:
            assert KANJI.fullmatch(name), person
        else:
            assert LATIN.fullmatch(name), person


def test_everyone_is_an_adult_of_at_most_85(people: list[SyntheticPerson]) -> None:
    assert min(p.date_of_birth for p in people) >= date(1941, 1, 1)
    assert max(p.date_of_birth for p in people) <= date(2005, 12, 31)
    decades = {p.date_of_birth.year // 10 * 10 for p in people}
    assert decades >= {1940, 1950, 1960, 1970, 1980, 1990, 2000}


def test_about_one_in_seven_is_a_foreign_resident(people: list[SyntheticPerson]) -> None:
    nationalities = Counter(p.nationality for p in people)
    assert 800 <= nationalities["JP"] <= 900
    assert set(nationalities) == {"JP", "VN", "CN", "PH", "NP", "BR", "US"}
    assert nationalities["VN"] > nationalities["US"]


def test_name_and_birth_date_are_almost_always_unique(people: list[SyntheticPerson]) -> None:
    distinct = {(p.full_name, p.date_of_birth) for p in people}
    assert len(distinct) >= 990


def test_name_lists_are_large_enough() -> None:
    assert len(JAPANESE_FAMILY_NAMES) >= 60
    assert len(JAPANESE_GIVEN_NAMES) >= 60
    assert len(ALL_FOREIGN_NAMES) >= 40
    assert len(MUNICIPALITIES) >= 20
    assert len({m.prefecture for m in MUNICIPALITIES}) >= 15


def test_every_listed_name_has_a_katakana_reading_and_ascii_romaji() -> None:
    bad = [
        n for n in ALL_NAMES if not (KANA.fullmatch(n.kana) and re.fullmatch("[a-z]+", n.romaji))
    ]
    assert bad == []


def test_the_demo_office_texts_are_japanese_without_english_glosses() -> None:
    from desktop.demo import fill

    texts = [
        *fill.MATTERS,
        *fill.SENSITIVE_NOTES,
        *fill.NOTES,
        *fill.DUE_REASONS,
        *(text for provider in fill.PROVIDERS for text in provider),
    ]
    glossed = [text for text in texts if re.search(r"[A-Za-z]{2,}", text)]
    assert glossed == []


def test_the_demo_users_are_not_asked_to_change_the_public_password(tmp_path: Path) -> None:
    from desktop.demo.fill import DEMO_PASSWORD, DEMO_USERS, ensure_demo_users
    from desktop.services import users
    from desktop.services.places import Places
    from desktop.services.session import NewLedger, create_ledger

    new = NewLedger("デモ", "owner", "所長", DEMO_PASSWORD, "ja", demo=True)
    ledger, _key = create_ledger(tmp_path / "demo.pldb", new, Places(tmp_path))
    try:
        assert ledger.actor is not None
        ensure_demo_users(ledger, ledger.actor)
        rows = {row.username: row for row in users.list_users(ledger, ledger.actor)}
    finally:
        ledger.close()
    for username, _name, _role in DEMO_USERS:
        assert rows[username].must_change_password is False

"""Synthetic persons for a demo ledger, the same for the same seed, and never real.

About 85% Japanese and 15% foreign residents (immigration work), with kana
readings, real municipalities but invented house numbers, and e-mail addresses
only under the reserved example domains. Everything comes from one
``random.Random(seed)`` drawn person by person, so the first ten persons of a
hundred are the ten persons asked for alone.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass
from datetime import date

from .names import FOREIGN_NATIONALITIES, JAPANESE_FAMILY_NAMES, JAPANESE_GIVEN_NAMES, Name
from .places import BUILDINGS, MUNICIPALITIES, Municipality

REFERENCE_YEAR = 2026
MIN_AGE = 20
MAX_AGE = 85
FOREIGN_SHARE = 0.15
NO_EMAIL_SHARE = 0.10
NO_PHONE_SHARE = 0.03
MOBILE_SHARE = 0.70
BUILDING_SHARE = 0.45
EMAIL_DOMAINS = ("example.jp", "example.com", "example.net")  # reserved: never a real mailbox
MOBILE_PREFIXES = ("090", "080", "070")

_FOREIGN_WEIGHTS = [nationality.weight for nationality in FOREIGN_NATIONALITIES]


@dataclass(frozen=True)
class SyntheticPerson:
    family_name: str
    given_name: str
    family_kana: str
    given_kana: str
    date_of_birth: date
    postal_code: str
    address: str
    phone: str | None
    email: str | None
    nationality: str  # ISO 3166-1 alpha-2, "JP" for Japanese nationals

    @property
    def full_name(self) -> str:
        return f"{self.family_name} {self.given_name}"

    @property
    def full_kana(self) -> str:
        return f"{self.family_kana} {self.given_kana}"


def generate_people(count: int, seed: int = 2026) -> list[SyntheticPerson]:
    """``count`` synthetic persons; the same seed gives the same persons, and any
    count gives a prefix of a larger count."""
    if count < 0:
        raise ValueError(f"count must not be negative, got {count}")
    rng = random.Random(seed)
    emails_taken: set[str] = set()
    return [_person(rng, emails_taken) for _ in range(count)]


def _person(rng: random.Random, emails_taken: set[str]) -> SyntheticPerson:
    if rng.random() < FOREIGN_SHARE:
        nationality = rng.choices(FOREIGN_NATIONALITIES, weights=_FOREIGN_WEIGHTS)[0]
        code, max_age = nationality.code, nationality.max_age
        family, given = rng.choice(nationality.family), rng.choice(nationality.given)
    else:
        code, max_age = "JP", MAX_AGE
        family, given = rng.choice(JAPANESE_FAMILY_NAMES), rng.choice(JAPANESE_GIVEN_NAMES)
    born = _date_of_birth(rng, max_age)
    place = rng.choice(MUNICIPALITIES)
    town, chome = rng.choice(place.towns)
    return SyntheticPerson(
        family_name=family.written,
        given_name=given.written,
        family_kana=family.kana,
        given_kana=given.kana,
        date_of_birth=born,
        postal_code=_postal_code(place, town),
        address=_address(rng, place, town, chome),
        phone=_phone(rng, place.area_code),
        email=_email(rng, family, given, born, emails_taken),
        nationality=code,
    )


def _date_of_birth(rng: random.Random, max_age: int) -> date:
    """A birthday making the person between MIN_AGE and ``max_age`` on 1 January 2026."""
    earliest = date(REFERENCE_YEAR - max_age, 1, 1)
    latest = date(REFERENCE_YEAR - MIN_AGE - 1, 12, 31)
    return date.fromordinal(rng.randint(earliest.toordinal(), latest.toordinal()))


def _postal_code(place: Municipality, town: str) -> str:
    # One code per town, as in reality (0010-0099, like 160-0023 for 西新宿): derived
    # from the town's name, not drawn; crc32 because hash() of a str changes per run.
    return f"{place.postal_prefix}-{zlib.crc32(town.encode()) % 90 + 10:04d}"


def _address(rng: random.Random, place: Municipality, town: str, chome_count: int) -> str:
    chome, ban, go = rng.randint(1, chome_count), rng.randint(1, 30), rng.randint(1, 25)
    address = f"{place.prefecture}{place.city}{town}{chome}-{ban}-{go}"
    if rng.random() < BUILDING_SHARE:
        building = rng.choice(BUILDINGS).format(town=town)
        address += f" {building}{rng.randint(1, 12)}{rng.randint(1, 8):02d}号室"
    return address


def _phone(rng: random.Random, area_code: str) -> str | None:
    """A mobile or a landline number of the place's area code; ten or eleven digits."""
    draw = rng.random()
    if draw < NO_PHONE_SHARE:
        return None
    if draw < NO_PHONE_SHARE + MOBILE_SHARE:
        prefix = rng.choice(MOBILE_PREFIXES)
        return f"{prefix}-{rng.randint(1000, 9999)}-{rng.randint(0, 9999):04d}"
    # Landline numbers have ten digits: the longer the area code, the shorter the exchange.
    exchange_digits = 6 - len(area_code)
    exchange = rng.randint(2 * 10 ** (exchange_digits - 1), 10**exchange_digits - 1)
    return f"{area_code}-{exchange}-{rng.randint(0, 9999):04d}"


def _email(
    rng: random.Random, family: Name, given: Name, born: date, taken: set[str]
) -> str | None:
    """An address from the romanized name, unique within one generated list."""
    if rng.random() < NO_EMAIL_SHARE:
        return None
    f, g = family.romaji, given.romaji
    local = rng.choice(
        (f"{g}.{f}", f"{f}.{g}", f"{g[0]}.{f}", f"{f}_{g}", f"{g}{f}{born.year % 100:02d}")
    )
    domain = rng.choice(EMAIL_DOMAINS)
    email, suffix = f"{local}@{domain}", 2
    while email in taken:  # no draws here, so later persons stay the same
        email, suffix = f"{local}{suffix}@{domain}", suffix + 1
    taken.add(email)
    return email
